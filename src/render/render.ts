import satori from 'satori';
import sharp from 'sharp';
import { FONT_STACK, missingGlyphs, satoriFonts, type Weight } from './fonts';
import { fitText, type FitBox, type FittedText } from './fit-text';
import type { RenderNode } from './element';
import { LoaContentError } from '../core/errors';

export interface Size {
  width: number;
  height: number;
}

/**
 * The one render pipeline: a satori node tree → SVG with text as outlines.
 * Posters, slides, storyboards and social cards all come through here.
 */
export async function renderSvg(node: RenderNode, size: Size): Promise<string> {
  const root = { ...node, props: { ...node.props, style: { fontFamily: FONT_STACK, ...(node.props.style ?? {}) } } };
  // satori's types want a React element; our nodes have the same shape.
  return satori(root as unknown as Parameters<typeof satori>[0], { ...size, fonts: satoriFonts() });
}

function svgWidth(svg: string): number {
  const m = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('render: SVG has no width');
  return Number(m[1]);
}

/**
 * Rasterises an SVG natively at `width` px (or its own size). sharp draws SVG
 * at 72 dpi unless told otherwise; resizing afterwards would blur, so the
 * density is set to land exactly on the wanted width.
 */
function raster(svg: string, width?: number) {
  const density = width ? (72 * width) / svgWidth(svg) : 72;
  return sharp(Buffer.from(svg), { density, limitInputPixels: false });
}

export interface PngOptions {
  width?: number;
  /** Exact height, when rounding the width's scale would land a pixel short. */
  height?: number;
  /** Dots per inch written into the file, for print shops' software. */
  dpi?: number;
}

export async function svgToPng(svg: string, options: PngOptions | number = {}): Promise<Buffer> {
  const o = typeof options === 'number' ? { width: options } : options;
  let img = raster(svg, o.width);
  if (o.width && o.height) img = img.resize({ width: o.width, height: o.height, fit: 'fill' });
  if (o.dpi) img = img.withMetadata({ density: o.dpi });
  // Level 3: print-size PNGs encode several times faster for a few per cent more bytes.
  return img.png({ compressionLevel: 3 }).toBuffer();
}

export async function svgToWebp(svg: string, width: number): Promise<Buffer> {
  return raster(svg, width).webp({ quality: 82 }).toBuffer();
}

export async function svgToJpeg(svg: string, width?: number): Promise<Buffer> {
  return raster(svg, width).flatten({ background: '#ffffff' }).jpeg({ quality: 86 }).toBuffer();
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
