import { fittedLines, h, type RenderNode } from '../render/element';
import { fitOrFail, renderSvg, type CopySource } from '../render/draw';
import type { FitBox, FittedText } from '../render/fit-text';
import { overlaySvg, qrSvg } from '../render/qr';
import { printDocument, type PrintPage } from '../render/svg-to-pdf';
import { BLEED_MM, UNITS_PER_MM } from './units';
import { printOptions, type PrintMeta } from './poster-pdf';
import type { Box, MeasurePrintCopy } from './sheet';
import type { Theme } from '../config/palette';
import { LoaContentError } from '../core/errors';
import { editionLines, type Edition, type EditionLines } from './edition';

/**
 * What every kit item prints besides its own wording: the campaign's words,
 * already resolved (UI labels from the strings file, campaign words from
 * content), so the layouts take plain text and run in a browser as well.
 */
export interface KitCopy extends MeasurePrintCopy {
  /** The install address as printed: "app.gov.vn". */
  installAddress: string;
}

export type TextBox = Box & { field: string };

/** One drawn face of a kit item: a page, or one half of a folded sheet. */
export interface KitFace {
  node: RenderNode;
  /** Canvas = trim + bleed on every side, in units (0.1 mm). */
  width: number;
  height: number;
  trim: Box;
  qr?: Box;
  /** Every block of text, for the safe-area and contrast checks. */
  textBoxes: TextBox[];
}

export { type Edition };
export type { Box, PrintMeta };

/** A face being laid out: canvas geometry, its children and the text boxes drawn so far. */
export class Sheet {
  readonly W: number;
  readonly H: number;
  readonly b = BLEED_MM * UNITS_PER_MM;
  readonly children: RenderNode[] = [];
  readonly textBoxes: TextBox[] = [];
  qr?: Box;

  constructor(
    widthMm: number,
    heightMm: number,
    readonly theme: Theme,
  ) {
    this.W = widthMm * UNITS_PER_MM;
    this.H = heightMm * UNITS_PER_MM;
  }

  get width() {
    return this.W + 2 * this.b;
  }
  get height() {
    return this.H + 2 * this.b;
  }

  /** A filled box; x and y are from the canvas's top-left (the bleed included). */
  fill(box: Box, color: string): this {
    this.children.push(
      h('div', {
        style: {
          position: 'absolute',
          left: box.x,
          top: box.y,
          width: box.width,
          height: box.height,
          background: color,
        },
      }),
    );
    return this;
  }

  /** Fitted lines at (x, y); returns the box they take. */
  text(
    field: string,
    x: number,
    y: number,
    width: number,
    fits: FittedText[],
    styles: Array<Record<string, unknown>>,
    align: 'start' | 'center' = 'start',
  ) {
    const height = fits.reduce((s, f) => s + f.height, 0);
    const box = { x, y, width, height, field };
    this.textBoxes.push(box);
    this.children.push(
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: x,
            top: y,
            width,
            height,
            flexDirection: 'column',
            alignItems: align === 'center' ? 'center' : 'flex-start',
          },
        },
        ...fits.flatMap((f, i) => fittedLines(f, styles[Math.min(i, styles.length - 1)])),
      ),
    );
    return box;
  }

  place(x: number, y: number, side: number): Box {
    this.qr = { x, y, width: side, height: side };
    return this.qr;
  }

  face(): KitFace {
    return {
      node: h(
        'div',
        {
          style: {
            width: this.width,
            height: this.height,
            position: 'relative',
            background: this.theme.paper,
            color: this.theme.ink,
          },
        },
        ...this.children,
      ),
      width: this.width,
      height: this.height,
      trim: { x: this.b, y: this.b, width: this.W, height: this.H },
      qr: this.qr,
      textBoxes: this.textBoxes,
    };
  }
}

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

export const fit = (text: string, box: FitBox, source: CopySource) => fitOrFail(text, box, source);

/**
 * The call to action and the install address to the right of a placed QR code,
 * centred on its height. Sizes are [largest, smallest] as shares of the width.
 */
export function ctaBesideQr(
  s: Sheet,
  qr: Box,
  inner: number,
  words: { cta: string; address: string; src: ReturnType<typeof sources> },
  sizes: { cta: [number, number]; address: [number, number] },
): void {
  const { W, H, theme } = s;
  const ctaX = qr.x + qr.width + 0.05 * W;
  const ctaW = inner - qr.width - 0.05 * W;
  const cta = fit(
    words.cta,
    {
      width: ctaW,
      maxLines: 3,
      maxSize: sizes.cta[0] * W,
      minSize: sizes.cta[1] * W,
      weight: 800,
      lineHeight: 1.15,
      height: 0.6 * qr.width,
    },
    words.src.content('poster.cta'),
  );
  const address = fit(
    words.address,
    {
      width: ctaW,
      maxLines: 2,
      maxSize: sizes.address[0] * W,
      minSize: sizes.address[1] * W,
      weight: 700,
      lineHeight: 1.2,
    },
    words.src.settings('app.installUrl'),
  );
  const ctaY = qr.y + (qr.width - cta.height - 0.015 * H - address.height) / 2;
  s.text('poster.cta', ctaX, ctaY, ctaW, [cta], [{ color: theme.primaryDark, fontWeight: 800 }]);
  s.text(
    'app.installUrl',
    ctaX,
    ctaY + cta.height + 0.015 * H,
    ctaW,
    [address],
    [{ color: theme.ink, fontWeight: 700 }],
  );
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
 * edition's name in its place, which a reader should see first. Returns its height.
 */
export function brandBand(
  s: Sheet,
  copy: KitCopy,
  src: ReturnType<typeof sources>,
  place: EditionLines | undefined,
  at: { x: number; inner: number; appY: number; gap: number; after: number },
  /** Largest and smallest sizes as shares of the width; the kicker's with its most lines. */
  sizes: { app: [number, number]; kicker: [lines: number, max: number, min: number] },
): number {
  const { W, theme } = s;
  const { x, inner } = at;
  const app = fit(
    copy.appName.toLocaleUpperCase('vi'),
    { width: inner, maxLines: 1, maxSize: sizes.app[0] * W, minSize: sizes.app[1] * W, weight: 800, lineHeight: 1.1 },
    src.settings('app.name'),
  );
  const [lines, max, min] = sizes.kicker;
  const kicker = fit(
    copy.kicker.toLocaleUpperCase('vi'),
    { width: inner, maxLines: lines, maxSize: max * W, minSize: min * W, weight: 700, lineHeight: 1.25 },
    src.content('title'),
  );
  const underY = at.appY + app.height + at.gap;
  const under = place ? place.name : kicker;
  const height = underY + under.height + at.after;
  s.fill({ x: 0, y: 0, width: s.width, height }, theme.primaryDark);
  s.text('app.name', x, at.appY, inner, [app], [{ color: theme.onDark, fontWeight: 800, letterSpacing: 2 }]);
  if (place) s.text('edition', x, underY, inner, [place.name], [{ color: theme.accent, fontWeight: 800 }]);
  else s.text('title', x, underY, inner, [kicker], [{ color: theme.onDark, fontWeight: 700 }]);
  return height;
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
    const n = fit(
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
      'center',
    );
    const textX = at.x + square + at.gap;
    sheet.text(source(i).field, textX, top, at.width - square - at.gap, [item], [{ color: colours.text }]);
    top += Math.max(square, item.height) + at.gap;
  });
  return items.length ? top - at.y - at.gap : 0;
}
