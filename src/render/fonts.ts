import * as fontkit from 'fontkit';

/**
 * The one font registry for every generated image, in the build and in the
 * browser alike: it holds font bytes, and whoever runs the renderer hands them
 * over (fonts-node.ts reads them from disk; the customiser fetches them).
 * Be Vietnam Pro ships as unicode-range subsets; satori uses only the first
 * file registered under a family name, silently dropping letters such as ộ,
 * ặ, ư. So each subset is its own family and the stack lists them all,
 * Vietnamese first.
 */
export const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
export type Subset = (typeof SUBSETS)[number];
export const WEIGHTS = [400, 700, 800] as const;
export type Weight = (typeof WEIGHTS)[number];

export interface SatoriFont {
  name: string;
  data: Uint8Array;
  weight: Weight;
  style: 'normal';
}

/** One font file the renderer needs. satori reads TTF, OTF and WOFF, not WOFF2. */
export interface FontFile {
  subset: Subset;
  weight: Weight;
  /** The file's name in its Fontsource package's files/ folder. */
  fileName: string;
}

export const FONT_PACKAGE = '@fontsource/be-vietnam-pro';

/** Every file the registry wants, in stack order. */
export const FONT_FILES: FontFile[] = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => ({ subset, weight, fileName: `be-vietnam-pro-${subset}-${weight}-normal.woff` })),
);

export const familyName = (subset: Subset) => `BVP-${subset}`;
/** The CSS font-family value every renderer uses. */
export const FONT_STACK = SUBSETS.map((s) => familyName(s)).join(', ');

interface LoadedFont extends FontFile {
  data: Uint8Array;
  font: fontkit.Font;
}

let loaded: LoadedFont[] | undefined;
let loader: (() => Array<FontFile & { data: Uint8Array }>) | undefined;

/** Hands the registry its font bytes, one entry per FONT_FILES item. */
export function registerFonts(files: Array<FontFile & { data: Uint8Array }>): void {
  const missing = FONT_FILES.filter((f) => !files.some((g) => g.fileName === f.fileName));
  if (missing.length) throw new Error(`fonts: not given ${missing.map((f) => f.fileName).join(', ')}`);
  loaded = FONT_FILES.map((f) => {
    const data = files.find((g) => g.fileName === f.fileName)!.data;
    return { ...f, data, font: fontkit.create(data as Buffer) as fontkit.Font };
  });
}

/** Where the bytes come from when nobody registered them yet (the build reads them from disk). */
export function setFontLoader(load: () => Array<FontFile & { data: Uint8Array }>): void {
  loader = load;
}

function load(): LoadedFont[] {
  if (!loaded) {
    if (!loader) throw new Error('fonts: no font bytes registered (import render/fonts-node in Node)');
    registerFonts(loader());
  }
  return loaded!;
}

export function satoriFonts(): SatoriFont[] {
  return load().map((f) => ({ name: familyName(f.subset), data: f.data, weight: f.weight, style: 'normal' as const }));
}

/** The first subset file (in stack order) that draws this character at this weight, as satori would pick it. */
function fontFor(char: string, weight: Weight): fontkit.Font | undefined {
  const cp = char.codePointAt(0)!;
  return load().find((f) => f.weight === weight && f.font.hasGlyphForCodePoint(cp))?.font;
}

/** Characters of `text` that no registered font can draw (white space excepted). */
export function missingGlyphs(text: string, weight: Weight = 400): string[] {
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    if (/\s/.test(ch)) continue;
    if (!fontFor(ch, weight)) missing.add(ch);
  }
  return [...missing];
}

const widthCache = new Map<string, number>();

/** Advance width of `text` in ems, the way satori will lay it out (per-character font fallback, no kerning). */
export function textWidthEm(text: string, weight: Weight): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    const key = `${weight}:${ch}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      const font = fontFor(ch, weight) ?? fontFor('M', weight)!;
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      w = glyph.advanceWidth / font.unitsPerEm;
      widthCache.set(key, w);
    }
    em += w;
  }
  return em;
}
