import { textWidthEm, type Weight } from './fonts';

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

/** Greedy word wrap at one size; a word longer than the line fails the size. */
export function wrap(text: string, size: number, width: number, weight: Weight): string[] | undefined {
  const words = text.normalize('NFC').trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidthEm(s, weight) * size <= width * SAFETY;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (!line || !fits(word)) return undefined;
    lines.push(line);
    line = word;
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
    const lines = wrap(text, size, box.width, box.weight);
    if (!lines || lines.length > box.maxLines) continue;
    const height = lines.length * size * lh;
    if (box.height !== undefined && height > box.height) continue;
    return { size, lines, lineHeight: lh, height };
  }
  return undefined;
}
