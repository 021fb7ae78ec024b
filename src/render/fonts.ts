import * as fontkit from 'fontkit';
import { baseFace, extraFaces, faceOrder, type DrawnFace } from '../i18n/scripts';

/**
 * The one font registry for every generated image, in the build and in the
 * browser alike: it holds font bytes, and whoever runs the renderer hands them
 * over (fonts-node.ts reads them from disk; the customiser fetches them).
 * Which face draws which script is the table in src/i18n/scripts.ts; this file
 * reads it. The base face (Be Vietnam Pro) ships as unicode-range subsets;
 * satori uses only the first file registered under a family name, silently
 * dropping letters such as ộ, ặ, ư. So each subset is its own family and the
 * stack lists them all, Vietnamese first.
 */
const BASE = baseFace();
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
  subset: string;
  weight: Weight;
  /** The file's name in its Fontsource package's files/ folder. */
  fileName: string;
}

export const FONT_PACKAGE = BASE.package;

/** Every file the registry wants, in stack order. */
export const FONT_FILES: FontFile[] = BASE.subsets.flatMap((subset) =>
  WEIGHTS.map((weight) => ({ subset, weight, fileName: `${BASE.prefix}-${subset}-${weight}-normal.woff` })),
);

/** A subset's own family name: "BVP-latin", "SC-117". */
const familyName = (face: DrawnFace, subset: string) => `${face.id.toUpperCase()}-${subset}`;
/** The CSS font-family value every renderer uses. */
export const FONT_STACK = BASE.subsets.map((s) => familyName(BASE, s)).join(', ');

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
    if (!loader) throw new Error('fonts: no font bytes registered (import render/node-assets in Node)');
    registerFonts(loader());
  }
  return loaded!;
}

// --- Other scripts: CJK (Noto Sans SC, JP, KR), and any face the table adds --
/**
 * Be Vietnam Pro has no CJK glyphs. Fontsource ships each Noto Sans CJK face
 * as about a hundred unicode-range subsets; handing satori all of them (300+
 * files a weight) would make every drawing slow, so a text loads only the
 * subsets that hold its characters. Like Be Vietnam Pro's, each subset is its
 * own family. The faces are the table's (src/i18n/scripts.ts); their bytes
 * come from whoever runs the renderer (fonts-node.ts in the build); without
 * them such letters are simply missing and assertDrawable stops, so
 * Vietnamese-only use (the customiser) needs nothing more.
 */
export const CJK_FONTS: Record<string, DrawnFace> = Object.fromEntries(extraFaces().map((f) => [f.id, f]));
/** A face's id in the table: "sc", "jp", "kr". */
export type CjkFace = string;

/** A face's subsets as its package's unicode.json lists them: name ("[12]", "latin") → "U+4e00-4e3f,U+…". */
export type UnicodeIndex = Record<string, string>;

export interface CjkSource {
  index: Record<CjkFace, UnicodeIndex>;
  /** The bytes of one file of a face's package, e.g. noto-sans-sc-117-400-normal.woff. */
  read: (face: CjkFace, fileName: string) => Uint8Array;
}

interface CjkSubset {
  face: CjkFace;
  subset: string;
  ranges: Array<[number, number]>;
}

let cjk: { source: CjkSource; subsets: CjkSubset[]; faces: Map<string, DrawnFace> } | undefined;
const cjkLoaded = new Map<string, LoadedCjk>();
const cjkHits = new Map<string, LoadedCjk | null>();

interface LoadedCjk {
  family: string;
  face: CjkFace;
  weight: Weight;
  data: Uint8Array;
  font: fontkit.Font;
}

function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

/** Hands the registry the CJK faces' subset index and a way to read their files. */
export function registerCjkFonts(source: CjkSource, faces: DrawnFace[] = extraFaces()): void {
  const subsets = faces.flatMap(({ id: face }) =>
    Object.entries(source.index[face]).map(([subset, list]) => ({ face, subset, ranges: parseRanges(list) })),
  );
  cjk = { source, subsets, faces: new Map(faces.map((f) => [f.id, f])) };
  cjkLoaded.clear();
  cjkHits.clear();
  widthCache.clear();
}

/** Whether the CJK faces are available (in the build; not in a Vietnamese-only browser tool). */
export function hasCjkFonts(): boolean {
  return !!cjk;
}

/**
 * Which face a language prefers for the characters the faces share (Han):
 * the same code point is drawn differently in China, Japan and Korea.
 */
export function cjkOrder(lang?: string): CjkFace[] {
  return faceOrder(lang);
}

const subsetName = (s: string) => s.replace(/^\[(\d+)\]$/, '$1');

function loadCjk(s: CjkSubset, weight: Weight): LoadedCjk {
  const face = cjk!.faces.get(s.face)!;
  const family = familyName(face, subsetName(s.subset));
  const id = `${family}:${weight}`;
  let hit = cjkLoaded.get(id);
  if (!hit) {
    const data = cjk!.source.read(s.face, `${face.prefix}-${subsetName(s.subset)}-${weight}-normal.woff`);
    hit = { family, face: s.face, weight, data, font: fontkit.create(data as Buffer) as fontkit.Font };
    cjkLoaded.set(id, hit);
  }
  return hit;
}

/** Some subset files carry no usable cmap for a range they list; fontkit then throws instead of answering no. */
function drawsCodePoint(font: fontkit.Font, cp: number): boolean {
  try {
    return font.hasGlyphForCodePoint(cp);
  } catch {
    return false;
  }
}

/** The CJK subset file that draws a code point, in the language's order of faces. */
function cjkFor(cp: number, weight: Weight, lang?: string): LoadedCjk | undefined {
  if (!cjk) return undefined;
  const order = cjkOrder(lang);
  const key = `${weight}:${order[0]}:${cp}`;
  if (cjkHits.has(key)) return cjkHits.get(key) ?? undefined;
  let hit: LoadedCjk | null = null;
  search: for (const face of order) {
    for (const s of cjk.subsets) {
      if (s.face !== face || !s.ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
      const f = loadCjk(s, weight);
      if (drawsCodePoint(f.font, cp)) {
        hit = f;
        break search;
      }
    }
  }
  cjkHits.set(key, hit);
  return hit ?? undefined;
}

/** The first file that draws this character at this weight, as satori will pick it from the stack. */
function fontFor(char: string, weight: Weight, lang?: string): fontkit.Font | undefined {
  const cp = char.codePointAt(0)!;
  return (
    load().find((f) => f.weight === weight && f.font.hasGlyphForCodePoint(cp))?.font ?? cjkFor(cp, weight, lang)?.font
  );
}

/** A piece of text the renderer will draw, with what picks its fonts. */
export interface TextRun {
  text: string;
  weight: Weight;
  lang?: string;
}

/** The CJK subset files a text needs, in the order its language prefers them. */
export function cjkSubsetsFor(run: TextRun): LoadedCjk[] {
  const out: LoadedCjk[] = [];
  for (const ch of run.text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch) || load().some((f) => f.weight === run.weight && f.font.hasGlyphForCodePoint(cp))) continue;
    const f = cjkFor(cp, run.weight, run.lang);
    if (f && !out.includes(f)) out.push(f);
  }
  const order = cjkOrder(run.lang);
  return out.sort((a, b) => order.indexOf(a.face) - order.indexOf(b.face));
}

/** The font-family value for one text: Be Vietnam Pro first, then the CJK subsets it needs. */
export function fontStackFor(run: TextRun): string {
  const extra = cjkSubsetsFor(run).map((f) => f.family);
  return [FONT_STACK, ...new Set(extra)].join(', ');
}

/** The fonts satori gets: every Be Vietnam Pro file, and only the CJK subsets these texts need. */
export function satoriFonts(runs: TextRun[] = []): SatoriFont[] {
  const base = load().map((f) => ({
    name: familyName(BASE, f.subset),
    data: f.data,
    weight: f.weight,
    style: 'normal' as const,
  }));
  const extra = new Map<string, SatoriFont>();
  for (const run of runs)
    for (const f of cjkSubsetsFor(run))
      extra.set(`${f.family}:${f.weight}`, { name: f.family, data: f.data, weight: f.weight, style: 'normal' });
  return [...base, ...[...extra.values()].sort((a, b) => a.name.localeCompare(b.name) || a.weight - b.weight)];
}

/** Characters of `text` that no registered font can draw (white space excepted). */
export function missingGlyphs(text: string, weight: Weight = 400, lang?: string): string[] {
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    if (/\s/.test(ch)) continue;
    if (!fontFor(ch, weight, lang)) missing.add(ch);
  }
  return [...missing];
}

const widthCache = new Map<string, number>();

/** Advance width of `text` in ems, the way satori will lay it out (per-character font fallback, no kerning). */
export function textWidthEm(text: string, weight: Weight, lang?: string): number {
  let em = 0;
  const order = cjkOrder(lang)[0];
  for (const ch of text.normalize('NFC')) {
    const key = `${weight}:${order}:${ch}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      const font = fontFor(ch, weight, lang) ?? fontFor('M', weight)!;
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      w = glyph.advanceWidth / font.unitsPerEm;
      widthCache.set(key, w);
    }
    em += w;
  }
  return em;
}
