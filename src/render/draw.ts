import satori, { init } from 'satori/standalone';
import { FONT_STACK, missingGlyphs, satoriFonts, type Weight } from './fonts';
import { fitText, type FitBox, type FittedText } from './fit-text';
import type { RenderNode } from './element';
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
 * The one render pipeline: a satori node tree → SVG with text as outlines.
 * Posters, slides, storyboards and social cards all come through here.
 */
export async function renderSvg(node: RenderNode, size: Size): Promise<string> {
  const root = { ...node, props: { ...node.props, style: { fontFamily: FONT_STACK, ...(node.props.style ?? {}) } } };
  await engineReady();
  // satori's types want a React element; our nodes have the same shape.
  return satori(root as unknown as Parameters<typeof satori>[0], { ...size, fonts: satoriFonts() as never });
}

/** Where a piece of copy comes from, for error messages. */
export interface CopySource {
  file: string;
  field: string;
  /** e.g. "biện pháp 3". */
  label: string;
}

/** Stops the build when copy holds a letter no font can draw: a poster never ships with a hole in a word. */
export function assertDrawable(text: string, source: CopySource, weight: Weight = 400): void {
  const missing = missingGlyphs(text, weight);
  if (missing.length) {
    const list = missing
      .map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    throw new LoaContentError(
      source.file,
      source.field,
      `${source.label}: phông Be Vietnam Pro không có ký tự ${list}`,
      'thay ký tự đó bằng chữ tiếng Việt chuẩn (NFC) hoặc bỏ đi',
    );
  }
}

/** Fits copy into a box or stops the build naming where the copy lives: text is never clipped or overflows. */
export function fitOrFail(text: string, box: FitBox, source: CopySource): FittedText {
  assertDrawable(text, source, box.weight);
  const fitted = fitText(text, box);
  if (!fitted) {
    throw new LoaContentError(
      source.file,
      source.field,
      `${source.label}: chữ quá dài, không vừa ${box.maxLines} dòng kể cả ở cỡ chữ nhỏ nhất ${box.minSize}px`,
      'rút gọn câu chữ',
    );
  }
  return fitted;
}
