import { unfoldText } from './fold';

/** How much a page holding the query's words side by side counts over one holding them apart. */
export const PHRASE_BOOST = 4;

/** A word without its marks, đ as d, lowercase: how the index files it. */
const bare = (word: string) => strip(word).replaceAll('đ', 'd');
/** A word without its tone and vowel marks but keeping đ, lowercase. */
const strip = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** Lowercase and composed, without the punctuation around it ("ký," → "ký"). */
const clean = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The query's words, composed and lowercase, quotes and surrounding punctuation dropped. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map(clean).filter(Boolean);
}

/** Whether any of the query's words carries a mark or đ: only then does spelling change the order. */
export function typedWithMarks(query: string): boolean {
  return queryTerms(query).some((term) => bare(term) !== term);
}

export interface Match {
  /** Word position on the page, as Pagefind counts them. */
  at: number;
  /** The word as the page writes it, lowercase, without surrounding punctuation. */
  word: string;
}

/** The words Pagefind matched on a page, from its fragment text and match locations. */
export function matchedWords(content: string, locations: readonly number[]): Match[] {
  // Pagefind counts words as its excerpts do: runs of text between whitespace.
  const words = unfoldText(content).split(/[\r\n\s]+/g);
  return locations.map((at) => ({ at, word: clean(words[at] ?? '') }));
}

/**
 * How close a matched word is to a query word typed with marks: 2 the same
 * spelling, 1 other tone or vowel marks but the same d or đ ("duong" for
 * "dương"), 0 d and đ swapped ("đường" for "dương"). Pagefind matches query
 * words as prefixes, so spellings are compared as prefixes too.
 */
export function closeness(term: string, word: string): 0 | 1 | 2 {
  if (word.startsWith(term)) return 2;
  return strip(word).startsWith(strip(term)) ? 1 : 0;
}

/**
 * How closely a page spells the query's words typed with marks: the sum,
 * over those words, of the best closeness among the page's matches for it.
 * In Vietnamese the marks tell words apart ("dân" people, "dẫn" guide,
 * "đàn" flock), so a reader who typed them means that word. A word matched
 * only in the page's metadata has no location in its text and counts 1.
 */
export function spellingTier(query: string, matches: readonly Match[]): number {
  let tier = 0;
  for (const term of queryTerms(query)) {
    if (bare(term) === term) continue;
    const found = matches.filter((m) => bare(m.word).startsWith(bare(term)));
    tier += found.length ? Math.max(...found.map((m) => closeness(term, m.word))) : 1;
  }
  return tier;
}

/**
 * PHRASE_BOOST for a page holding the words of an unquoted query side by
 * side, in order ("điện thoại" over "đại diện … thoại"): Pagefind scores
 * words, not their distance. A quoted query is already a phrase search.
 */
export function phraseFactor(query: string, matches: readonly Match[]): number {
  const keys = queryTerms(query).map(bare);
  if (query.includes('"') || keys.length < 2) return 1;
  const at = new Map(matches.map((m) => [m.at, bare(m.word)]));
  return matches.some((m) => keys.every((k, i) => at.get(m.at + i)?.startsWith(k))) ? PHRASE_BOOST : 1;
}

export interface Ranked {
  score: number;
  matches: readonly Match[];
}

/**
 * Results in their final order: by spelling tier (nothing to compare when
 * the query has no marks), then by Pagefind's score times phraseFactor; ties
 * keep Pagefind's order. Pagefind's own exact-spelling boost is left off
 * (search.client.ts): it judges a page by the first spelling it meets there,
 * and a plain query must rank as its accented twin does.
 */
export function rerank<T extends Ranked>(query: string, results: readonly T[]): T[] {
  return results
    .map((r, i) => ({ r, i, tier: spellingTier(query, r.matches), s: r.score * phraseFactor(query, r.matches) }))
    .sort((a, b) => b.tier - a.tier || b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}
