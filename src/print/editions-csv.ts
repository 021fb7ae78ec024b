import { fileNames } from '../manifest/paths';
import { readTable, type FileProblem } from '../core/csv-table';
import { EDITION_FIELDS, sameName } from './edition';
import { checkEdition, type EditionProblem } from './edition-check';
import type { Edition } from './edition';

export interface CsvRow {
  /** The line in the file, header = 1, as a spreadsheet shows it. */
  line: number;
  edition?: Edition;
  problems: EditionProblem[];
}

export interface CsvEditions {
  rows: CsvRow[];
  /** Problems with the file itself (encoding, header); no row is read when there are any. */
  fileProblems: FileProblem[];
  /** Said once, not errors: columns the file has that editions do not use. */
  notices: string[];
  /** The headers of those columns. */
  ignored: string[];
}

type Field = keyof typeof EDITION_FIELDS;
const SPEC = { columns: EDITION_FIELDS, required: ['name'] as Field[] };

/**
 * Reads a places file (bytes as saved, or text) with the shared table reader, then checks
 * each row on its own, so one bad row is reported with its line and the others are still made.
 * A generator, yielding after each row: the build drains it at once, the browser a few hundred
 * rows at a time so a file of thousands of rows never holds the page.
 */
export function* editionsCsvSteps(input: string | Uint8Array, fileLabel: string): Generator<void, CsvEditions> {
  const table = readTable(input, SPEC);
  const rows: CsvRow[] = [];
  // Two places whose file names are the same would overwrite each other's files.
  const seen = new Map<string, { line: number; name: string }>();
  for (const r of table.rows) {
    const row: CsvRow = r.cells
      ? { line: r.line, ...checkEdition(r.cells, `${fileLabel}, dòng ${r.line}`) }
      : { line: r.line, problems: r.problems.map((p) => ({ field: undefined, ...p })) };
    rows.push(row);
    if (row.edition) {
      const place = fileNames.place(row.edition.name);
      const first = seen.get(place);
      if (!first) seen.set(place, { line: row.line, name: row.edition.name });
      else {
        row.problems.push({
          field: EDITION_FIELDS.name,
          problem: sameName(first.name, row.edition.name)
            ? `trùng với dòng ${first.line}`
            : `trùng tên tệp với dòng ${first.line} (${place})`,
          fix: 'đặt tên khác, hoặc xóa một trong hai dòng',
        });
        delete row.edition;
      }
    }
    yield;
  }
  return { rows, fileProblems: table.fileProblems, notices: table.notices, ignored: table.ignored };
}

/** The whole places file read at once (the build's way). */
export function readEditionsCsv(input: string | Uint8Array, fileLabel: string): CsvEditions {
  const steps = editionsCsvSteps(input, fileLabel);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** "dòng 4: tên đơn vị quá dài (…). Cách sửa: …", one line per problem; a whole-row problem names no field. */
export function rowMessages(row: CsvRow): string[] {
  return row.problems.map((p) => `dòng ${row.line}: ${p.field ? `${p.field} ` : ''}${p.problem}. Cách sửa: ${p.fix}`);
}

/** The empty template a province fills in: BOM so spreadsheet programs read it as UTF-8, the header only. */
export function editionsTemplate(): string {
  return `\uFEFF${Object.values(EDITION_FIELDS).join(',')}\r\n`;
}
