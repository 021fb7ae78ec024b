import { fitOrFail, renderSvg, type CopySource } from '../render/draw';
import type { FittedText } from '../render/fit-text';
import { overlaySvg, qrSvg } from '../render/qr';
import { printDocument, type PrintPage } from '../render/svg-to-pdf';
import { BLEED_MM } from './units';
import { printOptions, type PrintMeta } from './poster-pdf';
import type { Box, MeasurePrintCopy, PrintFace, Sheet } from './sheet';
import type { Theme } from '../config/palette';
import { LoaContentError } from '../core/errors';
import { editionLines, type Edition } from './edition';

/**
 * What every kit item prints besides its own wording: the campaign's words,
 * already resolved (UI labels from the strings file, campaign words from
 * content), so the layouts take plain text and run in a browser as well.
 */
export interface KitCopy extends MeasurePrintCopy {
  /** The install address as printed: "app.gov.vn". */
  installAddress: string;
}

/** One drawn face of a kit item: a page, or one half of a folded sheet. */
export type KitFace = PrintFace;

export { type Edition };
export type { Box, PrintMeta };

/**
 * Where a piece of kit copy comes from, for error messages: the measure's
 * field, a settings field, or (when a local edition took the room) the
 * edition's name. Every kit layout asks here, so blame is decided once.
 */
export function sources(copy: KitCopy, item: string, blame?: Pick<CopySource, 'file' | 'field'>) {
  const label = `biện pháp ${copy.measureNumber}, ${item}`;
  return {
    label,
    content: (field: string): CopySource => ({ file: copy.file, field, label }),
    settings: (field: string): CopySource => ({ file: copy.settingsFile, field, label }),
    /** Campaign copy whose room shrinks beside an edition's name: with an edition, the name is to blame. */
    squeezed: (field: string): CopySource =>
      blame
        ? { ...blame, label: `${label} (“${field}” không còn chỗ bên cạnh tên đơn vị)` }
        : { file: copy.file, field, label },
  };
}

/** The edition's name and details at a width, or nothing for the campaign's own print. */
export function placeLines(copy: KitCopy, item: string, width: number, scale: number, edition?: Edition) {
  if (!edition) return undefined;
  return editionLines(edition, width, scale, {
    hotline: copy.hotlineLabel,
    item: `biện pháp ${copy.measureNumber}, ${item}`,
  });
}

/**
 * The call to action and the install address to the right of a placed QR code,
 * centred on its height. Sizes are [largest, smallest] as shares of the width.
 */
export function ctaBesideQr(
  s: Sheet,
  qr: Box,
  words: { cta: string; address: string; src: ReturnType<typeof sources> },
  sizes: { cta: [number, number]; address: [number, number] },
): void {
  const { W, H, theme } = s;
  const col = s.column(qr.x + qr.width + 0.05 * W, qr.y, s.inner - qr.width - 0.05 * W);
  const [ctaMax, ctaMin] = sizes.cta.map((k) => k * W);
  const ctaFit = { maxLines: 3, maxSize: ctaMax, minSize: ctaMin, weight: 800, lineHeight: 1.15 } as const;
  const cta = col.fit(words.cta, { ...ctaFit, height: 0.6 * qr.width }, words.src.content('poster.cta'));
  const [addressMax, addressMin] = sizes.address.map((k) => k * W);
  const addressFit = { maxLines: 2, maxSize: addressMax, minSize: addressMin, weight: 700, lineHeight: 1.2 } as const;
  const address = col.fit(words.address, addressFit, words.src.settings('app.installUrl'));
  col.y = qr.y + (qr.width - cta.height - 0.015 * H - address.height) / 2;
  col.draw('poster.cta', cta, { color: theme.primaryDark, fontWeight: 800 }).skip(0.015 * H);
  col.draw('app.installUrl', address, { color: theme.ink, fontWeight: 700 });
}

// --- Grey photocopy -------------------------------------------------------------

function linear(c: number) {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rrggbb: what a grey photocopy keeps of a colour. */
export function luminance(hex: string): number {
  const v = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(v.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG's floor for body text; a photocopy keeps luminance, so the floor holds in grey too. */
export const MIN_CONTRAST = 4.5;

type PaletteKey = 'primary' | 'primaryDark' | 'accent' | 'ink' | 'paper';

/**
 * The text/background pairs the kit prints, checked before drawing: a
 * campaign palette too light for a grey photocopy stops the build, naming the
 * settings field, instead of a leaflet nobody can read.
 */
export function checkGreyContrast(theme: Theme, settingsFile: string, item: string): void {
  const pairs: Array<[PaletteKey, PaletteKey]> = [
    ['ink', 'paper'],
    ['primaryDark', 'paper'],
    ['paper', 'primaryDark'],
    ['accent', 'primaryDark'],
  ];
  for (const [fg, bg] of pairs) {
    const ratio = contrastRatio(luminance(theme[fg]), luminance(theme[bg]));
    if (ratio < MIN_CONTRAST) {
      const comma = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
      throw new LoaContentError(
        settingsFile,
        `palette.${fg}`,
        `${item}: chữ màu ${fg} (${theme[fg]}) trên nền ${bg} (${theme[bg]}) chỉ tương phản ` +
          `${comma(ratio, 2)}:1 khi photocopy đen trắng, cần ít nhất ${comma(MIN_CONTRAST, 1)}:1`,
        `chọn màu ${fg} ${luminance(theme[fg]) > luminance(theme[bg]) ? 'sáng' : 'đậm'} hơn`,
      );
    }
  }
}

// --- Drawing -------------------------------------------------------------------

/** The face as SVG with its QR code on top (vector squares, black on white). */
export async function faceSvg(face: KitFace, qrUrl: string): Promise<string> {
  const svg = await renderSvg(face.node, { width: face.width, height: face.height });
  return face.qr ? overlaySvg(svg, qrSvg(qrUrl, face.qr.x, face.qr.y, face.qr.width)) : svg;
}

/** The art of a face placed with its trim at (xMm, yMm) of the sheet's trim. */
export function art(
  face: KitFace,
  svg: string,
  xMm: number,
  yMm: number,
  extra: Partial<PrintPage['art'][number]> = {},
) {
  return {
    svg,
    widthUnits: face.width,
    heightUnits: face.height,
    xMm: xMm - BLEED_MM,
    yMm: yMm - BLEED_MM,
    ...extra,
  };
}

/** A kit file: its print PDF, and each face as drawn, for a preview. */
export interface KitFile {
  pdf: Uint8Array;
  faces: string[];
}

/** The kit file of its pages: the print PDF, and the faces' drawings for a preview. */
export async function kitFile(pages: PrintPage[], meta: PrintMeta, faces: string[]): Promise<KitFile> {
  const pdf = await printDocument({ pages, ...printOptions(meta) });
  return { pdf, faces };
}

/** A one-face kit item on its own page: its art at the trim's corner. */
export const onePageFile = (face: KitFace, svg: string, trimMm: { width: number; height: number }, meta: PrintMeta) =>
  kitFile([{ trimMm, art: [art(face, svg, 0, 0)] }], meta, [svg]);

/**
 * The band at the top of a face: the app's name, then the measure, or a local
 * edition's name in its place, which a reader should see first. Returns its
 * height, the edition's lines (`scale` sizes them) and the sources that blame them.
 */
export function brandBand(
  s: Sheet,
  copy: KitCopy,
  item: string,
  edition: Edition | undefined,
  at: { scale: number; appY: number; gap: number; after: number },
  /** Largest and smallest sizes as shares of the width; the kicker's with its most lines. */
  sizes: { app: readonly [number, number]; kicker: readonly [lines: number, max: number, min: number] },
) {
  const { W, theme } = s;
  const place = placeLines(copy, item, s.inner, at.scale, edition);
  const src = sources(copy, item, place?.source);
  const col = s.column(s.x, at.appY, s.inner);
  const appFit = { maxLines: 1, maxSize: sizes.app[0] * W, minSize: sizes.app[1] * W, weight: 800 } as const;
  const app = col.fit(copy.appName.toLocaleUpperCase('vi'), { ...appFit, lineHeight: 1.1 }, src.settings('app.name'));
  const [lines, max, min] = sizes.kicker;
  const kickerFit = { maxLines: lines, maxSize: max * W, minSize: min * W, weight: 700, lineHeight: 1.25 } as const;
  const kicker = col.fit(copy.kicker.toLocaleUpperCase('vi'), kickerFit, src.content('title'));
  const under = place ? place.name : kicker;
  const height = at.appY + app.height + at.gap + under.height + at.after;
  s.fill({ x: 0, y: 0, width: s.width, height }, theme.primaryDark);
  col.draw('app.name', app, { color: theme.onDark, fontWeight: 800, letterSpacing: 2 }).skip(at.gap);
  if (place) col.draw('edition', place.name, { color: theme.accent, fontWeight: 800 });
  else col.draw('title', kicker, { color: theme.onDark, fontWeight: 700 });
  return { height, place, src };
}

/** A numbered list: each number in a square, the item's lines beside it; returns the height taken. */
export function numbered(
  sheet: Sheet,
  items: FittedText[],
  at: { x: number; y: number; width: number; gap: number },
  colours: { square: string; number: string; text: string },
  source: (i: number) => CopySource,
): number {
  let top = at.y;
  items.forEach((item, i) => {
    const square = item.size * 1.5;
    const n = fitOrFail(
      String(i + 1),
      { width: square, maxLines: 1, maxSize: item.size, minSize: 1, weight: 800 },
      source(i),
    );
    sheet.fill({ x: at.x, y: top, width: square, height: square }, colours.square);
    sheet.text(
      `${source(i).field}.number`,
      at.x,
      top + (square - n.height) / 2,
      square,
      [n],
      [{ color: colours.number, fontWeight: 800 }],
      { align: 'center' },
    );
    const textX = at.x + square + at.gap;
    sheet.text(source(i).field, textX, top, at.width - square - at.gap, [item], [{ color: colours.text }]);
    top += Math.max(square, item.height) + at.gap;
  });
  return items.length ? top - at.y - at.gap : 0;
}
