import Papa from 'papaparse';
import { foldDiacritics } from '../core/vietnamese';
import { fileNames } from '../manifest/paths';
import { EDITION_FIELDS } from './edition';
import { checkEdition, type EditionInput, type EditionProblem } from './edition-check';
import type { Edition } from './edition';

export interface CsvRow {
  /** The line in the file, header = 1, as a spreadsheet shows it. */
  line: number;
  edition?: Edition;
  problems: EditionProblem[];
}

export interface CsvEditions {
  rows: CsvRow[];
  /** Problems with the file itself (its header); no row is read when there are any. */
  fileProblems: string[];
}

type Field = keyof typeof EDITION_FIELDS;

/** "Tên đơn vị", "ten don vi", " TÊN ĐƠN VỊ " name the same column; nothing looser than that. */
const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();

const COLUMNS = new Map<string, Field>(
  (Object.entries(EDITION_FIELDS) as Array<[Field, string]>).map(([field, label]) => [fold(label), field]),
);

/**
 * Reads a places file: UTF-8 with or without BOM, comma or semicolon, a
 * header naming the columns. Each row is checked on its own, so one bad row
 * is reported with its line and the others are still made.
 */
export function readEditionsCsv(text: string, fileLabel: string): CsvEditions {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';'] });
  const [header = [], ...body] = parsed.data;
  const fileProblems: string[] = [];
  const fields: Array<Field | undefined> = header.map((h) => COLUMNS.get(fold(h)));
  header.forEach((h, i) => {
    if (!fields[i] && h.trim())
      fileProblems.push(
        `dòng 1: cột “${h.trim()}” không có trong mẫu; dùng các cột ${Object.values(EDITION_FIELDS).join(', ')}`,
      );
  });
  if (!fields.includes('name'))
    fileProblems.push(`dòng 1: thiếu cột “${EDITION_FIELDS.name}”; dòng đầu phải là tên các cột`);
  if (fileProblems.length) return { rows: [], fileProblems };

  const rows: CsvRow[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => !c.trim())) return;
    if (cells.length > header.length) {
      rows.push({
        line,
        problems: [
          {
            field: EDITION_FIELDS.name,
            problem: `có ${cells.length} ô, nhiều hơn ${header.length} cột`,
            fix: 'đặt chữ có dấu phẩy trong ngoặc kép "…"',
          },
        ],
      });
      return;
    }
    const input: EditionInput = {};
    cells.forEach((c, j) => {
      if (fields[j]) input[fields[j]] = c;
    });
    rows.push({ line, ...checkEdition(input, `${fileLabel}, dòng ${line}`) });
  });
  // Two places whose names fold to the same file name would overwrite each other's files.
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.edition) continue;
    const place = fileNames.place(row.edition.name);
    const first = seen.get(place);
    if (first === undefined) seen.set(place, row.line);
    else {
      row.problems.push({
        field: EDITION_FIELDS.name,
        problem: `trùng tên tệp với dòng ${first} (${place})`,
        fix: 'đặt tên khác, hoặc xóa một trong hai dòng',
      });
      delete row.edition;
    }
  }
  return { rows, fileProblems };
}

/** "dòng 4: tên đơn vị quá dài (…). Cách sửa: …", one line per problem. */
export function rowMessages(row: CsvRow): string[] {
  return row.problems.map((p) => `dòng ${row.line}: ${p.field} ${p.problem}. Cách sửa: ${p.fix}`);
}

/** The empty template a province fills in: BOM so spreadsheet programs read it as UTF-8, the header only. */
export function editionsTemplate(): string {
  return `\uFEFF${Object.values(EDITION_FIELDS).join(',')}\r\n`;
}
