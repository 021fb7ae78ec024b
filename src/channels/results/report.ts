/**
 * A results report in the register of the unit reports a campaign receives (a unit answering its province's letter):
 * the form's fields in, a checked draft out. The same document model feeds the DOCX, the print view and the
 * roll-up's summary, so the three never disagree. Pure: runs in the browser and in the tests.
 */
import { formatDateLong, formatDateShort, formatInteger, formatPercent } from '../../core/vietnamese';
import { fill } from '../../i18n/fill';
import { parseCount, parseDate, rateOf, type ProgressPoint } from './progress';

/** The report's wording, from the channel's strings: `{name}` marks what the form fills in. */
export interface ReportWords {
  /** The form's controls, by the names people and screen readers know them. */
  labels: Record<FieldKey | 'reply' | 'parent' | 'number' | 'department' | 'total' | 'installed', string>;
  title: string;
  subject: string;
  opening: string;
  openingNoReply: string;
  activitiesHeading: string;
  figuresHeading: string;
  figuresSummary: string;
  closing: string;
  tableHead: string[];
  totalRow: string;
  distribution: string[];
  people: string;
  /** What a unit's rate is of, and the levels of its rows, in the CSV for the level above. */
  baseKind: string;
  levelUnit: string;
  levelDepartment: string;
  /** Problems, as the form shows them beside the field or row. */
  missing: string;
  rowInstalledOverTotal: string;
  rowNotCount: string;
  rowNoName: string;
  badDate: string;
  noRows: string;
}

export interface ReportRowInput {
  name: string;
  total: string;
  installed: string;
}

/** What the unit typed, as the form holds it. */
export interface ReportInput {
  parent: string;
  unit: string;
  number: string;
  place: string;
  /** ISO, from the date control. */
  date: string;
  recipient: string;
  /** The document it answers, picked from the site's or typed ("123/UBND-VX ngày 14/8/2020"). */
  reply?: { type: string; number: string; date?: string; issuer?: string; subject?: string };
  signer: string;
  capacity: string;
  activities: Array<{ done: boolean; text: string }>;
  rows: ReportRowInput[];
}

export interface Problem {
  /** The control's accessible name ("Tên đơn vị", "Đã cài"). */
  field: string;
  /** The table row, counted from 1 as the form shows it. */
  row?: number;
  message: string;
}

export interface ReportRow {
  name: string;
  total: number;
  installed: number;
  rate: number;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][]; foot?: string[] };

/** An official document in the Decree 30 layout, as the DOCX and the print view lay it out. */
export interface OfficialDocument {
  parent?: string;
  issuer: string;
  /** "Số: 12/BC-UBND", or a blank for the unit to fill in by hand. */
  number: string;
  placeDate: string;
  title: string;
  subject: string;
  recipients: string[];
  body: Block[];
  distribution: string[];
  capacity: string[];
  signer: string;
}

/** The fields the report needs before it can be drafted. */
const REQUIRED_FIELDS = ['unit', 'place', 'date', 'recipient', 'signer', 'capacity'] as const;
type FieldKey = (typeof REQUIRED_FIELDS)[number];

/** Reads the table: each row checked on its own, blank rows skipped, every problem named by its row and column. */
export function readRows(rows: ReportRowInput[], w: ReportWords): { rows: ReportRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const read: ReportRow[] = [];
  rows.forEach((r, i) => {
    const row = i + 1;
    const name = r.name.normalize('NFC').trim();
    if (!name && !r.total.trim() && !r.installed.trim()) return;
    const total = parseCount(r.total);
    const installed = parseCount(r.installed);
    const here: Problem[] = [];
    const { department, total: totalLabel, installed: installedLabel } = w.labels;
    if (!name) here.push({ field: department, row, message: fill(w.rowNoName, { row }) });
    if (total === undefined || total === 0)
      here.push({ field: totalLabel, row, message: fill(w.rowNotCount, { row, column: totalLabel, value: r.total }) });
    if (installed === undefined)
      here.push({
        field: installedLabel,
        row,
        message: fill(w.rowNotCount, { row, column: installedLabel, value: r.installed }),
      });
    if (total && installed !== undefined && installed > total)
      here.push({
        field: installedLabel,
        row,
        message: fill(w.rowInstalledOverTotal, {
          row,
          installed: formatInteger(installed),
          total: formatInteger(total),
        }),
      });
    problems.push(...here);
    if (!here.length) read.push({ name, total: total!, installed: installed!, rate: rateOf(installed!, total!) });
  });
  return { rows: read, problems };
}

/** "123/UBND-VX ngày 14/8/2020" typed by hand: the number and, if given, the date. */
export function parseReply(typed: string): { number: string; date?: string } | undefined {
  const m = /^\s*(?:số\s+)?(\S+\/\S+)(?:\s+ngày\s+(\S+))?\s*$/iu.exec(typed.normalize('NFC'));
  if (!m) return undefined;
  return { number: m[1], date: m[2] ? parseDate(m[2]) : undefined };
}

export interface ReportDraft {
  problems: Problem[];
  rows: ReportRow[];
  totals?: ReportRow;
  document?: OfficialDocument;
}

const rate = (r: { installed: number; total: number }) => formatPercent(rateOf(r.installed, r.total));

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" or one per line: the signing block's capacity lines, in capitals. */
export function capacityLines(typed: string): string[] {
  return typed
    .split(/\n|\s*\/\s*/)
    .map((l) => l.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);
}

/** Sums the rows; the rate is computed from the sums, never averaged from the rows' rates. */
export function totalOf(rows: Array<{ total: number; installed: number }>, name: string): ReportRow {
  const total = rows.reduce((s, r) => s + r.total, 0);
  const installed = rows.reduce((s, r) => s + r.installed, 0);
  return { name, total, installed, rate: rateOf(installed, total) };
}

/**
 * The unit's report: the draft is made only from input without problems, so a total on the page or in a file is
 * never one of wrong rows.
 */
export function draftReport(
  input: ReportInput,
  w: ReportWords,
  context: { app: string; measures: string[] },
): ReportDraft {
  const problems: Problem[] = [];
  for (const key of REQUIRED_FIELDS)
    if (!input[key].trim()) problems.push({ field: w.labels[key], message: fill(w.missing, { field: w.labels[key] }) });
  if (input.date && !parseDate(input.date)) problems.push({ field: w.labels.date, message: w.badDate });
  const { rows, problems: rowProblems } = readRows(input.rows, w);
  problems.push(...rowProblems);
  if (!rows.length && !rowProblems.length) problems.push({ field: w.labels.department, row: 1, message: w.noRows });
  // A total of the good rows only would be a wrong total: none is shown until every row is right.
  const totals = rows.length && !rowProblems.length ? totalOf(rows, w.totalRow) : undefined;
  if (problems.length || !totals) return { problems, rows, totals };

  const unit = input.unit.trim();
  const reply = input.reply;
  const opening = reply
    ? fill(w.opening, {
        type: reply.type,
        number: reply.number,
        date: reply.date ? ` ngày ${formatDateShort(reply.date).replace(/^0|(?<=\/)0/g, '')}` : '',
        issuer: reply.issuer ? ` của ${reply.issuer}` : '',
        subject: reply.subject ? ` ${reply.subject.replace(/^V\/v\s*/u, 'về việc ')}` : '',
        unit,
      })
    : fill(w.openingNoReply, { unit });
  const done = input.activities
    .map((a, i) => ({ ...a, i }))
    .filter((a) => a.done)
    .map((a) => a.text.trim() || context.measures[a.i]);
  const body: Block[] = [{ kind: 'paragraph', text: opening }];
  let section = 1;
  if (done.length) {
    body.push({ kind: 'heading', text: fill(w.activitiesHeading, { n: section++ }) });
    body.push(...done.map((text): Block => ({ kind: 'bullet', text: text.replace(/[.;]?$/, ';') })));
    const last = body.at(-1) as { text: string };
    last.text = last.text.replace(/;$/, '.');
  }
  body.push({ kind: 'heading', text: fill(w.figuresHeading, { n: section, app: context.app }) });
  body.push({
    kind: 'paragraph',
    text: fill(w.figuresSummary, {
      total: formatInteger(totals.total),
      installed: formatInteger(totals.installed),
      rate: rate(totals),
      people: w.people,
    }),
  });
  body.push({
    kind: 'table',
    head: w.tableHead,
    rows: rows.map((r, i) => [String(i + 1), r.name, formatInteger(r.total), formatInteger(r.installed), rate(r)]),
    foot: ['', w.totalRow, formatInteger(totals.total), formatInteger(totals.installed), rate(totals)],
  });
  body.push({
    kind: 'paragraph',
    text: fill(w.closing, { app: context.app, unit, recipient: input.recipient.trim().replace(/\.$/, '') }),
  });
  return {
    problems,
    rows,
    totals,
    document: {
      parent: input.parent.trim() || undefined,
      issuer: unit,
      number: input.number.trim(),
      placeDate: `${input.place.trim()}, ${formatDateLong(input.date)}`,
      title: w.title,
      subject: fill(w.subject, { app: context.app }),
      recipients: [input.recipient.trim()],
      body,
      distribution: w.distribution,
      capacity: capacityLines(input.capacity),
      signer: input.signer.trim(),
    },
  };
}

/** The unit's figures for the level above: a row for the unit, then one per department (its parent: the unit). */
export function reportPoints(input: ReportInput, draft: ReportDraft, source: string, w: ReportWords): ProgressPoint[] {
  if (!draft.totals) return [];
  const unit = input.unit.trim();
  const base = { date: input.date, baseKind: w.baseKind, source, origin: unit };
  return [
    {
      ...base,
      place: unit,
      level: w.levelUnit,
      parent: input.parent.trim() || undefined,
      installed: draft.totals.installed,
      base: draft.totals.total,
      rate: draft.totals.rate,
    },
    ...draft.rows.map((r) => ({
      ...base,
      place: r.name,
      level: w.levelDepartment,
      parent: unit,
      installed: r.installed,
      base: r.total,
      rate: r.rate,
    })),
  ];
}
