import { h, type Child, type RenderNode } from './element';
import { renderSvg } from './draw';
import { svgToPng } from './raster';
import { overlaySvg, qrSvg } from './qr';
import { timed } from './stats';
import type { Theme } from '../config/palette';
import type { SlideOrientation } from '../manifest/build';

export const SLIDE_SIZES: Record<SlideOrientation, { width: number; height: number }> = {
  ngang: { width: 1920, height: 1080 },
  doc: { width: 1080, height: 1920 },
};

/**
 * A slide's grid: the measures' slides and the visitors' share it, so a
 * screen that shows both sees the band, the words and the QR code in the same places.
 */
export function slideFrame(orientation: SlideOrientation) {
  const { width, height } = SLIDE_SIZES[orientation];
  const portrait = orientation === 'doc';
  const vmin = Math.min(width, height) / 100;
  const pad = 5 * vmin;
  const qrSide = (portrait ? 46 : 40) * vmin;
  const textWidth = portrait ? width - 2 * pad : width - 2 * pad - qrSide - 5 * vmin;
  /** The call to action's column: under the words when portrait, over the QR code when landscape. */
  const sideWidth = portrait ? textWidth : qrSide + 4 * vmin;
  return { width, height, portrait, vmin, pad, qrSide, textWidth, sideWidth };
}
type Frame = ReturnType<typeof slideFrame>;

/** Where the QR code goes, below a call to action `ctaH` high. */
export function slideQr(f: Frame, ctaH: number) {
  const { width, height, portrait, vmin, pad, qrSide } = f;
  const qrX = portrait ? (width - qrSide) / 2 : width - pad - qrSide;
  const qrY = portrait ? height - pad - 4 * vmin - qrSide : (height - qrSide) / 2 + ctaH / 2;
  return { qrX, qrY };
}

/** The slide's parts, top to bottom; `lang` marks the words in the notice's language. */
export function slideNode(
  f: Frame,
  palette: Theme,
  parts: { band: Child[]; words: Child[]; cta: Child[]; basis: Child[]; basisHeight: number; ctaH: number },
  lang?: string,
): RenderNode {
  const { width, height, portrait, vmin, pad, textWidth, sideWidth } = f;
  const { qrX, qrY } = slideQr(f, parts.ctaH);
  return h(
    'div',
    { style: { width, height, background: palette.primaryDark, color: palette.onDark, position: 'relative' } },
    h(
      'div',
      {
        style: {
          position: 'absolute',
          left: pad,
          top: pad * 0.8,
          width: width - 2 * pad,
          flexDirection: 'column',
          borderBottom: `${0.6 * vmin}px solid ${palette.accent}`,
          paddingBottom: 1.5 * vmin,
        },
      },
      ...parts.band,
    ),
    h(
      'div',
      {
        lang,
        style: {
          position: 'absolute',
          left: pad,
          top: portrait ? 24 * vmin : 22 * vmin,
          width: textWidth,
          flexDirection: 'column',
        },
      },
      ...parts.words,
    ),
    h(
      'div',
      {
        style: {
          position: 'absolute',
          left: portrait ? pad : qrX - 2 * vmin,
          top: qrY - parts.ctaH - 2 * vmin,
          width: sideWidth,
          flexDirection: 'column',
          alignItems: 'center',
        },
      },
      ...parts.cta,
    ),
    h(
      'div',
      {
        lang,
        style: {
          position: 'absolute',
          left: pad,
          top: height - pad * 0.6 - parts.basisHeight,
          flexDirection: 'column',
        },
      },
      ...parts.basis,
    ),
  );
}

/** The app's name in the band, in the accent colour. */
export function slideAppName(f: Frame, palette: Theme, appName: string): RenderNode {
  return h(
    'div',
    {
      style: {
        fontSize: (f.portrait ? 7 : 5.5) * f.vmin,
        fontWeight: 800,
        color: palette.accent,
        letterSpacing: 0.1 * 5.5 * f.vmin,
        lineHeight: 1.1,
      },
    },
    appName.toLocaleUpperCase('vi'),
  );
}

/** The slide drawn (text as outlines, the QR code on top) and its PNG, timed under `stat`. */
export async function drawSlide(stat: string, node: RenderNode, f: Frame, ctaH: number, qrUrl: string) {
  const { qrX, qrY } = slideQr(f, ctaH);
  const svg = await timed(stat, 'layout', async () =>
    overlaySvg(await renderSvg(node, { width: f.width, height: f.height }), qrSvg(qrUrl, qrX, qrY, f.qrSide)),
  );
  return { 'slide.svg': Buffer.from(svg), 'slide.png': await timed(stat, 'png', () => svgToPng(svg)) };
}
