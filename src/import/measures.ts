import { foldDiacritics } from '../core/vietnamese';
import type { Line } from './lines';

/** A measure of the campaign as its file words it. */
export interface MeasureWording {
  number: number;
  official: string;
}

export interface MeasureMatch {
  number: number;
  line: number;
  score: number;
}

const words = (s: string) =>
  foldDiacritics(s.toLocaleLowerCase('vi'))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Pairs of syllables: Vietnamese words are mostly two syllables, so pairs carry meaning single syllables do not. */
function pairs(s: string): Set<string> {
  const w = words(s);
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
}

/** Below this share of a measure's word pairs, a paragraph is not taken to put that measure in motion. */
const THRESHOLD = 0.3;

/**
 * Which measures the body puts in motion: for each measure, the paragraph that shares the most of its wording.
 * Only a suggestion: the report says so and gives the line.
 */
export function matchMeasures(paragraphs: Line[], measures: MeasureWording[]): MeasureMatch[] {
  // Pairs every measure uses ("cai dat", the app's name) say nothing about which one a paragraph means.
  const counts = new Map<string, number>();
  const own = measures.map((m) => pairs(m.official));
  for (const set of own) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1);
  const limit = Math.max(2, Math.ceil(measures.length / 3));
  const out: MeasureMatch[] = [];
  measures.forEach((m, i) => {
    const telling = [...own[i]].filter((p) => (counts.get(p) ?? 0) < limit);
    if (!telling.length) return;
    let best: MeasureMatch | undefined;
    for (const { n, text } of paragraphs) {
      const have = pairs(text);
      const score = telling.filter((p) => have.has(p)).length / telling.length;
      if (!best || score > best.score) best = { number: m.number, line: n, score };
    }
    if (best && best.score >= THRESHOLD) out.push(best);
  });
  return out;
}
