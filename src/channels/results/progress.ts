/**
 * The campaign's progress: how many people installed the app, of what base, where and when, as published. Two
 * sources feed it: the content folder's progress.csv (one row per place and date, each naming where it was
 * published) and the `figures` directives carry with a `place`. The same columns are what a unit's report and the
 * roll-up download, so the level above can hand its combined file to the site as it is.
 */
import { LoaContentError } from '../../core/errors';
import { readTable } from '../../core/csv-table';
import { isRealIsoDate } from '../../core/schema-helpers';
import { canonicalName, compareVi, formatInteger } from '../../core/vietnamese';
import { fileNames } from '../../manifest/paths';
import type { DirectiveEntry } from '../../core/records';

/** The columns, as a spreadsheet's header names them (unaccented and any case accepted). */
export const PROGRESS_COLUMNS = {
  place: 'Nơi',
  level: 'Cấp',
  parent: 'Trực thuộc',
  date: 'Ngày',
  installed: 'Đã cài',
  base: 'Tổng số',
  baseKind: 'Tính trên',
  rate: 'Tỷ lệ',
  source: 'Nguồn',
} as const;
export type ProgressField = keyof typeof PROGRESS_COLUMNS;
const REQUIRED: ProgressField[] = ['place', 'level', 'date', 'installed', 'source'];

export interface ProgressPoint {
  place: string;
  level: string;
  parent?: string;
  /** ISO date the figure stands for. */
  date: string;
  installed: number;
  /** What the rate is of: population, subscribers, smartphone users, staff. */
  base?: number;
  baseKind?: string;
  /** Percent, as stated or computed from installed/base; absent when neither says it. */
  rate?: number;
  /** Where it was published: a document's number (linked when the site has it) or a description. */
  source: string;
  /** The site's directive that reported it, by id. */
  directive?: string;
  /** "content/progress.csv, dòng 4" or a directive's file and figure, for messages. */
  origin: string;
  /** The line of a file it was read from. */
  line?: number;
}

export interface RowProblem {
  /** Absent for a problem of the whole file (its encoding, or no rows at all). */
  line?: number;
  /** The column's header; absent when the row as a whole is at fault. */
  field?: string;
  problem: string;
  fix: string;
}

/** A place's key: "Hòa" and "Hoà" are one name, "Hòa" and "Hóa" are two. */
export const placeKey = (place: string, parent = '') => `${canonicalName(place)}|${canonicalName(parent)}`;

/** A count as Vietnamese write it: 1234 or 1.234 (a dot or a space between thousands). */
export function parseCount(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+$/.test(s) || /^\d{1,3}([. \u00a0]\d{3})+$/.test(s)) return Number(s.replace(/[. \u00a0]/g, ''));
  return undefined;
}

/** A percentage: "56,78", "56.78", "56,78 %". */
export function parseRate(raw: string): number | undefined {
  const s = raw.trim().replace(/\s*%$/, '').replace(',', '.');
  return /^\d{1,3}(\.\d+)?$/.test(s) && Number(s) <= 100 ? Number(s) : undefined;
}

/** A date as Vietnamese write it (13/8/2020, 13/08/2020) or ISO (2020-08-13). */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim();
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealIsoDate(iso) ? iso : undefined;
}

/** installed/base in percent, rounded half up to two decimals, the precision the documents state. */
export function rateOf(installed: number, base: number): number {
  return Math.round((installed / base) * 10_000) / 100;
}

/** Reads one row; every problem of the row is reported, none is guessed. */
export function progressRow(
  cells: Partial<Record<ProgressField, string>>,
  line: number,
  origin: string,
): { point?: ProgressPoint; problems: RowProblem[] } {
  const raw = Object.fromEntries(
    Object.entries(cells).map(([k, v]) => [k, (v ?? '').normalize('NFC').trim()]),
  ) as Partial<Record<ProgressField, string>>;
  const problems: RowProblem[] = [];
  const problem = (f: ProgressField, text: string, fix: string) =>
    problems.push({ line, field: PROGRESS_COLUMNS[f], problem: text, fix });
  for (const f of REQUIRED) if (!raw[f]) problem(f, 'để trống', `ghi ${PROGRESS_COLUMNS[f]}`);
  const date = raw.date ? parseDate(raw.date) : undefined;
  if (raw.date && !date) problem('date', `“${raw.date}” không phải ngày`, 'ghi ngày dạng 13/08/2020');
  const installed = raw.installed ? parseCount(raw.installed) : undefined;
  if (raw.installed && installed === undefined)
    problem('installed', `“${raw.installed}” không phải số nguyên`, 'ghi số, ví dụ 1234 hoặc 1.234');
  const base = raw.base ? parseCount(raw.base) : undefined;
  if (raw.base && (base === undefined || base === 0))
    problem('base', `“${raw.base}” không phải số nguyên dương`, 'ghi số, ví dụ 12345 hoặc 12.345');
  const stated = raw.rate ? parseRate(raw.rate) : undefined;
  if (raw.rate && stated === undefined)
    problem('rate', `“${raw.rate}” không phải tỷ lệ phần trăm`, 'ghi dạng 56,78 (từ 0 đến 100)');
  if (installed !== undefined && base && installed > base)
    problem(
      'installed',
      [
        PROGRESS_COLUMNS.installed,
        formatInteger(installed),
        'lớn hơn',
        PROGRESS_COLUMNS.base,
        formatInteger(base),
      ].join(' '),
      'kiểm tra lại số liệu',
    );
  else if (installed !== undefined && base && stated !== undefined && Math.abs(rateOf(installed, base) - stated) > 0.01)
    problem(
      'rate',
      `ghi ${raw.rate} % nhưng ${formatInteger(installed)}/${formatInteger(base)} = ${rateOf(installed, base)} %`,
      'kiểm tra lại số liệu so với bản gốc',
    );
  if (base && !raw.baseKind) problem('baseKind', 'để trống', 'ghi tỷ lệ tính trên gì: dân số, thuê bao, cán bộ…');
  if (problems.length || !date || installed === undefined) return { problems };
  return {
    problems,
    point: {
      place: raw.place!,
      level: raw.level!,
      parent: raw.parent || undefined,
      date,
      installed,
      base,
      baseKind: raw.baseKind || undefined,
      rate: stated ?? (base ? rateOf(installed, base) : undefined),
      source: raw.source!,
      origin: `${origin}, dòng ${line}`,
      line,
    },
  };
}

/** The CSV text of points, in the columns above, with a BOM so Excel reads it as UTF-8. */
export function progressCsv(points: ProgressPoint[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const dmy = (iso: string) => iso.split('-').reverse().join('/');
  const lines = [
    Object.values(PROGRESS_COLUMNS).join(','),
    ...points.map((p) =>
      [
        p.place,
        p.level,
        p.parent,
        dmy(p.date),
        p.installed,
        p.base,
        p.baseKind,
        p.rate === undefined ? '' : String(p.rate).replace('.', ','),
        p.source,
      ]
        .map(cell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The figures a directive carries for a place, one point each: the rows add up to the place's count (a unit report's
 * departments add up to the unit's staff), dated by the figure's `asOf` or the document's own date.
 */
export function pointsOfDirectives(directives: DirectiveEntry[]): ProgressPoint[] {
  return directives.flatMap((d) =>
    d.data.figures.flatMap((f, i) => {
      if (!f.place) return [];
      const installed = f.rows.reduce((s, r) => s + r.value, 0);
      const complete = f.rows.every((r) => r.total !== undefined);
      const base = complete ? f.rows.reduce((s, r) => s + r.total!, 0) : undefined;
      const stated = f.rows.length === 1 ? f.rows[0].statedPercent : undefined;
      return [
        {
          place: f.place.name,
          level: f.place.level,
          parent: f.place.parent,
          date: f.asOf ?? d.data.date,
          installed,
          base,
          baseKind: f.place.base,
          rate: stated ?? (base ? rateOf(installed, base) : undefined),
          source: d.data.number ?? d.data.subject,
          directive: d.id,
          origin: `${d.file}, figures[${i}]`,
        },
      ];
    }),
  );
}

export interface PlaceHistory {
  key: string;
  place: string;
  level: string;
  parent?: string;
  /** Oldest first. */
  points: ProgressPoint[];
  latest: ProgressPoint;
}

/**
 * Groups points by place, oldest first. The same place and date twice is a content error naming both rows: a
 * chart cannot show two values for one day, and one of them is a typing slip.
 */
export function placesOf(points: ProgressPoint[]): { places: PlaceHistory[]; errors: LoaContentError[] } {
  const errors: LoaContentError[] = [];
  const byPlace = new Map<string, ProgressPoint[]>();
  for (const p of points) {
    const key = placeKey(p.place, p.parent);
    const list = byPlace.get(key) ?? [];
    const same = list.find((q) => q.date === p.date);
    if (same)
      errors.push(
        new LoaContentError(
          p.origin,
          PROGRESS_COLUMNS.date,
          `${p.place} ngày ${p.date} đã có ở ${same.origin}`,
          'giữ một dòng cho mỗi nơi và mỗi ngày',
        ),
      );
    else list.push(p);
    byPlace.set(key, list);
  }
  const places = [...byPlace].map(([key, list]) => {
    const sorted = list.sort((a, b) => a.date.localeCompare(b.date));
    const latest = sorted.at(-1)!;
    return { key, place: latest.place, level: latest.level, parent: latest.parent, points: sorted, latest };
  });
  // Highest latest rate first; places without a rate after, by name.
  places.sort(
    (a, b) =>
      (b.latest.rate ?? -1) - (a.latest.rate ?? -1) ||
      compareVi(a.place, b.place) ||
      compareVi(a.parent ?? '', b.parent ?? ''),
  );
  return { places, errors };
}

/**
 * A place's anchor on the dashboard: its readable slug, the place above it added where two places share a name
 * (a "Xã Hòa An" in two districts), and a code only where two names still fold alike.
 */
export function placeAnchors(places: PlaceHistory[]): Map<string, string> {
  const named = Map.groupBy(places, (p) => canonicalName(p.place));
  const label = (p: PlaceHistory) =>
    named.get(canonicalName(p.place))!.length > 1 ? `${p.place} ${p.parent ?? ''}` : p.place;
  const slugs = fileNames.readableSlugs(places.map(label));
  return new Map(places.map((p) => [p.key, slugs.get(label(p))!]));
}

/**
 * Reads a progress file (the content's progress.csv, a unit's download, a roll-up's) with the spreadsheet reader
 * the local editions use (encodings, delimiters, quotes): every row checked on its own, so one bad row is reported
 * with its line and the others still count. `ignored`: headers of columns it does not read, for a caller that
 * refuses them; `notices` says them once for a caller that reads on.
 */
export function readProgressCsv(
  input: string | Uint8Array,
  origin: string,
): { points: ProgressPoint[]; problems: RowProblem[]; notices: string[]; ignored: string[] } {
  const table = readTable(input, { columns: PROGRESS_COLUMNS, required: REQUIRED });
  const problems: RowProblem[] = table.fileProblems.map((p) => ({ line: p.line, problem: p.problem, fix: p.fix }));
  const points: ProgressPoint[] = [];
  for (const row of table.rows) {
    problems.push(...row.problems.map((p) => ({ line: row.line, field: p.column, problem: p.problem, fix: p.fix })));
    if (!row.cells) continue;
    const read = progressRow(row.cells, row.line, origin);
    problems.push(...read.problems);
    if (read.point) points.push(read.point);
  }
  return { points, problems, notices: table.notices, ignored: table.ignored };
}
