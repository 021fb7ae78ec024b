/**
 * The one table of writing systems: which script a language is written in, how its letters are told apart, how
 * its lines break, and which fonts draw it — the reader's own fonts on web pages and the Wi-Fi notice, a
 * Fontsource face in drawn images. Every place that needs to know reads this table (src/render/fonts.ts and
 * fonts-node.ts for images, src/render/fit-text.ts for line breaks, src/channels/visitors/portal.ts and the
 * page layout's stylesheet for HTML), so a new script — Thai, Khmer — is one row here and, for images, its
 * Fontsource package.
 */
export interface DrawnFace {
  /** Short id; the subset families handed to satori are `${ID}-${subset}`: "SC-117", "BVP-latin". */
  id: string;
  /** The human name, for error messages. */
  name: string;
  /** The Fontsource package holding its files (and unicode.json, its subsets' code points). */
  package: string;
  /** Its files' prefix in the package's files/ folder: "noto-sans-sc" → noto-sans-sc-117-400-normal.woff. */
  prefix: string;
  /**
   * The subsets always handed to the renderer, in this order; only the base face (the first row's) has them.
   * Other faces load only the subsets a text needs, found through their package's unicode.json.
   */
  subsets?: readonly string[];
}

export interface ScriptRow {
  /** ISO 15924 code, as a BCP 47 script subtag spells it: "Latn", "Hans", "Kore". */
  script: string;
  /** Languages written in this script when their tag names no script (BCP 47 prefixes): "ko" → Kore. */
  langs: readonly string[];
  /** Its letters, as Unicode Script_Extensions values ("Han", "Hangul"): what tells text in it apart. */
  letters: readonly string[];
  /** Punctuation of its own, as a regular-expression character range ("\u3000-\u303f"). */
  punctuation?: string;
  /**
   * How its lines break, besides at spaces: 'no-spaces' — written without spaces, a line may break between any
   * two letters and the platform's word segmenter keeps words whole where it can (Han, kana); 'keep-all' —
   * words are kept whole on pages (CSS word-break: keep-all) and split between syllables in an image only when
   * one is longer than a line (Hangul).
   */
  lines?: 'no-spaces' | 'keep-all';
  /** The reader's own fonts for it, best first, after `system-ui`: pages and the Wi-Fi notice load no font. */
  system: readonly string[];
  /** The face that draws it in images; without one it is drawn by the faces of the rows that share its letters. */
  drawn?: DrawnFace;
}

/**
 * The first row is the site's own: Vietnamese and every language in Latin letters, drawn in Be Vietnam Pro
 * (which also holds the digits and punctuation every text uses) and shown in the site's stylesheet font.
 * For a Han character in an image, the language's own face draws it first, then the others in this table's
 * order: the same code point is drawn differently in China, Japan and Korea.
 */
export const SCRIPTS: readonly ScriptRow[] = [
  {
    script: 'Latn',
    langs: ['vi', 'en'],
    letters: ['Latin'],
    system: ['-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'sans-serif'],
    drawn: {
      id: 'bvp',
      name: 'Be Vietnam Pro',
      package: '@fontsource/be-vietnam-pro',
      prefix: 'be-vietnam-pro',
      // satori uses only the first file of a family, so each subset is its own family: Vietnamese first.
      subsets: ['vietnamese', 'latin', 'latin-ext'],
    },
  },
  {
    script: 'Hans',
    langs: ['zh'],
    letters: ['Han'],
    punctuation: '\u3000-\u303f\uff00-\uffef',
    lines: 'no-spaces',
    system: ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'sans-serif'],
    drawn: { id: 'sc', name: 'Noto Sans SC', package: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc' },
  },
  {
    script: 'Hant',
    langs: ['zh-TW', 'zh-HK', 'zh-MO'],
    letters: ['Han'],
    punctuation: '\u3000-\u303f\uff00-\uffef',
    lines: 'no-spaces',
    system: ['PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Noto Sans TC', 'sans-serif'],
  },
  {
    script: 'Jpan',
    langs: ['ja'],
    letters: ['Hiragana', 'Katakana'],
    punctuation: '\u3000-\u303f\uff00-\uffef',
    lines: 'no-spaces',
    system: ['Hiragino Sans', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP', 'Noto Sans JP', 'sans-serif'],
    drawn: { id: 'jp', name: 'Noto Sans JP', package: '@fontsource/noto-sans-jp', prefix: 'noto-sans-jp' },
  },
  {
    script: 'Kore',
    langs: ['ko'],
    letters: ['Hangul'],
    lines: 'keep-all',
    system: ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', 'sans-serif'],
    drawn: { id: 'kr', name: 'Noto Sans KR', package: '@fontsource/noto-sans-kr', prefix: 'noto-sans-kr' },
  },
];

const matches = (lang: string, prefix: string) => {
  const l = lang.toLowerCase();
  const p = prefix.toLowerCase();
  return l === p || l.startsWith(`${p}-`);
};

/**
 * The row of a BCP 47 language tag: its script subtag if it has one ("zh-Hant-TW" → Hant), else the row whose
 * languages it belongs to, the longest prefix winning ("zh-TW" → Hant, "zh" → Hans), else the first row.
 */
export function scriptOf(lang: string | undefined, table: readonly ScriptRow[] = SCRIPTS): ScriptRow {
  const subtags = (lang ?? '').split('-');
  const subtag = subtags.slice(1).find((s) => /^[a-z]{4}$/i.test(s));
  const byTag = subtag && table.find((r) => r.script.toLowerCase() === subtag.toLowerCase());
  if (byTag) return byTag;
  const byLang = table
    .flatMap((row) => row.langs.filter((p) => lang && matches(lang, p)).map((p) => ({ row, p })))
    .sort((a, b) => b.p.length - a.p.length)[0];
  return byLang?.row ?? table[0];
}

/** The rows of the scripts in which a character is written (by its Unicode Script_Extensions). */
export function scriptsOfChar(ch: string, table: readonly ScriptRow[] = SCRIPTS): ScriptRow[] {
  return table.filter((r) => r.letters.some((s) => new RegExp(`\\p{scx=${s}}`, 'u').test(ch)));
}

/** A regular expression matching one letter (or punctuation mark) of the rows whose lines break this way. */
export function lettersBreaking(lines: ScriptRow['lines'], table: readonly ScriptRow[] = SCRIPTS): RegExp {
  const rows = table.filter((r) => r.lines === lines);
  const parts = [...new Set(rows.flatMap((r) => [...r.letters.map((s) => `\\p{scx=${s}}`), r.punctuation ?? '']))];
  return new RegExp(`[${parts.join('') || '\\u{10FFFF}'}]`, 'u');
}

/** The base face of images (the first row's): always handed to the renderer, in its subsets' order. */
export function baseFace(table: readonly ScriptRow[] = SCRIPTS): DrawnFace & { subsets: readonly string[] } {
  const face = table[0].drawn;
  if (!face?.subsets) throw new Error('scripts: the first row must name the base face and its subsets');
  return face as DrawnFace & { subsets: readonly string[] };
}

/** The faces loaded by the subset a text needs (every drawn face but the base one), in the table's order. */
export function extraFaces(table: readonly ScriptRow[] = SCRIPTS): DrawnFace[] {
  return [...new Map(table.slice(1).flatMap((r) => (r.drawn ? [[r.drawn.id, r.drawn] as const] : []))).values()];
}

/** The order in which the extra faces draw a character they share (Han): the language's own face first. */
export function faceOrder(lang: string | undefined, table: readonly ScriptRow[] = SCRIPTS): string[] {
  const ids = extraFaces(table).map((f) => f.id);
  const own = scriptOf(lang, table).drawn?.id;
  return own && ids.includes(own) ? [own, ...ids.filter((id) => id !== own)] : ids;
}

/** A CSS font-family value from a list of names: names with spaces quoted, generic names as they are. */
export function fontFamily(names: readonly string[], separator = ','): string {
  return names.map((n) => (/\s/.test(n) ? `'${n}'` : n)).join(separator);
}

/** The font-family of a language's text in HTML: `system-ui`, then its script's system fonts. */
export function systemFonts(lang: string, separator = ',', table: readonly ScriptRow[] = SCRIPTS): string {
  return fontFamily(['system-ui', ...scriptOf(lang, table).system], separator);
}
