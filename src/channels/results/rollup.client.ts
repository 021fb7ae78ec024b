/**
 * The roll-up: the level above chooses its units' files; they are read here, added up and offered back as a
 * summary report (DOCX) and one combined file in the format the site's progress data reads. Nothing leaves the
 * browser.
 */
import { fill } from '../../i18n/fill';
import { formatDateLong, formatInteger, formatPercent } from '../../core/vietnamese';
import { fileNames } from '../../manifest/paths';
import { resultsPaths } from './paths';
import { renderDocument } from './document-view';
import { saveFile } from '../../core/save-file';
import { progressCsv } from './progress';
import { rollUp, type Rollup } from './rollup';
import { capacityLines, type OfficialDocument } from './report';
import type { ResultsWords } from './words';

export interface RollupPayload {
  words: ResultsWords;
  app: string;
  target?: number;
  /** Beside a unit below the target. */
  below: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $<HTMLInputElement>(id).value.trim();

/** A table row: the first cell its header, the numbers (`numeric` columns) aligned right. */
function cells(row: HTMLTableRowElement, values: string[], numeric: number[]) {
  values.forEach((v, i) => {
    const c = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) c.setAttribute('scope', 'row');
    if (numeric.includes(i)) c.className = 'num';
    c.textContent = v;
    row.append(c);
  });
}

function summaryDocument(r: Rollup, p: RollupPayload): OfficialDocument | undefined {
  const w = p.words.rollup;
  const unit = value('u-unit');
  const date = value('u-date');
  const fields = { unit, place: value('u-place'), date, recipient: value('u-recipient'), signer: value('u-signer') };
  if (!r.total || Object.values(fields).some((v) => !v)) return undefined;
  const rate = (x: number) => formatPercent(x);
  const below = r.units.filter((u) => u.below).map((u) => `${u.place} (${rate(u.rate ?? 0)})`);
  const target = p.target === undefined ? undefined : rate(p.target);
  return {
    parent: value('u-parent') || undefined,
    issuer: unit,
    number: value('u-number'),
    placeDate: `${fields.place}, ${formatDateLong(date)}`,
    title: p.words.report.title,
    subject: fill(w.docSubject, { app: p.app }),
    recipients: [fields.recipient],
    body: [
      { kind: 'paragraph', text: fill(w.opening, { unit, app: p.app, units: r.units.length }) },
      {
        kind: 'table',
        head: [p.words.report.tableHead[0], w['head.unit'], ...p.words.report.tableHead.slice(2)],
        rows: r.units.map((u, i) => [
          String(i + 1),
          u.place,
          formatInteger(u.base!),
          formatInteger(u.installed),
          rate(u.rate ?? 0),
        ]),
        foot: [
          '',
          p.words.report.totalRow,
          formatInteger(r.total.base),
          formatInteger(r.total.installed),
          rate(r.total.rate),
        ],
      },
      ...(target
        ? [
            {
              kind: 'paragraph' as const,
              text: below.length
                ? fill(w.belowLine, { target, places: below.join('; ') })
                : fill(w.allAbove, { target }),
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: fill(w.closing, { app: p.app, recipient: fields.recipient.replace(/\.$/, '') }),
      },
    ],
    distribution: p.words.report.distribution,
    capacity: capacityLines(value('u-capacity')),
    signer: fields.signer,
  };
}

export function startRollup(): void {
  const payload = JSON.parse($('u-data').textContent!) as RollupPayload;
  const w = payload.words.rollup;
  const form = $<HTMLFormElement>('u-form');
  const input = $<HTMLInputElement>('u-files');
  let files: Array<{ name: string; bytes: Uint8Array }> = [];
  let result: Rollup | undefined;
  let doc: OfficialDocument | undefined;

  const show = () => {
    result = files.length ? rollUp(files, w, payload.target) : undefined;
    const status = $('u-status');
    const units = $<HTMLTableSectionElement>('u-units');
    const levels = $<HTMLTableSectionElement>('u-levels');
    units.replaceChildren();
    levels.replaceChildren();
    $('u-results').hidden = !result?.units.length;
    status.textContent = !files.length ? w.none : !result?.units.length ? w.noneRead : '';
    if (result?.total)
      status.textContent = fill(w.summary, {
        units: result.units.length,
        installed: formatInteger(result.total.installed),
        base: formatInteger(result.total.base),
        rate: formatPercent(result.total.rate),
      });
    for (const u of result?.units ?? []) {
      const row = units.insertRow();
      cells(
        row,
        [
          u.place,
          u.level,
          u.parent ?? '',
          formatInteger(u.base!),
          formatInteger(u.installed),
          formatPercent(u.rate ?? 0) + (u.below ? ` (${payload.below})` : ''),
          u.file,
        ],
        [3, 4, 5],
      );
      if (u.below) row.className = 'below';
    }
    for (const l of result?.levels ?? []) {
      const row = levels.insertRow();
      cells(
        row,
        [l.level, formatInteger(l.units), formatInteger(l.base), formatInteger(l.installed), formatPercent(l.rate)],
        [1, 2, 3, 4],
      );
    }
    const problems = result?.problems ?? [];
    $('u-problems').hidden = !problems.length;
    $('u-problems-title').textContent = fill(w.problems, { count: problems.length });
    $('u-problem-list').replaceChildren(
      ...problems.map((p) => {
        const li = document.createElement('li');
        const where = [
          p.file,
          p.line && fill(w.atLine, { line: p.line }),
          p.field && fill(w.atColumn, { column: p.field }),
        ];
        li.textContent = fill(w.problemLine, {
          where: where.filter(Boolean).join(', '),
          problem: p.problem,
          fix: p.fix,
        });
        return li;
      }),
    );
    $('u-notices').replaceChildren(
      ...(result?.notices ?? []).map((n) => {
        const li = document.createElement('li');
        li.textContent = n;
        return li;
      }),
    );
    const duplicates = result?.duplicates ?? [];
    $('u-duplicates').hidden = !duplicates.length;
    $('u-duplicates-title').textContent = fill(w.duplicatesTitle, { count: duplicates.length });
    $('u-duplicate-list').replaceChildren(
      ...duplicates.map((d) => {
        const li = document.createElement('li');
        li.textContent = fill(w.duplicate, { place: d.unit.place, file: d.unit.file, first: d.first.file });
        return li;
      }),
    );
    doc = result ? summaryDocument(result, payload) : undefined;
    if (doc) renderDocument($('u-preview'), doc, payload.words.layout);
    else $('u-preview').replaceChildren();
    $<HTMLButtonElement>('u-docx').disabled = !doc;
    $<HTMLButtonElement>('u-csv').disabled = !result?.units.length;
  };

  input.addEventListener('change', async () => {
    files = await Promise.all(
      [...(input.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    show();
  });
  form.addEventListener('input', (e) => {
    if (e.target !== input) show();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  const unitFile = () => fileNames.place(value('u-unit'));
  $('u-docx').addEventListener('click', async () => {
    if (!doc) return;
    saveFile(
      resultsPaths.rollupDocx(unitFile()),
      (await (await import('./report-docx')).officialDocxBytes(doc, payload.words.layout)) as BlobPart,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
  $('u-csv').addEventListener('click', () => {
    if (!result?.units.length) return;
    saveFile(resultsPaths.rollupCsv(unitFile()), progressCsv(result.units), 'text/csv;charset=utf-8');
  });
  form.hidden = false;
  show();
}
