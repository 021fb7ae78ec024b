import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The one font registry for every generated image. Be Vietnam Pro ships as
 * unicode-range subsets; satori uses only the first file registered under a
 * family name, silently dropping letters such as ộ, ặ, ư. So each subset is
 * its own family and the stack lists them all, Vietnamese first.
 */
export const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
export const WEIGHTS = [400, 700, 800] as const;
export type Weight = (typeof WEIGHTS)[number];

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');

export const familyName = (subset: (typeof SUBSETS)[number]) => `BVP-${subset}`;
/** The CSS font-family value every renderer uses. */
export const FONT_STACK = SUBSETS.map((s) => familyName(s)).join(', ');

interface LoadedFont {
  subset: (typeof SUBSETS)[number];
  weight: Weight;
  data: Buffer;
  font: fontkit.Font;
}

let loaded: LoadedFont[] | undefined;

function load(): LoadedFont[] {
  loaded ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => {
      // satori reads TTF, OTF and WOFF, not WOFF2.
      const data = readFileSync(join(fontDir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      return { subset, weight, data, font: fontkit.create(data) as fontkit.Font };
    }),
  );
  return loaded;
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
