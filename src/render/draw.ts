import satori, { init } from 'satori/standalone';
import { FONT_STACK, fontStackFor, hasCjkFonts, missingGlyphs, satoriFonts, type TextRun, type Weight } from './fonts';
import { baseFace, extraFaces } from '../i18n/scripts';
import { fitText, type FitBox, type FittedText } from './fit-text';
import type { Child, RenderNode } from './element';
import { LoaContentError } from '../core/errors';

/**
 * The drawing half of the renderer: layout → SVG with text as outlines. It
 * imports nothing from Node, so the customiser runs the same code in the
 * browser; rasterising lives in raster.ts.
 */

export interface Size {
  width: number;
  height: number;
}

type LayoutEngine = () => Promise<ArrayBuffer | Uint8Array>;
let engine: LayoutEngine | undefined;
let ready: Promise<void> | undefined;

/**
 * Where satori's layout engine (its layout.wasm) comes from: read from disk in
 * Node (node-assets.ts), fetched by the customiser in a browser. One engine
 * file for both, so both lay text out to the same point.
 */
export function setLayoutEngine(load: LayoutEngine): void {
  engine = load;
}

function engineReady(): Promise<void> {
  if (!engine) throw new Error('render: no layout engine given (import render/node-assets in Node)');
  ready ??= engine().then((wasm) => init(wasm));
  return ready;
}

/**
 * Gives every node holding CJK text the font stack its characters and its
 * language need (its own or its ancestors' `lang`), and collects the runs so
 * satori is handed only those CJK subset files. Text without CJK keeps the
 * inherited Be Vietnam Pro stack, untouched.
 */
function withCjkStacks(node: RenderNode, runs: TextRun[], weight: Weight, lang?: string): RenderNode {
  const style = node.props.style ?? {};
  const w = (Number(style.fontWeight) || weight) as Weight;
  const l = typeof node.props.lang === 'string' ? node.props.lang : lang;
  const kids = node.props.children;
  const list: Child[] = Array.isArray(kids) ? kids : [kids];
  const texts = list.filter((c): c is string | number => typeof c === 'string' || typeof c === 'number').join('');
  const children = list.map((c) => (c && typeof c === 'object' ? withCjkStacks(c, runs, w, l) : c));
  const props = { ...node.props, children: Array.isArray(kids) ? children : children[0] };
  if (texts) {
    const run = { text: texts, weight: w, lang: l };
    runs.push(run);
    const stack = fontStackFor(run);
    if (stack !== FONT_STACK) props.style = { ...style, fontFamily: stack };
  }
  return { ...node, props };
}

/**
 * The one render pipeline: a satori node tree → SVG with text as outlines.
 * Posters, slides, storyboards and social cards all come through here.
 */
export async function renderSvg(node: RenderNode, size: Size): Promise<string> {
  const runs: TextRun[] = [];
  const tree = hasCjkFonts() ? withCjkStacks(node, runs, 400) : node;
  const root = { ...tree, props: { ...tree.props, style: { fontFamily: FONT_STACK, ...(tree.props.style ?? {}) } } };
  await engineReady();
  // satori's types want a React element; our nodes have the same shape.
  return satori(root as unknown as Parameters<typeof satori>[0], { ...size, fonts: satoriFonts(runs) as never });
}

/** Where a piece of copy comes from, for error messages. */
export interface CopySource {
  file: string;
  field: string;
  /** e.g. "biện pháp 3". */
  label: string;
}

/** Stops the build when copy holds a letter no font can draw: a poster never ships with a hole in a word. */
export function assertDrawable(text: string, source: CopySource, weight: Weight = 400, lang?: string): void {
  const missing = missingGlyphs(text, weight, lang);
  if (missing.length) {
    const list = missing
      .map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    throw new LoaContentError(
      source.file,
      source.field,
      `${source.label}: phông ${baseFace().name} không có ký tự ${list}` +
        (hasCjkFonts()
          ? `, các phông ${extraFaces()
              .map((f) => f.name)
              .join(', ')} cũng không`
          : ''),
      'thay ký tự đó bằng chữ chuẩn (NFC) mà các phông có, hoặc bỏ đi',
    );
  }
}

/** Fits copy into a box or stops the build naming where the copy lives: text is never clipped or overflows. */
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A type size as its reader knows it: points for print, whole pixels for a screen. */
function sizeText(box: FitBox): string {
  if (box.unitsPerMm) return `${oneDecimal.format(((box.minSize / box.unitsPerMm) * 72) / 25.4)} pt`;
  return `${Math.round(box.minSize)} px`;
}

export function fitOrFail(text: string, box: FitBox, source: CopySource): FittedText {
  assertDrawable(text, source, box.weight, box.lang);
  const fitted = fitText(text, box);
  if (!fitted) {
    throw new LoaContentError(
      source.file,
      source.field,
      `${source.label}: chữ quá dài, không vừa ${box.maxLines} dòng kể cả ở cỡ chữ nhỏ nhất ${sizeText(box)}`,
      'rút gọn câu chữ',
    );
  }
  return fitted;
}
