import sharp from 'sharp';
import './node-assets';

/** The Node half of the renderer: SVG → PNG, WebP, JPEG with sharp. */

function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  if (!width || !height) throw new Error('render: SVG has no width or height');
  return { width, height };
}

/**
 * Rasterises an SVG natively at `width` px (or its own size). sharp draws SVG
 * at 72 dpi unless told otherwise; resizing afterwards would blur, so the
 * density is set to land exactly on the wanted width.
 */
function raster(svg: string, width?: number) {
  const density = width ? (72 * width) / svgSize(svg).width : 72;
  return sharp(Buffer.from(svg), { density, limitInputPixels: false });
}

/** Width and height from a PNG's header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
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
  if (o.width && o.height) {
    // The exact print size is a pixel off the drawing's own proportions at most (rounding millimetres to
    // pixels). Resampling the whole sheet for that pixel blurred every edge, doubled the time and grew the
    // file by 40 %; the last row of bleed is cut or repeated instead.
    const own = svgSize(svg);
    const drawn = Math.round((own.height * o.width) / own.width);
    const off = o.height - drawn;
    if (Math.abs(off) > 2) {
      const asked = `${o.width}×${o.height} px`;
      throw new Error(`render: a ${own.width}×${own.height} drawing cannot fill ${asked} unstretched`);
    }
    if (off < 0) img = img.extract({ left: 0, top: 0, width: o.width, height: o.height });
    if (off > 0) img = img.extend({ bottom: off, extendWith: 'copy' });
  }
  if (o.dpi) img = img.withMetadata({ density: o.dpi });
  // Level 3: print-size PNGs encode several times faster for a few per cent more bytes.
  const png = await img.png({ compressionLevel: 3 }).toBuffer();
  const got = pngSize(png);
  if ((o.width && got.width !== o.width) || (o.height && got.height !== o.height)) {
    const asked = `${o.width}×${o.height ?? got.height}`;
    throw new Error(`render: drew ${got.width}×${got.height} px, not the ${asked} asked for`);
  }
  return png;
}

export async function svgToWebp(svg: string, width: number): Promise<Buffer> {
  return raster(svg, width).webp({ quality: 82 }).toBuffer();
}

export async function svgToJpeg(svg: string, width?: number): Promise<Buffer> {
  return raster(svg, width).flatten({ background: '#ffffff' }).jpeg({ quality: 86 }).toBuffer();
}

/** A PNG with other images laid on it at their places, each resized to its box: a video frame from drawn parts. */
export async function composePng(
  base: Uint8Array,
  layers: Array<{ path: string; left: number; top: number; width: number; height: number }>,
): Promise<Buffer> {
  const inputs = await Promise.all(
    layers.map(async (l) => ({
      input: await sharp(l.path).resize(l.width, l.height, { kernel: 'lanczos3' }).png().toBuffer(),
      left: l.left,
      top: l.top,
    })),
  );
  return sharp(base).composite(inputs).png({ compressionLevel: 3 }).toBuffer();
}
