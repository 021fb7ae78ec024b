import { foldDiacritics, formatInteger } from './vietnamese';

/**
 * Reading a table a person made in a spreadsheet: the places of local
 * editions, the results a ward reports back. Every caller names its columns;
 * this module decodes the bytes whatever the spreadsheet saved them as, splits
 * rows the way Excel and LibreOffice write them, and reports every row it
 * cannot read with its line, so nothing is dropped without a word.
 */

/** The columns a caller reads: its own keys, each with the header a person writes. */
export interface ColumnSpec<K extends string> {
  columns: Record<K, string>;
  /** Columns a file must have; the others may be left out. */
  required: readonly K[];
}

export interface RowProblem {
  /** The column's header when one column is at fault; absent when the row as a whole is. */
  column?: string;
  problem: string;
  fix: string;
}

export interface FileProblem {
  /** The line at fault (the header's), when one is. */
  line?: number;
  problem: string;
  fix: string;
}

/** "dòng 1: thiếu cột “tên đơn vị”. Cách sửa: …", or "tệp …" when no line is at fault. */
export const fileMessage = (p: FileProblem) =>
  `${p.line ? `dòng ${p.line}: ` : 'tệp '}${p.problem}. Cách sửa: ${p.fix}`;

export interface TableRow<K extends string> {
  /** The line the row starts on, header = 1, as a spreadsheet or text editor shows it. */
  line: number;
  /** Present only when the row could be split into cells. */
  cells?: Partial<Record<K, string>>;
  problems: RowProblem[];
}

export interface Table<K extends string> {
  rows: Array<TableRow<K>>;
  /** Problems with the file as a whole (encoding, header); no row is read when there are any. */
  fileProblems: FileProblem[];
  /** What was read differently from what the person might expect, said once: ignored columns. */
  notices: string[];
  /** The headers of those ignored columns, for a caller that refuses them instead. */
  ignored: string[];
}

const SAVE_AS_UTF8 =
  'lưu lại thành CSV UTF-8: trong Excel chọn Tệp › Lưu thành › “CSV UTF-8 (Comma delimited)”; ' +
  'trong LibreOffice chọn Lưu thành › CSV, đánh dấu “Sửa thiết lập bộ lọc” rồi chọn bộ ký tự “Unicode (UTF-8)”';

/** A cell as a message quotes it: whole when short, its start and its length when not. */
export function quoteCell(value: string, max = 60): string {
  const chars = [...value];
  if (chars.length <= max) return `“${value}”`;
  return `“${chars.slice(0, max).join('')}…” (${formatInteger(chars.length)} ký tự)`;
}

// Characters Windows-1258 decodes to that Vietnamese text does not use: a file full of them was saved in
// another legacy encoding (TCVN3/ABC, VNI) that only looks like Windows-1258.
const NOT_VIETNAMESE_1258 =
  /[\u0080-\u009f\u00a1-\u00bf\u0152\u0153\u0178\u0192\u02c6\u02dc\u2020-\u2030\u2039\u203a\u2122]/gu;

export type Decoded = { text: string; encoding: string } | { problem: string; fix: string };

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 (LE or BE, with or without BOM) and
 * Windows-1258, which Excel writes on Vietnamese Windows. Anything else is refused, saying how
 * to save the file as UTF-8, rather than read as "�".
 */
export function decodeTable(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3));
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16.label).decode(bytes), encoding: utf16.name };
  const asUtf8 = utf8(bytes);
  if (!('problem' in asUtf8)) return asUtf8;
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const odd = text.match(NOT_VIETNAMESE_1258)?.length ?? 0;
  if (odd === 0) return { text, encoding: 'Windows-1258' };
  return {
    problem: 'không phải UTF-8 (có thể là bảng mã TCVN3/ABC hoặc VNI), đọc ra sẽ sai dấu',
    fix: `chuyển sang Unicode (ví dụ bằng Unikey › Công cụ chuyển mã) rồi ${SAVE_AS_UTF8}`,
  };
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { problem: 'không phải UTF-8', fix: SAVE_AS_UTF8 };
  }
}

/** Text in UTF-16 without a BOM has a zero byte beside nearly every ASCII character. */
function utf16WithoutBom(bytes: Uint8Array): { label: string; name: string } | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.3 * half && even < 0.05 * half) return { label: 'utf-16le', name: 'UTF-16 LE' };
  if (even > 0.3 * half && odd < 0.05 * half) return { label: 'utf-16be', name: 'UTF-16 BE' };
  return undefined;
}

interface Record_ {
  line: number;
  cells?: string[];
  /** A quote opened on this line and never closed. */
  unclosed?: number;
}

/** The delimiter the header uses most, outside quotes: comma, semicolon or tab. */
function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.replace(/"[^"]*"/g, '').split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

/**
 * RFC 4180 as spreadsheets write it: quoted cells may hold the delimiter, "" and line breaks.
 * A quote that never closes would swallow every later row into one cell; instead that row is
 * reported and reading starts again on the next line.
 */
function splitRecords(text: string, delimiter: string, firstLine: number): Record_[] {
  const records: Record_[] = [];
  let i = 0;
  let line = firstLine;
  while (i < text.length) {
    const start = { i, line };
    const cells: string[] = [];
    let cell = '';
    let quoteOpened: { i: number; line: number } | undefined;
    let inQuotes = false;
    let done = false;
    while (!done) {
      if (i >= text.length) {
        if (inQuotes) break;
        cells.push(cell);
        done = true;
        break;
      }
      const ch = text[i];
      if (inQuotes) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (ch === '"') {
          inQuotes = false;
          i++;
        } else {
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          cell += ch;
          i++;
        }
      } else if (ch === '"' && cell === '') {
        inQuotes = true;
        quoteOpened = { i, line };
        i++;
      } else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
        i++;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        cells.push(cell);
        done = true;
      } else {
        cell += ch;
        i++;
      }
    }
    if (!done) {
      // Unclosed: report the row the quote opened in, and read on from the line after it.
      const opened = quoteOpened!;
      records.push({ line: start.line, unclosed: opened.line });
      const next = text.slice(opened.i).search(/\r\n|\r|\n/);
      if (next < 0) break;
      i = opened.i + next + (text.startsWith('\r\n', opened.i + next) ? 2 : 1);
      line = opened.line + 1;
      continue;
    }
    records.push({ line: start.line, cells });
  }
  return records;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A table's rows by the caller's columns. Headers match ignoring case, spacing and marks
 * ("Tên đơn vị" = "ten don vi"); columns the caller does not read are ignored and named once;
 * a column given twice, or a required one missing, stops the file. Excel's `sep=;` first line
 * sets the delimiter; otherwise the header's commonest of , ; tab does.
 */
export function readTable<K extends string>(input: string | Uint8Array, spec: ColumnSpec<K>): Table<K> {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'text' } : decodeTable(input);
  if ('problem' in decoded) return { rows: [], fileProblems: [decoded], notices: [], ignored: [] };
  let text = decoded.text.replace(/^\uFEFF/, '');
  let firstLine = 1;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\s*?(\r\n|\r|\n|$)/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  delimiter ??= guessDelimiter(text.split(/\r\n|\r|\n/, 1)[0]);
  const records = splitRecords(text, delimiter, firstLine);
  const labels = Object.values(spec.columns) as string[];
  const headerRecord = records.find((r) => r.unclosed !== undefined || r.cells!.some((c) => c.trim()));
  if (!headerRecord)
    return {
      rows: [],
      fileProblems: [
        { problem: 'trống', fix: `dòng đầu ghi tên các cột (${labels.join(', ')}), mỗi dòng sau là một dòng dữ liệu` },
      ],
      notices: [],
      ignored: [],
    };
  const at = (line: number) => `dòng ${line}`;
  if (!headerRecord.cells)
    return {
      rows: [],
      fileProblems: [
        { line: headerRecord.line, problem: 'dòng tên cột mở ngoặc kép mà không đóng', fix: 'bỏ dấu " thừa' },
      ],
      notices: [],
      ignored: [],
    };

  const keys = new Map<string, K>((Object.entries(spec.columns) as Array<[K, string]>).map(([k, l]) => [fold(l), k]));
  const header = headerRecord.cells;
  const fields: Array<K | undefined> = header.map((h) => keys.get(fold(h)));
  const fileProblems: FileProblem[] = [];
  const notices: string[] = [];
  const hl = at(headerRecord.line);
  for (const key of new Set(fields)) {
    if (key === undefined) continue;
    const where = fields.flatMap((f, i) => (f === key ? [i + 1] : []));
    if (where.length > 1)
      fileProblems.push({
        line: headerRecord.line,
        problem: `cột “${spec.columns[key]}” có ${where.length} lần (cột ${where.join(', ')})`,
        fix: 'giữ một cột, xóa các cột kia',
      });
  }
  for (const key of spec.required)
    if (!fields.includes(key))
      fileProblems.push({
        line: headerRecord.line,
        problem: `thiếu cột “${spec.columns[key]}”`,
        fix: `dòng đầu phải là tên các cột: ${labels.join(', ')}`,
      });
  const ignored = header.filter((h, i) => !fields[i] && h.trim()).map((h) => h.trim());
  if (ignored.length)
    notices.push(
      `${hl}: bỏ qua ${ignored.length === 1 ? 'cột' : 'các cột'} ${ignored.map((h) => quoteCell(h, 40)).join(', ')} ` +
        `(chỉ dùng các cột ${labels.join(', ')})`,
    );
  if (fileProblems.length) return { rows: [], fileProblems, notices, ignored };

  const rows: Array<TableRow<K>> = [];
  for (const record of records.slice(records.indexOf(headerRecord) + 1)) {
    if (record.unclosed !== undefined) {
      rows.push({
        line: record.line,
        problems: [
          {
            problem: `có dấu ngoặc kép mở ở dòng ${record.unclosed} mà không đóng, nên không đọc được dòng này`,
            fix: 'thêm dấu " đóng ô đó, hoặc bỏ dấu " ở đầu ô',
          },
        ],
      });
      continue;
    }
    const cells = record.cells!;
    if (cells.every((c) => !c.trim())) continue;
    if (cells.length > header.length) {
      rows.push({
        line: record.line,
        problems: [
          {
            problem: `có ${cells.length} ô, nhiều hơn ${header.length} cột của dòng tên cột`,
            fix:
              `ô nào có dấu “${delimiter === '\t' ? 'tab' : delimiter}” (thường là địa chỉ) ` +
              'phải đặt trong ngoặc kép "…"; lưu từ Excel hoặc LibreOffice thì chương trình tự thêm',
          },
        ],
      });
      continue;
    }
    const row: Partial<Record<K, string>> = {};
    cells.forEach((c, j) => {
      if (fields[j]) row[fields[j]] = c;
    });
    rows.push({ line: record.line, cells: row, problems: [] });
  }
  if (!rows.length)
    fileProblems.push({
      problem: 'chỉ có dòng tên cột, chưa có dòng dữ liệu nào',
      fix: `thêm các dòng dữ liệu dưới ${hl}`,
    });
  return { rows, fileProblems, notices, ignored };
}
