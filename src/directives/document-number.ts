import { foldDiacritics } from '../core/vietnamese';

/** Số ký hiệu: a number, an optional year, then the issuer's symbols (123/ABC-XY, 30/2020/NĐ-CP, 1061/UBND). */
export const DOCUMENT_NUMBER_PATTERN = /^\d{1,6}(?:\/\d{4})?\/[A-ZĐ](?:[A-ZĐ0-9&.-]*[A-ZĐ0-9])?$/u;

const IN_TEXT = /(?<![\p{L}\p{N}/])(\d{1,6})\s?(\/\d{4})?\/([A-ZĐ](?:[A-ZĐ0-9&.-]*[A-ZĐ0-9])?)(?![\p{L}\p{N}])/gu;

/** Writes a number the canonical way: no spaces, NFC ("123 /ABC-XY" → "123/ABC-XY"). */
export function normalizeNumber(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/** URL slug of a document number: "123/ABC-XY" → "123-abc-xy", "30/2020/NĐ-CP" → "30-2020-nd-cp". */
export function slugFromNumber(number: string): string {
  return foldDiacritics(normalizeNumber(number))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface NumberMatch {
  /** Canonical form of the number. */
  number: string;
  /** Where it stands in the text, and how long it is as written. */
  index: number;
  length: number;
}

/** Finds every document number written in running text, as written ("số 123/ABC-XY ngày …"). */
export function findDocumentNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.normalize('NFC').matchAll(IN_TEXT)) {
    out.push({ number: normalizeNumber(m[0]), index: m.index ?? 0, length: m[0].length });
  }
  return out;
}
