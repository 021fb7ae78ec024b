import sharp from 'sharp';
import './node-assets';

/** The Node half of the renderer: SVG → PNG, WebP, JPEG with sharp. */

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
