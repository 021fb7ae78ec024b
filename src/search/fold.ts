/**
 * Pagefind folds a word to its letters without combining marks ("đặt" is
 * found by "dặt", "dat"), but đ is a letter of its own, not d plus a mark, so
 * "dat" never reached "đặt". The index and the queries therefore spell đ as d
 * followed by a combining mark: Pagefind strips it when folding, so "dat"
 * finds the word, and keeps it in the word's exact form, so Pagefind's own
 * exact-spelling boost and `exactDiacritics` still tell "đặt" from "dặt".
 *
 * The mark is U+0369 COMBINING LATIN SMALL LETTER D. It has to be a mark
 * that Pagefind's indexer counts as part of a word (Unicode Alphabetic):
 * U+0335 (short stroke overlay), the obvious choice, is not, so the indexer
 * drops it and "đoàn" would be stored as "doàn", its exact form lost.
 * U+0369 is Alphabetic, has no case forms and composes with nothing, so
 * lowercasing and NFC leave it alone on both sides.
 */
const STROKE = '\u0369';

/** đ/Đ → d/D + STROKE. */
export function foldText(text: string): string {
  return text.replaceAll('đ', `d${STROKE}`).replaceAll('Đ', `D${STROKE}`);
}

/** Back to đ/Đ, for whatever the index hands the reader: titles, excerpts, meta. */
export function unfoldText(text: string): string {
  return text.replaceAll(`d${STROKE}`, 'đ').replaceAll(`D${STROKE}`, 'Đ');
}

/** A query as the index spells it: composed (NFC) so a typed đ is one letter, then folded. */
export function foldQuery(query: string): string {
  return foldText(query.normalize('NFC'));
}

/**
 * Folds the text of an HTML page (composed to NFC, as queries are), never its tags, attributes, comments,
 * scripts or styles, and never the text of a `data-pagefind-filter` element:
 * filter values are not searched, and the reader picks them by name.
 */
export function foldHtml(html: string): string {
  const lower = html.toLowerCase();
  // Pieces joined once at the end: `out +=` over a 6 MB page of 100,000 tags (1,000 directives × 50 measures)
  // was seen to stall for over ten minutes once V8 had optimised the loop on smaller pages; joined, it takes 1 s.
  const out: string[] = [];
  let i = 0;
  // Inside a filter element: its tag name and how deep same-named tags nest in it.
  let keep: { tag: string; depth: number } | null = null;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    const text = html.slice(i, textEnd);
    out.push(keep ? text : foldText(text.replace(LETTER_REF, letterOf).normalize('NFC')));
    if (lt === -1) break;
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    out.push(tag);
    i = end;
    const name = /^<\/?([A-Za-z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (!name) continue;
    const closing = tag.startsWith('</');
    // Pagefind joins the text of neighbouring elements as it finds it: "Số ký hiệu</dt><dd>2723" read
    // "Số ký hiệu2723" in excerpts. A space after a block ends keeps words apart, as the page shows them.
    if (closing && !keep && BLOCKS.has(name)) out.push(' ');
    if (!closing && (name === 'script' || name === 'style')) {
      const close = lower.indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      out.push(html.slice(i, stop));
      i = stop;
    } else if (keep) {
      if (name === keep.tag) keep.depth += closing ? -1 : tag.endsWith('/>') ? 0 : 1;
      if (keep.depth === 0) keep = null;
    } else if (!closing && /\sdata-pagefind-filter(?=[\s=/>])/i.test(tag) && !tag.endsWith('/>')) {
      keep = { tag: name, depth: 1 };
    }
  }
  return out.join('');
}

/** Elements the page shows on lines of their own. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'div', 'figcaption']);

/** Character references to đ or Đ, which the page may spell instead of the letter. */
const LETTER_REF = /&#(?:27[23]|[xX]11[01]);|&[dD]strok;/g;
const letterOf = (ref: string) => (/^&(?:#272|#[xX]110|Dstrok);$/.test(ref) ? 'Đ' : 'đ');

/** Where the markup starting at `lt` ends: after `-->` for a comment, else the `>` outside quotes. */
function tagEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) return lt + 1;
  let quote = '';
  for (let j = lt + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}
