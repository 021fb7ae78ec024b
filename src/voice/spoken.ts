import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { countSyllables } from './syllables';

/**
 * Text as a newsreader says it: numbers, percentages, dates, document numbers
 * and web addresses written out in Vietnamese words, so the script reads
 * without hesitation, syllables can be counted and a synthesizer says it right.
 */
const numberConfig = new ReadingConfig();
numberConfig.unit = [];

/** "183620" → "một trăm tám mươi ba nghìn sáu trăm hai mươi"; "16,27" → "mười sáu phẩy hai mươi bảy". */
export function sayNumber(digits: string): string {
  const [whole, fraction] = digits.split(',');
  const read = (n: string) => doReadNumber(n.replace(/^0+(?=\d)/, ''), numberConfig);
  return fraction ? `${read(whole)} phẩy ${read(fraction)}` : read(whole);
}

const LETTERS: Record<string, string> = {
  a: 'a',
  b: 'bê',
  c: 'xê',
  d: 'dê',
  đ: 'đê',
  e: 'e',
  f: 'ép',
  g: 'giê',
  h: 'hát',
  i: 'i',
  j: 'gi',
  k: 'ca',
  l: 'e-lờ',
  m: 'em-mờ',
  n: 'en-nờ',
  o: 'o',
  p: 'pê',
  q: 'quy',
  r: 'e-rờ',
  s: 'ét-xì',
  t: 'tê',
  u: 'u',
  v: 'vê',
  w: 'vê-kép',
  x: 'ích-xì',
  y: 'i-dài',
  z: 'dét',
};

/** "UBND" → "u bê en-nờ đê": each letter by its Vietnamese name. */
export function spell(letters: string): string {
  return [...letters.toLowerCase()].map((c) => LETTERS[c] ?? c).join(' ');
}

/** Vietnamese days 1–10 of a month take "mùng"; months are named as spoken (tháng tư, not tháng bốn). */
function sayDate(day: number, month: number, year?: number): string {
  const d = day <= 10 ? `mùng ${sayNumber(String(day))}` : sayNumber(String(day));
  const m = month === 4 ? 'tư' : sayNumber(String(month));
  return `ngày ${d} tháng ${m}${year ? ` năm ${sayNumber(String(year))}` : ''}`;
}

export interface SpeechWords {
  /** Words said a particular way: { zalo: "da-lô", covid: "cô-vít" }. */
  say: Record<string, string>;
}

function sayWord(word: string, w: SpeechWords): string | undefined {
  return w.say[word.toLowerCase()];
}

/** "example.gov.vn" → "ích-xam-pồ chấm giê o vê chấm vê en-nờ": short parts spelled, known words as said. */
function sayAddress(address: string, w: SpeechWords): string {
  return address
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '')
    .split(/([./])/)
    .filter(Boolean)
    .map((part) =>
      part === '.'
        ? 'chấm'
        : part === '/'
          ? 'gạch chéo'
          : (sayWord(part, w) ?? (part.length <= 3 ? spell(part) : part)),
    )
    .join(' ');
}

/** "123/ABC-XY" → "một trăm hai mươi ba trên a bê xê gạch ích-xì i-dài". */
function sayDocumentNumber(number: string, w: SpeechWords): string {
  return number
    .split('/')
    .map((part) =>
      /^\d+$/.test(part)
        ? sayNumber(part)
        : part
            .split('-')
            .map((p) => sayWord(p, w) ?? spell(p))
            .join(' gạch '),
    )
    .join(' trên ');
}

// A date may follow the word "ngày", which the spoken date says itself.
const DATE = /(?:\bngày\s+)?\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b(?![/\p{L}])/giu;
const DOC = /\b\d{1,6}(?:\/\d{4})?\/[A-ZĐ][A-ZĐ0-9-]*\b/gu;
const ADDRESS = /\b(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:\/[\w/-]*)?/gi;
const PERCENT = /(\d+(?:,\d+)?)\s?%/g;
const GROUPED = /\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b/g;
const PHONE = /\b0\d{2,3}(?:[ .]?\d{3,4}){2}\b/g;
const NUMBER = /\b\d+(?:,\d+)?\b/g;
const WORD = /[\p{L}]+(?:-\d+)?/gu;

/** The whole text as spoken. Order matters: dates and document numbers hold digits that plain numbers would take. */
export function spokenText(text: string, w: SpeechWords): string {
  return (
    text
      .normalize('NFC')
      .replace(DOC, (m) => sayDocumentNumber(m, w))
      .replace(DATE, (all: string, d: string, m: string, y?: string) =>
        Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12
          ? sayDate(Number(d), Number(m), y ? Number(y) : undefined)
          : all.split('/').map(sayNumber).join(' trên '),
      )
      .replace(ADDRESS, (m) => sayAddress(m, w))
      .replace(PHONE, (m) => spell(m.replace(/\D/g, '')).replace(/\d/g, (d) => sayNumber(d)))
      // Words said another way (COVID-19 → cô-vít mười chín), then capitals spelled out.
      .replace(WORD, (word) => {
        const [name, digits] = word.split('-');
        const acronym = /^[A-ZĐ]{2,}$/u.test(name);
        const known = sayWord(name, w);
        // A known word keeps the capital it had at the start of a sentence or a name.
        const said = known
          ? !acronym && /^\p{Lu}/u.test(name)
            ? known.charAt(0).toLocaleUpperCase('vi') + known.slice(1)
            : known
          : acronym
            ? spell(name)
            : name;
        return digits ? `${said} ${sayNumber(digits)}` : said;
      })
      .replace(PERCENT, (_, n: string) => `${sayNumber(n.replace(/\./g, ''))} phần trăm`)
      .replace(GROUPED, (m) => sayNumber(m.replace(/\./g, '')))
      .replace(NUMBER, (m) => sayNumber(m))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Syllables of spoken text, by the clip scripts' estimator, so spots and clips are timed alike. */
export function spokenSyllables(spoken: string): number {
  return countSyllables(spoken);
}

/** The script as the announcer reads it: "/" a short pause at a comma, "//" a full stop. */
export function withPauses(spoken: string): string {
  return spoken
    .replace(/[,;:]\s*/g, ' / ')
    .replace(/[.!?]+(\s+|$)/g, ' //$1')
    .replace(/\s+/g, ' ')
    .trim();
}
