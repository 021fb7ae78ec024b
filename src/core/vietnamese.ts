/** Vietnamese text helpers: folding, collation, dates and numbers the way Vietnamese readers write them. */

/** Strips tone and vowel marks and turns đ into d: "Đoàn Thanh niên" → "Doan Thanh nien". */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

function parseIso(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/**
 * The date line of Decree 30/2020/NĐ-CP: days below 10 and months below 3
 * take a leading zero ("ngày 01 tháng 8 năm 2020", "ngày 15 tháng 02 năm 2021").
 */
export function formatDateLong(iso: string): string {
  const { y, m, d } = parseIso(iso);
  const dd = d < 10 ? `0${d}` : `${d}`;
  const mm = m < 3 ? `0${m}` : `${m}`;
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "01/08/2020". */
export function formatDateShort(iso: string): string {
  const { y, m, d } = parseIso(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** "183.620". */
export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

/** "16,27 %": Vietnamese decimal comma, with a (non-breaking) space before the sign. */
export function formatPercent(n: number): string {
  return `${percentFormat.format(n)}\u00a0%`;
}

const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
const OLD_STYLE = [
  new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu'),
  new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu'),
];

/**
 * One spelling per name, for telling names apart: case and spacing aside, and the tone mark
 * on the first vowel of "oa", "oe", "uy" at a word's end whichever style placed it ("Hoà" =
 * "Hòa", "Thuỷ" = "Thủy"). Every other mark counts: "Hòa" and "Hóa" are two names.
 */
export function canonicalName(s: string): string {
  let d = s.normalize('NFD').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  for (const re of OLD_STYLE) d = d.replace(re, '$1$3$2');
  return d.normalize('NFC');
}
