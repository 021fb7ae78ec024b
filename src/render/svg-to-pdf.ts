import {
  PDFDocument,
  clip,
  concatTransformationMatrix,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFPage,
} from 'pdf-lib';

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
  /** BCP 47 language of the text, for screen readers and search (default vi-VN). */
  language?: string;
}

export const PT_PER_MM = 72 / 25.4;

interface DocMeta {
  title: string;
  author: string;
  subject: string;
  date: Date;
  language?: string;
}

async function newDocument(o: DocMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(o.title, { showInWindowTitleBar: true });
  doc.setAuthor(o.author);
  doc.setSubject(o.subject);
  doc.setCreator('Loa');
  doc.setProducer('Loa (pdf-lib)');
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  doc.setLanguage(o.language ?? 'vi-VN');
  return doc;
}

interface Edges {
  l: number;
  r: number;
  b: number;
  t: number;
}

const black = rgb(0, 0, 0);

/** Two 0.25 pt lines at each trim corner, starting outside the bleed so a slightly off cut never shows them. */
function cropMarks(page: PDFPage, trim: Edges, bleed: number, len: number): void {
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
}

/** A print-ready PDF: MediaBox ⊇ BleedBox ⊇ TrimBox, crop marks outside the bleed, vector art. */
export async function printPdf(o: PrintPdfOptions): Promise<Uint8Array> {
  const doc = await newDocument(o);
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
  const len = Math.min(5 * PT_PER_MM, mark - 1);
  cropMarks(page, { l: mark + bleed, r: mark + artW - bleed, b: mark + bleed, t: mark + artH - bleed }, bleed, len);
  return doc.save({ useObjectStreams: false });
}

/** A box in millimetres from the trim's top-left corner (the bleed lies at negative values). */
export interface BoxMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One SVG drawn on a page of a multi-page print file. */
export interface PrintArt {
  svg: string;
  /** The SVG's canvas, in units (see PrintDocumentOptions.unitsPerMm). */
  widthUnits: number;
  heightUnits: number;
  /** Where the SVG's top-left corner goes, in mm from the trim's top-left. */
  xMm: number;
  yMm: number;
  /**
   * 180: turned upside down about its own centre, for the half of a folded
   * tent that faces the other way.
   */
  rotate?: 0 | 180;
  /** Only this part of the page is painted: two pieces imposed side by side keep out of each other. */
  clipMm?: BoxMm;
}

export interface PrintPage {
  /** The finished (trimmed) sheet, in mm. */
  trimMm: { width: number; height: number };
  art: PrintArt[];
  /** Extra cut lines across the sheet (pieces imposed several up), in mm from the trim's left / top edge. */
  cutsMm?: { x?: number[]; y?: number[] };
  /** Fold lines, marked dashed outside the bleed, in mm from the trim's left / top edge. */
  foldsMm?: { x?: number[]; y?: number[] };
}

export interface PrintDocumentOptions extends DocMeta {
  pages: PrintPage[];
  unitsPerMm: number;
  bleedMm: number;
  markMarginMm: number;
}

/**
 * A print file of several pages (both sides of a leaflet, a sheet imposed
 * two up, a tent whose back half is upside down), each with the same boxes
 * and marks as a poster: MediaBox ⊇ BleedBox ⊇ TrimBox, marks outside the bleed.
 */
export async function printDocument(o: PrintDocumentOptions): Promise<Uint8Array> {
  const doc = await newDocument(o);
  const scale = PT_PER_MM / o.unitsPerMm;
  const mark = o.markMarginMm * PT_PER_MM;
  const bleed = o.bleedMm * PT_PER_MM;
  const len = Math.min(5 * PT_PER_MM, mark - 1);
  for (const p of o.pages) {
    const trimW = p.trimMm.width * PT_PER_MM;
    const trimH = p.trimMm.height * PT_PER_MM;
    const pageW = trimW + 2 * (bleed + mark);
    const pageH = trimH + 2 * (bleed + mark);
    const page = doc.addPage([pageW, pageH]);
    page.setMediaBox(0, 0, pageW, pageH);
    page.setBleedBox(mark, mark, trimW + 2 * bleed, trimH + 2 * bleed);
    page.setTrimBox(mark + bleed, mark + bleed, trimW, trimH);
    page.setArtBox(mark + bleed, mark + bleed, trimW, trimH);
    const trim: Edges = { l: mark + bleed, r: mark + bleed + trimW, b: mark + bleed, t: mark + bleed + trimH };
    // Millimetres from the trim's top-left → PDF points from the page's bottom-left.
    const px = (mm: number) => trim.l + mm * PT_PER_MM;
    const py = (mm: number) => trim.t - mm * PT_PER_MM;
    for (const a of p.art) {
      const x = px(a.xMm);
      const top = py(a.yMm);
      const w = a.widthUnits * scale;
      const hgt = a.heightUnits * scale;
      page.pushOperators(pushGraphicsState());
      if (a.clipMm) {
        const c = a.clipMm;
        page.pushOperators(
          rectangle(px(c.x), py(c.y + c.height), c.width * PT_PER_MM, c.height * PT_PER_MM),
          clip(),
          endPath(),
        );
      }
      // A half turn about the art's centre: (x, y) → (2cx − x, 2cy − y).
      if (a.rotate === 180) page.pushOperators(concatTransformationMatrix(-1, 0, 0, -1, 2 * x + w, 2 * top - hgt));
      drawSvg(page, a.svg, { x, top, scale });
      page.pushOperators(popGraphicsState());
    }
    cropMarks(page, trim, bleed, len);
    for (const x of p.cutsMm?.x ?? []) {
      for (const [y, dir] of [
        [trim.t, 1],
        [trim.b, -1],
      ] as const)
        page.drawLine({
          start: { x: px(x), y: y + dir * bleed },
          end: { x: px(x), y: y + dir * (bleed + len) },
          thickness: 0.25,
          color: black,
        });
    }
    for (const y of p.cutsMm?.y ?? []) {
      for (const [x, dir] of [
        [trim.l, -1],
        [trim.r, 1],
      ] as const)
        page.drawLine({
          start: { x: x + dir * bleed, y: py(y) },
          end: { x: x + dir * (bleed + len), y: py(y) },
          thickness: 0.25,
          color: black,
        });
    }
    const dash = { thickness: 0.5, color: black, dashArray: [2 * PT_PER_MM, 1 * PT_PER_MM] };
    for (const x of p.foldsMm?.x ?? []) {
      page.drawLine({ start: { x: px(x), y: trim.t + bleed }, end: { x: px(x), y: pageH }, ...dash });
      page.drawLine({ start: { x: px(x), y: 0 }, end: { x: px(x), y: trim.b - bleed }, ...dash });
    }
    for (const y of p.foldsMm?.y ?? []) {
      page.drawLine({ start: { x: 0, y: py(y) }, end: { x: trim.l - bleed, y: py(y) }, ...dash });
      page.drawLine({ start: { x: trim.r + bleed, y: py(y) }, end: { x: pageW, y: py(y) }, ...dash });
    }
  }
  return doc.save({ useObjectStreams: false });
}
