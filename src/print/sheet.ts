import { fittedLines, h, type RenderNode } from '../render/element';
import { fitOrFail, type CopySource } from '../render/draw';
import type { FitBox, FittedText } from '../render/fit-text';
import type { Theme } from '../config/palette';
import { BLEED_MM, MIN_QR_MM, PAPER, UNITS_PER_MM } from './units';
import type { PaperSize } from '../manifest/build';

/** The campaign's words every printed item of a measure carries: the poster's and the paper kit's alike. */
export interface MeasurePrintCopy {
  measureNumber: number;
  /** "Biện pháp 1/10 · Cơ quan nhà nước", printed in capitals in the top band. */
  kicker: string;
  appName: string;
  /** Where the QR code leads, unless an edition sets its own. */
  qrUrl: string;
  /** "Theo Công văn 123/ABC-XY ngày … của …". */
  basis: string;
  /** "Đường dây nóng", before a local edition's number. */
  hotlineLabel: string;
  /** The measure's content file and the settings file, for error messages. */
  file: string;
  settingsFile: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextBox = Box & { field: string };
export type Style = Record<string, unknown>;

/** One drawn face: a poster, a kit page, or one half of a folded sheet. */
export interface PrintFace {
  node: RenderNode;
  /** Canvas = trim + bleed on every side, in units (0.1 mm). */
  width: number;
  height: number;
  trim: Box;
  qr?: Box;
  /** Every block of text, for the safe-area and contrast checks. */
  textBoxes: TextBox[];
}

/** A laid-out poster sheet (the measures' or the visitors'): a face that always has its QR code. */
export interface PosterLayout extends PrintFace {
  qr: Box;
}

type Align = 'flex-start' | 'center' | 'flex-end';

export interface BlockOptions {
  /** The block's language, so its Han characters are drawn in that language's face. */
  lang?: string;
  align?: Align;
}

/** A column's block: narrower than the column where a text shares its line with something else. */
type StepOptions = BlockOptions & { width?: number };

/**
 * A face being laid out: the print boxes (trim W×H, bleed b, margin m and the
 * width inside it), its drawing and the text boxes drawn so far. Posters, the
 * kit and the visitors' notices all draw on one.
 */
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
    /** The margin inside the trim, in units. */
    readonly m = 0,
    /**
     * How blocks place their lines unless told: the kit's say flex-start, the
     * posters' leave it to the renderer. The two draw differently, and printed
     * files must not change under a refactoring, so each keeps its own.
     */
    readonly align: Align | null = 'flex-start',
  ) {
    this.W = widthMm * UNITS_PER_MM;
    this.H = heightMm * UNITS_PER_MM;
  }

  /** A poster's sheet: the paper with the 15 mm margin the measures' and the visitors' posters share. */
  static poster(paper: PaperSize, theme: Theme): Sheet {
    return new Sheet(PAPER[paper].widthMm, PAPER[paper].heightMm, theme, 15 * UNITS_PER_MM, null);
  }

  get width() {
    return this.W + 2 * this.b;
  }
  get height() {
    return this.H + 2 * this.b;
  }
  /** The margin's left edge, from the canvas's (the bleed included). */
  get x() {
    return this.b + this.m;
  }
  /** The width inside the margins. */
  get inner() {
    return this.W - 2 * this.m;
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

  /** Any drawing in a box that is kept for the safe-area check. */
  block(field: string, box: Box, children: RenderNode[], options: BlockOptions = {}): TextBox {
    const kept = { ...box, field };
    this.textBoxes.push(kept);
    const align = options.align ?? this.align;
    this.children.push(
      h(
        'div',
        {
          lang: options.lang,
          style: {
            position: 'absolute',
            left: box.x,
            top: box.y,
            width: box.width,
            height: box.height,
            flexDirection: 'column',
            ...(align && { alignItems: align }),
          },
        },
        ...children,
      ),
    );
    return kept;
  }

  /** Fitted lines at (x, y), the later ones in the last style given; returns the box they take. */
  text(
    field: string,
    x: number,
    y: number,
    width: number,
    fits: FittedText[],
    styles: Style[],
    options: BlockOptions = {},
  ): TextBox {
    const height = fits.reduce((s, f) => s + f.height, 0);
    const lines = fits.flatMap((f, i) => fittedLines(f, styles[Math.min(i, styles.length - 1)]));
    return this.block(field, { x, y, width, height }, lines, options);
  }

  /** The QR code's square; the code itself is laid over the drawing afterwards. */
  place(x: number, y: number, side: number): Box {
    this.qr = { x, y, width: side, height: side };
    return this.qr;
  }

  /** A column of text from (x, y), `width` wide, that may run down to `bottom`. */
  column(x: number, y: number, width: number, bottom = Infinity): Column {
    return new Column(this, x, y, width, bottom);
  }

  face(): PrintFace {
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

/** A fit box whose width is the column's unless it says otherwise. */
export type ColumnFit = Omit<FitBox, 'width'> & { width?: number };

/**
 * Text running down a sheet: each step fits a text to the column, draws it
 * where the last one ended and moves down past it and a gap, so a layout
 * reads as its list of steps.
 *
 * Where a layout adds a block's height and its gap matters to the last bit of
 * a coordinate: `draw(…, gap)` adds them together (the kit's way), `draw` then
 * `skip(gap)` one after the other (the posters'). Each keeps its own so the
 * printed files stay the same.
 */
export class Column {
  private held: Array<{ field: string; y: number; fits: FittedText[]; styles: Style[]; options: BlockOptions }> = [];

  constructor(
    readonly sheet: Sheet,
    readonly x: number,
    public y: number,
    readonly width: number,
    /** How far down the column may run; `room` is what is left of it. */
    public bottom = Infinity,
  ) {}

  get room() {
    return this.bottom - this.y;
  }

  fit(text: string, box: ColumnFit, source: CopySource): FittedText {
    return fitOrFail(text, { width: this.width, unitsPerMm: UNITS_PER_MM, ...box }, source);
  }

  /** Draws fitted lines at the column's foot and moves down past them and the gap. */
  draw(
    field: string,
    fits: FittedText | FittedText[],
    style: Style | Style[],
    gap = 0,
    { width = this.width, ...options }: StepOptions = {},
  ): this {
    const box = this.sheet.text(field, this.x, this.y, width, [fits].flat(), [style].flat(), options);
    this.y += box.height + gap;
    return this;
  }

  /** Fits, draws and moves down: one step of a layout. */
  put(
    field: string,
    text: string,
    box: ColumnFit,
    source: CopySource,
    style: Style,
    gap = 0,
    options: BlockOptions = {},
  ): FittedText {
    const fitted = this.fit(text, box, source);
    this.draw(field, fitted, style, gap, { width: box.width, ...options });
    return fitted;
  }

  skip(gap: number): this {
    this.y += gap;
    return this;
  }

  /** Takes the room of fitted lines without drawing them yet: see `release`. */
  hold(field: string, fits: FittedText, style: Style, options: BlockOptions = {}): this {
    this.held.push({ field, y: this.y, fits: [fits], styles: [style], options });
    this.y += fits.height;
    return this;
  }

  /** Draws the held blocks `shift` lower: copy that leaves room can move down once all of it is fitted. */
  release(shift = 0): void {
    for (const b of this.held) this.sheet.text(b.field, this.x, b.y + shift, this.width, b.fits, b.styles, b.options);
    this.held = [];
  }
}

// --- The posters' frame -------------------------------------------------------------

/** The top band, the dark panel under the QR code and the accent bar on the panel's edge. */
export function posterBands(s: Sheet, bandH: number, panelTop: number): void {
  const { W, H, width, height, theme } = s;
  s.fill({ x: 0, y: 0, width, height: bandH }, theme.primary)
    .fill({ x: 0, y: panelTop, width, height: height - panelTop }, theme.primaryDark)
    .fill({ x: s.x, y: panelTop - 0.012 * H, width: 0.18 * W, height: 0.024 * H }, theme.accent);
}

/** The app's name in capitals on one line at the top of the band; returns the band's column, under the name. */
export function posterAppName(s: Sheet, appName: string, source: CopySource, width = s.inner): Column {
  const band = s.column(s.x, s.b + 0.025 * s.H, s.inner);
  const fit = { width, maxLines: 1, maxSize: 0.07 * s.W, minSize: 0.04 * s.W, weight: 800, lineHeight: 1.1 } as const;
  const style = { color: s.theme.onDark, fontWeight: 800, letterSpacing: 2 };
  band.put('app.name', appName.toLocaleUpperCase('vi'), fit, source, style);
  return band;
}

/** The QR code at the panel's right (a side of `share` of the width, never under the scannable minimum). */
export function qrPanel(s: Sheet, panelTop: number, share: number) {
  const qrSide = Math.max(share * s.W, MIN_QR_MM * UNITS_PER_MM);
  const qr = s.place(s.b + s.W - s.m - qrSide, panelTop + 0.045 * s.H, qrSide);
  const ctaWidth = s.inner - qrSide - 0.05 * s.W;
  return { qrSide, qr, ctaWidth, cta: s.column(s.x, qr.y, ctaWidth) };
}

/** The install address under the call to action. */
export function posterAddress(col: Column, address: string, maxLines: number, source: CopySource): void {
  const { W, theme } = col.sheet;
  const fit = { maxLines, maxSize: 0.045 * W, minSize: 0.022 * W, weight: 700, lineHeight: 1.2 } as const;
  col.put('app.installUrl', address, fit, source, { color: theme.accent, fontWeight: 700 });
}

/** The legal basis in small type at the foot of the panel. */
export function posterBasis(s: Sheet, text: string, source: CopySource, lang?: string): void {
  const basis = fitOrFail(
    text,
    { width: s.inner, maxLines: 2, maxSize: 0.02 * s.W, minSize: 0.015 * s.W, weight: 400, lineHeight: 1.3 },
    source,
  );
  s.text(
    'basis',
    s.x,
    s.b + s.H - s.m * 0.7 - basis.height,
    s.inner,
    [basis],
    [{ color: s.theme.onDark, fontWeight: 400 }],
    {
      lang,
    },
  );
}
