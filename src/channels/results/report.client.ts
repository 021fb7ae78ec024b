/**
 * The report maker: every keystroke redrafts the report from the form, and the three downloads are made from that
 * draft in this browser. Nothing typed is sent anywhere.
 */
import { fill } from '../../i18n/fill';
import { formatInteger, formatPercent } from '../../core/vietnamese';
import { fileNames } from '../../manifest/paths';
import { resultsPaths } from './paths';
import { renderDocument } from './document-view';
import { saveFile } from '../../core/save-file';
import { progressCsv, parseDate } from './progress';
import { draftReport, parseReply, reportPoints, type ReportDraft, type ReportInput } from './report';
import { formatDateShort } from '../../core/vietnamese';
import type { ResultsWords } from './words';

export interface ReportPayload {
  words: ResultsWords;
  app: string;
  measures: Array<{ number: number; title: string }>;
  /** The site's documents a report may answer, as the reply field offers them. */
  directives: Array<{ label: string; type: string; number: string; date: string; issuer: string; subject: string }>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $<HTMLInputElement>(id).value;

function addRow(body: HTMLTableSectionElement, words: ResultsWords, cells: [string, string, string] = ['', '', '']) {
  const template = $<HTMLTemplateElement>('r-row');
  const row = (template.content.firstElementChild as HTMLTableRowElement).cloneNode(true) as HTMLTableRowElement;
  const inputs = row.querySelectorAll('input');
  inputs.forEach((input, i) => (input.value = cells[i]));
  body.append(row);
  number(body, words);
  return row;
}

/** Row numbers and the remove buttons' names follow the rows, so "dòng 3" in a message is the third row shown. */
function number(body: HTMLTableSectionElement, words: ResultsWords) {
  [...body.rows].forEach((row, i) => {
    row.cells[0].textContent = String(i + 1);
    row.querySelector('button')!.setAttribute('aria-label', fill(words.remove, { row: i + 1 }));
  });
}

function input(payload: ReportPayload, body: HTMLTableSectionElement): ReportInput {
  const typed = value('r-reply').trim();
  const picked = payload.directives.find((d) => d.label === typed);
  const parsed = picked ? undefined : parseReply(typed);
  return {
    parent: value('r-parent'),
    unit: value('r-unit'),
    number: value('r-number'),
    place: value('r-place'),
    date: value('r-date'),
    recipient: value('r-recipient'),
    reply: picked
      ? { type: picked.type, number: picked.number, date: picked.date, issuer: picked.issuer, subject: picked.subject }
      : parsed && { type: payload.words.replyType, ...parsed },
    signer: value('r-signer'),
    capacity: value('r-capacity'),
    activities: payload.measures.map((m) => ({
      done: $<HTMLInputElement>(`r-done-${m.number}`).checked,
      text: value(`r-text-${m.number}`),
    })),
    rows: [...body.rows].map((row) => {
      const [name, total, installed] = [...row.querySelectorAll('input')].map((i) => i.value);
      return { name, total, installed };
    }),
  };
}

/** Puts each problem beside its field or row, and lists them all above the buttons. */
function showProblems(draft: ReportDraft, body: HTMLTableSectionElement, words: ResultsWords) {
  document.querySelectorAll<HTMLElement>('[data-error-for]').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  document.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  for (const p of draft.problems) {
    if (p.row !== undefined) {
      const row = body.rows[p.row - 1];
      const control = row && [...row.querySelectorAll('input')].find((i) => i.getAttribute('aria-label') === p.field);
      control?.setAttribute('aria-invalid', 'true');
    } else {
      const control = document.querySelector(`[data-label="${p.field}"]`);
      control?.setAttribute('aria-invalid', 'true');
      const error = document.querySelector<HTMLElement>(`[data-error-for="${p.field}"]`);
      if (error) {
        error.textContent = p.message;
        error.hidden = false;
      }
    }
  }
  const list = $<HTMLUListElement>('r-problem-list');
  list.replaceChildren(
    ...draft.problems.map((p) => {
      const li = document.createElement('li');
      li.textContent = p.message;
      return li;
    }),
  );
  $('r-problems').hidden = draft.problems.length === 0;
  $('r-fix').textContent = words.fix;
}

export function startReport(): void {
  const payload = JSON.parse($('r-data').textContent!) as ReportPayload;
  const { words } = payload;
  const form = $<HTMLFormElement>('r-form');
  const body = $<HTMLTableSectionElement>('r-body');
  const totals = $('r-totals');
  const preview = $('r-preview');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-needs-draft]')];
  let draft: ReportDraft = { problems: [], rows: [] };
  let current: ReportInput | undefined;

  const redraw = () => {
    current = input(payload, body);
    draft = draftReport(current, words.report, { app: payload.app, measures: payload.measures.map((m) => m.title) });
    showProblems(draft, body, words);
    totals.textContent = draft.totals
      ? fill(words.totals, {
          total: formatInteger(draft.totals.total),
          installed: formatInteger(draft.totals.installed),
          rate: formatPercent(draft.totals.rate),
          people: words.report.people,
        })
      : '';
    [...body.rows].forEach((row, i) => {
      const ok = draft.rows.find((r, j) => j === i && r.name === row.querySelector('input')!.value.trim());
      row.cells[4].textContent = ok ? formatPercent(ok.rate) : '';
    });
    // A stale draft must never stay on screen or go out as a file once the form no longer makes one.
    if (draft.document) renderDocument(preview, draft.document, words.layout);
    else preview.replaceChildren();
    for (const b of buttons) b.disabled = !draft.document;
  };

  form.addEventListener('input', redraw);
  form.addEventListener('change', redraw);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('r-add').addEventListener('click', () => {
    addRow(body, words).querySelector('input')!.focus();
    redraw();
  });
  body.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (!button) return;
    button.closest('tr')!.remove();
    if (!body.rows.length) addRow(body, words);
    number(body, words);
    redraw();
  });
  // Rows copied from a spreadsheet arrive as lines of tab-separated cells: they fill the table from the row pasted into.
  body.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text)) return;
    e.preventDefault();
    const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
    const start = (e.target as HTMLElement).closest('tr')!;
    let row: HTMLTableRowElement | null = start;
    for (const line of lines) {
      const cells = line.split('\t').map((c) => c.trim());
      if (!row) row = addRow(body, words);
      const inputs = row.querySelectorAll('input');
      cells.slice(0, 3).forEach((c, i) => (inputs[i].value = c));
      row = row.nextElementSibling as HTMLTableRowElement | null;
    }
    number(body, words);
    redraw();
  });

  const unitFile = () => fileNames.place(current!.unit);
  $('r-docx').addEventListener('click', async () => {
    if (!draft.document) return;
    // The Word library is large: fetched from this site only when a file is asked for, not on every visit.
    const { officialDocxBytes } = await import('./report-docx');
    const bytes = await officialDocxBytes(draft.document, words.layout);
    saveFile(
      resultsPaths.reportDocx(unitFile()),
      bytes as BlobPart,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
  $('r-print').addEventListener('click', () => draft.document && window.print());
  $('r-csv').addEventListener('click', () => {
    if (!draft.document || !current) return;
    const date = parseDate(current.date) ?? current.date;
    const source = fill(words.source, {
      number: current.number.trim() || current.unit.trim(),
      date: formatDateShort(date),
    });
    saveFile(
      resultsPaths.reportCsv(unitFile()),
      progressCsv(reportPoints(current, draft, source, words.report)),
      'text/csv;charset=utf-8',
    );
  });

  if (!body.rows.length) for (let i = 0; i < 3; i++) addRow(body, words);
  form.hidden = false;
  redraw();
}
