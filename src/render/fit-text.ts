import { textWidthEm, type Weight } from './fonts';
import { lettersBreaking } from '../i18n/scripts';

export interface FitBox {
  /** Width available to the text, in px. */
  width: number;
  maxLines: number;
  /** Largest and smallest font size to try, in px; the largest that fits wins. */
  maxSize: number;
  minSize: number;
  weight: Weight;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Height available, in px; defaults to what maxLines need. */
  height?: number;
  /** Layout units per millimetre when the text is for print, so a message gives sizes in pt. */
  unitsPerMm?: number;
  /** The text's language (BCP 47): picks the CJK face its Han characters are measured in. */
  lang?: string;
}

export interface FittedText {
  size: number;
  lines: string[];
  lineHeight: number;
  /** Height the lines take, in px. */
  height: number;
}

// Satori and fontkit can disagree by a hair on advances; keep a margin so a
// line we measure as fitting never wraps again inside satori.
const SAFETY = 0.97;

/** Letters of scripts written without spaces (Han, kana), their punctuation: a line may break between any two. */
const CJK_BREAK = lettersBreaking('no-spaces');
/** Letters of scripts whose words stay whole but split between syllables when longer than a line (Hangul). */
const HANGUL = lettersBreaking('keep-all');
/** Katakana words (loanwords such as インストール) stay whole where they can, as a reader expects. */
const KATAKANA = /[\u30a1-\u30fa\u30fc]/u;
/** Never at the start of a line (closing brackets, stops, small kana, prolonged sound mark: kinsoku). */
const CLOSING = new Set([
  ...'、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ々〻゠〜～・･％…‥,.;:!?)]}%',
]);
/** Never at the end of a line. */
const OPENING = new Set([...'（［｛〔〈《「『【〘〖〝‘“｟«']);

interface Token {
  text: string;
  /** Written with a space before it. */
  space: boolean;
}

/**
 * Where words start in CJK text written without spaces, by the platform's
 * dictionary (Intl.Segmenter: 安装, 越南, インストール), so a line breaks between
 * words rather than inside one. Without a segmenter every character may start one.
 */
function wordStarts(text: string, lang?: string): ((at: number) => boolean) | undefined {
  if (typeof Intl.Segmenter !== 'function' || !CJK_BREAK.test(text)) return undefined;
  const starts = new Set<number>();
  for (const s of new Intl.Segmenter(lang || undefined, { granularity: 'word' }).segment(text)) starts.add(s.index);
  return (at) => starts.has(at);
}

/**
 * Where a line may break: at spaces, and between CJK words (written without
 * spaces), never before closing or after opening punctuation. Korean is
 * written with spaces and breaks at them.
 */
export function breakTokens(text: string, lang?: string): Token[] {
  const tokens: Token[] = [];
  const src = text.normalize('NFC').trim();
  const isStart = wordStarts(src, lang);
  let at = 0;
  let cur = '';
  let space = false;
  let cjk = false;
  const flush = () => {
    if (!cur) return;
    tokens.push({ text: cur, space });
    cur = '';
    space = false;
    cjk = false;
  };
  for (const ch of src) {
    const pos = at;
    at += ch.length;
    if (/\s/u.test(ch)) {
      flush();
      space = tokens.length > 0;
      continue;
    }
    if (CLOSING.has(ch)) {
      if (!cur && tokens.length && !space) tokens.at(-1)!.text += ch;
      else cur += ch;
      continue;
    }
    const opensCjk = OPENING.has(ch) && cjk;
    if (CJK_BREAK.test(ch) || opensCjk) {
      const held = [...cur].at(-1);
      const inWord = cjk && isStart !== undefined && !isStart(pos);
      if (held && ((KATAKANA.test(ch) && KATAKANA.test(held)) || inWord)) {
        cur += ch;
        continue;
      }
      if (!(held && OPENING.has(held))) flush();
      cur += ch;
      cjk = !OPENING.has(ch);
      continue;
    }
    if (cjk) flush();
    cur += ch;
  }
  flush();
  return tokens;
}

const breaksInside = (s: string) => HANGUL.test(s) || CJK_BREAK.test(s);

/** A CJK or Korean word too long for a whole line breaks between its characters, as a browser would. */
function splitSyllables(token: Token): Token[] {
  const parts: Token[] = [];
  for (const ch of token.text) {
    if (parts.length && (CLOSING.has(ch) || !breaksInside(ch))) parts.at(-1)!.text += ch;
    else parts.push({ text: ch, space: parts.length ? false : token.space });
  }
  return parts;
}

/** Greedy wrap at one size; a word (or CJK character) longer than the line fails the size. */
export function wrap(text: string, size: number, width: number, weight: Weight, lang?: string): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidthEm(s, weight, lang) * size <= width * SAFETY;
  // A copy: a too-long Korean or CJK word is split in place below.
  const queue = [...breakTokens(text, lang)];
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i];
    const candidate = line ? `${line}${token.space ? ' ' : ''}${token.text}` : token.text;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (!fits(token.text)) {
      if (breaksInside(token.text) && [...token.text].length > 1) {
        queue.splice(i, 1, ...splitSyllables(token));
        i--;
        continue;
      }
      return undefined;
    }
    if (line) lines.push(line);
    line = token.text;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Finds the largest size, in 1 px steps down from maxSize, at which the text
 * wraps into the box; undefined when even minSize does not fit. Callers turn
 * undefined into a build error naming the content: text is never clipped.
 */
export function fitText(text: string, box: FitBox): FittedText | undefined {
  const lh = box.lineHeight ?? 1.2;
  for (let size = box.maxSize; size >= box.minSize; size--) {
    const lines = wrap(text, size, box.width, box.weight, box.lang);
    if (!lines || lines.length > box.maxLines) continue;
    const height = lines.length * size * lh;
    if (box.height !== undefined && height > box.height) continue;
    return { size, lines, lineHeight: lh, height };
  }
  return undefined;
}
