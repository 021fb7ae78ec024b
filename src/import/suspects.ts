import type { Line } from './lines';
import type { Suspect } from './report';

/**
 * Misreadings and slips that scans and hurried typing leave in Vietnamese administrative text: two real syllables
 * in a place where only the other pair makes sense, or a list dash stuck to the word after an item number. The
 * importer reports them with the likely reading and leaves the text as printed; the editor decides.
 */
const CONFUSIONS: { pattern: RegExp; reading: string; why: string }[] = [
  {
    pattern: /(?<!\p{L})cách đặt(?= ứng dụng)/gu,
    reading: 'cài đặt',
    why: '“cách đặt ứng dụng” thường là “cài đặt ứng dụng”',
  },
  { pattern: /(?<!\p{L})của khẩu(?!\p{L})/gu, reading: 'cửa khẩu', why: '“của khẩu” thường là “cửa khẩu”' },
  { pattern: /(?<!\p{L})vãn hóa(?!\p{L})/gu, reading: 'văn hóa', why: '“vãn” không đi với “hóa”' },
  { pattern: /(?<![\p{L}-])-?Hiện thị(?!\p{L})/gu, reading: 'Hiển thị', why: '“hiện thị” thường là “hiển thị”' },
  { pattern: /(?<!\p{L})hiện thị(?!\p{L})/gu, reading: 'hiển thị', why: '“hiện thị” thường là “hiển thị”' },
  { pattern: /(?<!\p{L})cài đạt(?!\p{L})/gu, reading: 'cài đặt', why: '“đạt” sau “cài” thường là “đặt”' },
  { pattern: /(?<!\p{L})phòng chông(?!\p{L})/gu, reading: 'phòng chống', why: '“chông” thường là “chống”' },
];

/** A numbered item whose text starts with a dash stuck to the next word ("5. -Hiện"). */
const STRAY_DASH = /^\d+\.\s+(-\p{L}+)/u;

export function findSuspects(paragraphs: Line[]): Suspect[] {
  const out: Suspect[] = [];
  for (const { n, text } of paragraphs) {
    const taken = new Set<number>();
    for (const c of CONFUSIONS)
      for (const m of text.matchAll(c.pattern)) {
        if (taken.has(m.index ?? 0)) continue;
        taken.add(m.index ?? 0);
        out.push({ line: n, word: m[0], reading: c.reading, why: c.why });
      }
    const dash = STRAY_DASH.exec(text);
    if (dash && !out.some((s) => s.line === n && s.word.startsWith('-')))
      out.push({ line: n, word: dash[1], reading: dash[1].slice(1), why: 'gạch đầu dòng dính vào chữ sau số thứ tự' });
  }
  return out;
}
