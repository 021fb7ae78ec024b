/** How Decree 30/2020/NĐ-CP documents name things: types, their abbreviations, dates, organs. */
import type { DOCUMENT_TYPES } from '../directives/schema';

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The abbreviation of a type at the head of a number's symbol (14/CT-UBND): a công văn has none. */
export const TYPE_ABBREVIATIONS: Record<string, DocumentType> = {
  CT: 'chỉ thị',
  TB: 'thông báo',
  KH: 'kế hoạch',
  QĐ: 'quyết định',
  BC: 'báo cáo',
  CĐ: 'công điện',
};

/** Type words as written in running text ("Công văn số …") and as the header prints them (BÁO CÁO). */
export const TYPE_WORDS: Record<string, DocumentType> = {
  'công văn': 'công văn',
  'chỉ thị': 'chỉ thị',
  'thông báo': 'thông báo',
  'kế hoạch': 'kế hoạch',
  'quyết định': 'quyết định',
  'báo cáo': 'báo cáo',
  'công điện': 'công điện',
};

/** The type a number's symbol names, if it names one. */
export function typeFromSymbol(number: string): DocumentType | undefined {
  const head = number.split('/').at(-1)?.split('-')[0] ?? '';
  return TYPE_ABBREVIATIONS[head];
}

/** The organ codes of a number (760/KKT-VP → KKT, VP), without the type abbreviation. */
export function organCodes(number: string): string[] {
  return (number.split('/').at(-1) ?? '').split('-').filter((c) => !(c in TYPE_ABBREVIATIONS));
}

const pad = (n: string) => n.padStart(2, '0');

/** "1/8/2020" or "01/08/2020" → "2020-08-01"; undefined for anything else. */
export function isoFromSlashes(d: string, m: string, y: string): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A Vietnamese personal name as signed: two to five capitalised syllables (“Nguyễn Thành Hưng”). */
export const PERSON_NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$/u;

/** A line in capitals (header lines, capacity lines): letters all upper case, at least two of them. */
export function isUpperLine(s: string): boolean {
  return /\p{L}.*\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi') && !/^\d/.test(s);
}

const LEVELS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];
const ORGANS = ['VĂN PHÒNG', 'TRUNG TÂM', 'CHI CỤC', 'TỔNG CỤC', 'SỞ', 'BAN', 'BỘ', 'CỤC', 'ĐÀI', 'PHÒNG'];

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/** Sentence case in which each part joined by "và" and the object of "quản lý" keeps its capital. */
function organWords(upper: string): string {
  return upper
    .toLocaleLowerCase('vi')
    .split(' và ')
    .map(capital)
    .join(' và ')
    .replace(/\b([Qq])uản lý (\p{L})/u, (_, q: string, c: string) => `${q}uản lý ${c.toLocaleUpperCase('vi')}`);
}

/** A header line in capitals as running text names the body ("UBND TỈNH AN HÒA" → "UBND tỉnh An Hòa"). */
export function nameFromHeaderLine(line: string): string {
  const s = line.replace(/\s+/g, ' ').trim();
  const ubnd = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)(?: (.*))?$/u.exec(s);
  if (ubnd) return ubnd[1] ? `UBND ${placeName(ubnd[1])}` : 'UBND';
  const organ = ORGANS.find((o) => s === o || s.startsWith(`${o} `));
  if (organ) {
    const rest = s.slice(organ.length).trim();
    const level = LEVELS.find((l) => rest.startsWith(`${l} `));
    const head = capital(organ.toLocaleLowerCase('vi'));
    if (!rest) return head;
    return level ? `${head} ${placeName(rest)}` : `${head} ${organWords(rest)}`;
  }
  return placeName(s);
}

/** "TỈNH AN HÒA" → "tỉnh An Hòa": the level in lower case, the name capitalised syllable by syllable. */
function placeName(s: string): string {
  const level = LEVELS.find((l) => s === l || s.startsWith(`${l} `));
  const name = (level ? s.slice(level.length) : s).trim().toLocaleLowerCase('vi').split(' ').map(capital).join(' ');
  return level ? `${level.toLocaleLowerCase('vi')} ${name}`.trim() : name;
}

/** The province a body's name places it in: "Ban … tỉnh An Hòa" → An Hòa; a ministry → Trung ương. */
export function provinceOf(name: string): string | undefined {
  if (/^Bộ /u.test(name)) return 'Trung ương';
  const tinh = /\btỉnh ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*)*)/u.exec(name);
  if (tinh) return tinh[1];
  return /^(?:Văn phòng )?UBND thành phố ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*)*)/u.exec(name)?.[1];
}
