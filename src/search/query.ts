/**
 * Pagefind folds tone marks but not đ: "dang ky" never matches "đăng ký",
 * and a query word that matches nothing is silently dropped. So each d the
 * reader typed may stand for đ: the search runs every spelling (bounded) and
 * merges the results.
 */
export const MAX_VARIANTS = 16;

/** Spellings of one word: each d/D may be itself or đ/Đ. "dd" → dd, dđ, đd, đđ. */
export function wordVariants(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const options = ch === 'd' ? ['d', 'đ'] : ch === 'D' ? ['D', 'Đ'] : [ch];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
    if (out.length > MAX_VARIANTS) return [word];
  }
  return out;
}

/**
 * Query spellings to run, the one typed first. Quoted phrases are kept
 * as phrases; words already holding đ stay as typed.
 */
export function queryVariants(query: string): string[] {
  const q = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const parts = q.match(/"[^"]*"|\S+/g) ?? [];
  let variants = [''];
  for (const part of parts) {
    const options = /[dD]/.test(part) ? wordVariants(part) : [part];
    const next = variants.flatMap((v) => options.map((o) => (v ? `${v} ${o}` : o)));
    if (next.length > MAX_VARIANTS) {
      variants = variants.map((v) => (v ? `${v} ${part}` : part));
    } else {
      variants = next;
    }
  }
  return [q, ...variants.filter((v) => v !== q)];
}

export interface Scored {
  id: string;
  score: number;
}

/** Merges result lists of several spellings: each page once, at its best score, best first. */
export function mergeResults<T extends Scored>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists)
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Phrase versions of the spellings of a multi-word query: a page holding the
 * words side by side ("điện thoại") should outrank one holding them apart
 * ("đại diện … thoại"), which Pagefind's word scores alone do not ensure.
 */
export function phraseVariants(query: string): string[] {
  if (query.includes('"')) return [];
  return queryVariants(query)
    .filter((v) => v.includes(' '))
    .map((v) => `"${v}"`);
}

/** How much a phrase match counts over a loose one. */
export const PHRASE_BOOST = 4;
