import { h, type RenderNode } from '../render/element';
import type { FitBox } from '../render/fit-text';
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

/** A laid-out poster sheet (the measures' or the visitors'): its drawing, its boxes and every block of text. */
export interface PosterLayout {
  node: RenderNode;
  /** Canvas = trim + bleed on every side, in units. */
  width: number;
  height: number;
  trim: Box;
  qr: Box;
  /** Every block of text, for the safe-area check. */
  textBoxes: Array<Box & { field: string }>;
}

/**
 * A poster sheet's geometry in units: trim W×H, bleed b, margin m, the canvas
 * (trim and bleed) and the width inside the margins. The measures' posters and
 * the visitors' notices share it, so both print with the same frame.
 */
export function posterFrame(paper: PaperSize) {
  const W = PAPER[paper].widthMm * UNITS_PER_MM;
  const H = PAPER[paper].heightMm * UNITS_PER_MM;
  const b = BLEED_MM * UNITS_PER_MM;
  const m = 15 * UNITS_PER_MM;
  return { W, H, b, m, width: W + 2 * b, height: H + 2 * b, inner: W - 2 * m };
}
type Frame = ReturnType<typeof posterFrame>;

/** A block of text at its box, which is kept for the safe-area check. */
export function textBlocks(textBoxes: Array<Box & { field: string }>) {
  return (field: string, box: Box, children: RenderNode[], lang?: string, style: Record<string, unknown> = {}) => {
    textBoxes.push({ ...box, field });
    return h(
      'div',
      {
        lang,
        style: {
          position: 'absolute',
          left: box.x,
          top: box.y,
          width: box.width,
          height: box.height,
          flexDirection: 'column',
          ...style,
        },
      },
      ...children,
    );
  };
}

/** The top band, the dark panel under the QR code and the accent bar on the panel's edge. */
export function posterBands(f: Frame, bandH: number, panelTop: number, palette: Theme): RenderNode[] {
  const { W, H, b, m, width, height } = f;
  return [
    h('div', { style: { position: 'absolute', left: 0, top: 0, width, height: bandH, background: palette.primary } }),
    h('div', {
      style: {
        position: 'absolute',
        left: 0,
        top: panelTop,
        width,
        height: height - panelTop,
        background: palette.primaryDark,
      },
    }),
    h('div', {
      style: {
        position: 'absolute',
        left: b + m,
        top: panelTop - 0.012 * H,
        width: 0.18 * W,
        height: 0.024 * H,
        background: palette.accent,
      },
    }),
  ];
}

/** The app's name in the band, in capitals on one line. */
export const appNameFit = (f: Frame, width: number): FitBox => ({
  width,
  maxLines: 1,
  maxSize: 0.07 * f.W,
  minSize: 0.04 * f.W,
  weight: 800,
  lineHeight: 1.1,
});

/** The QR code at the panel's right (a side of `share` of the width, never under the scannable minimum). */
export function qrPanel(f: Frame, panelTop: number, share: number) {
  const qrSide = Math.max(share * f.W, MIN_QR_MM * UNITS_PER_MM);
  const qr: Box = { x: f.b + f.W - f.m - qrSide, y: panelTop + 0.045 * f.H, width: qrSide, height: qrSide };
  return { qrSide, qr, ctaWidth: f.inner - qrSide - 0.05 * f.W };
}

/** The install address under the call to action. */
export const addressFit = (f: Frame, width: number, maxLines: number): FitBox => ({
  width,
  maxLines,
  maxSize: 0.045 * f.W,
  minSize: 0.022 * f.W,
  weight: 700,
  lineHeight: 1.2,
});

/** The legal basis in small type at the foot of the panel. */
export const basisFit = (f: Frame): FitBox => ({
  width: f.inner,
  maxLines: 2,
  maxSize: 0.02 * f.W,
  minSize: 0.015 * f.W,
  weight: 400,
  lineHeight: 1.3,
});
export const basisBox = (f: Frame, height: number): Box => ({
  x: f.b + f.m,
  y: f.b + f.H - f.m * 0.7 - height,
  width: f.inner,
  height,
});
