import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';

/**
 * Draws a satori SVG onto a PDF page as vectors: satori writes only filled
 * rects and paths (text already turned into outlines), which pdf-lib draws
 * natively. Anything else stops with an error, so nothing is silently dropped.
 */
const SUPPORTED = new Set(['svg', 'g', 'rect', 'path']);

function hexColor(hex: string) {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m) throw new Error(`svg-to-pdf: unsupported fill "${hex}" (only #rgb/#rrggbb)`);
  const v =
    m[1].length === 3
      ? m[1]
          .split('')
          .map((c) => c + c)
          .join('')
      : m[1];
  return rgb(parseInt(v.slice(0, 2), 16) / 255, parseInt(v.slice(2, 4), 16) / 255, parseInt(v.slice(4, 6), 16) / 255);
}

function attrs(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

export interface Placement {
  /** Where the SVG's top-left corner goes, in PDF points from the page's bottom-left. */
  x: number;
  top: number;
  /** Points per SVG unit. */
  scale: number;
}

export function drawSvg(page: PDFPage, svg: string, at: Placement): void {
  // satori emits masks it never references for plain boxes; they draw nothing.
  const body = svg.replace(/<mask[\s\S]*?<\/mask>/g, '');
  for (const m of body.matchAll(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    const [, tag, rawAttrs] = m;
    if (!SUPPORTED.has(tag))
      throw new Error(`svg-to-pdf: <${tag}> is not supported; keep generated images to boxes and text`);
    const a = attrs(rawAttrs);
    if (a.transform || a['clip-path'] || a.mask || a.opacity || a['fill-opacity']) {
      throw new Error(
        `svg-to-pdf: <${tag}> uses ${Object.keys(a)
          .filter((k) => ['transform', 'clip-path', 'mask', 'opacity', 'fill-opacity'].includes(k))
          .join(', ')}, which this writer does not draw`,
      );
    }
    if (tag === 'rect') {
      if (a.fill === 'none' || !a.fill) continue;
      const [x, y, w, h] = [a.x, a.y, a.width, a.height].map((v) => Number(v ?? 0));
      page.drawRectangle({
        x: at.x + x * at.scale,
        y: at.top - (y + h) * at.scale,
        width: w * at.scale,
        height: h * at.scale,
        color: hexColor(a.fill),
      });
    } else if (tag === 'path') {
      if (!a.d || a.fill === 'none') continue;
      page.drawSvgPath(a.d, { x: at.x, y: at.top, scale: at.scale, color: hexColor(a.fill ?? '#000000') });
    }
  }
}

export interface PrintPdfOptions {
  svg: string;
  /** SVG canvas in units, and how many units make a millimetre. */
  widthUnits: number;
  heightUnits: number;
  unitsPerMm: number;
  bleedMm: number;
  /** Paper outside the bleed that carries the crop marks. */
  markMarginMm: number;
  title: string;
  author: string;
  subject: string;
  /** Fixed, so two builds give the same bytes. */
  date: Date;
}

export const PT_PER_MM = 72 / 25.4;

/** A print-ready PDF: MediaBox ⊇ BleedBox ⊇ TrimBox, crop marks outside the bleed, vector art. */
export async function printPdf(o: PrintPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(o.title, { showInWindowTitleBar: true });
  doc.setAuthor(o.author);
  doc.setSubject(o.subject);
  doc.setCreator('Loa');
  doc.setProducer('Loa (pdf-lib)');
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  doc.setLanguage('vi-VN');

  const scale = PT_PER_MM / o.unitsPerMm;
  const mark = o.markMarginMm * PT_PER_MM;
  const bleed = o.bleedMm * PT_PER_MM;
  const artW = o.widthUnits * scale;
  const artH = o.heightUnits * scale;
  const pageW = artW + 2 * mark;
  const pageH = artH + 2 * mark;
  const page = doc.addPage([pageW, pageH]);
  page.setMediaBox(0, 0, pageW, pageH);
  page.setBleedBox(mark, mark, artW, artH);
  page.setTrimBox(mark + bleed, mark + bleed, artW - 2 * bleed, artH - 2 * bleed);
  page.setArtBox(mark + bleed, mark + bleed, artW - 2 * bleed, artH - 2 * bleed);
  drawSvg(page, o.svg, { x: mark, top: mark + artH, scale });

  // Crop marks: at each trim corner, two 0.25 pt lines that start outside the bleed.
  const black = rgb(0, 0, 0);
  const len = Math.min(5 * PT_PER_MM, mark - 1);
  const trim = { l: mark + bleed, r: mark + artW - bleed, b: mark + bleed, t: mark + artH - bleed };
  for (const x of [trim.l, trim.r]) {
    for (const y of [trim.b, trim.t]) {
      const outX = x === trim.l ? -1 : 1;
      const outY = y === trim.b ? -1 : 1;
      page.drawLine({
        start: { x: x + outX * bleed, y },
        end: { x: x + outX * (bleed + len), y },
        thickness: 0.25,
        color: black,
      });
      page.drawLine({
        start: { x, y: y + outY * bleed },
        end: { x, y: y + outY * (bleed + len) },
        thickness: 0.25,
        color: black,
      });
    }
  }
  return doc.save({ useObjectStreams: false });
}
