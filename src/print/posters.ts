import type { PosterCopy } from './poster-layout';
import { PAPER, PRINT_DPI, printPixels } from './units';
import type { PosterStrings } from './poster-pdf';
import { svgToPng, svgToWebp } from '../render/raster';
import { timed } from '../render/stats';
import type { Measure, PaperSize } from '../manifest/build';
import type { Build } from '../manifest/context';

/** "Biện pháp 1/10 · Cơ quan nhà nước": the line above a measure's printed words. */
export const measureKicker = (measure: Measure, ctx: Build) =>
  ctx.t('measure.kicker', {
    number: measure.data.number,
    count: ctx.campaign.measures.length,
    title: measure.data.title,
  });

export function posterCopy(measure: Measure, ctx: Build): PosterCopy {
  return {
    measureNumber: measure.data.number,
    kicker: measureKicker(measure, ctx),
    headline: measure.data.poster.headline,
    body: measure.data.poster.body,
    cta: measure.data.poster.cta,
    appName: ctx.settings.app.name,
    // The printed address is where to install, even when the QR leads to the measure page.
    addressLabel: ctx.manifest.copy.installAddress,
    qrUrl: ctx.manifest.qrUrl(measure),
    basis: ctx.manifest.copy.basis,
    hotlineLabel: ctx.t('edition.hotline'),
    file: measure.file,
    settingsFile: ctx.settingsFile,
  };
}

export function posterStrings(ctx: Build): PosterStrings {
  return {
    title: ctx.t.raw('poster.pdfTitle'),
    subject: ctx.t.raw('poster.pdfSubject'),
  };
}

/** A poster's 300 dpi PNG for print and its WebP preview, timed under `stat`. */
export async function posterImages(stat: string, svg: string, paper: PaperSize) {
  const png = await timed(stat, 'png', () =>
    svgToPng(svg, {
      width: printPixels(PAPER[paper].widthMm),
      height: printPixels(PAPER[paper].heightMm),
      dpi: PRINT_DPI,
    }),
  );
  const webp = await svgToWebp(svg, 600);
  return { 'poster.png': png, 'poster.webp': webp };
}
