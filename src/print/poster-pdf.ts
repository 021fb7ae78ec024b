import { layoutPoster, type PosterCopy } from './poster-layout';
import { BLEED_MM, MARK_MARGIN_MM, PAPER, UNITS_PER_MM } from './units';
import { fill } from '../i18n/fill';
import { renderSvg } from '../render/draw';
import { qrSvg, overlaySvg } from '../render/qr';
import { printPdf } from '../render/svg-to-pdf';
import type { Theme } from '../config/palette';
import type { PaperSize } from '../manifest/build';
import type { Edition } from './edition';
import type { PosterLayout } from './sheet';

/** What a PDF says about itself; fixed per build so two makers give the same bytes. */
export interface PrintMeta {
  title: string;
  subject: string;
  author: string;
  /** YYYY-MM-DD, written as the creation and modification date. */
  date: string;
}

/** The print frame (units, bleed, crop-mark margin) and metadata every print PDF shares. */
export const printOptions = (meta: PrintMeta, language?: string) => ({
  unitsPerMm: UNITS_PER_MM,
  bleedMm: BLEED_MM,
  markMarginMm: MARK_MARGIN_MM,
  title: meta.title,
  subject: meta.subject,
  author: meta.author,
  date: new Date(`${meta.date}T00:00:00Z`),
  language,
});

/** The raw UI strings a poster's PDF metadata is made of, so the browser fills the same ones. */
export interface PosterStrings {
  /** "{app} – Biện pháp {number}: {headline} ({paper})" */
  title: string;
  subject: string;
}

export function posterMeta(
  strings: PosterStrings,
  copy: PosterCopy,
  paper: PaperSize,
  author: string,
  date: string,
): PrintMeta {
  const size = `${PAPER[paper].widthMm}×${PAPER[paper].heightMm} mm`;
  const P = paper.toUpperCase();
  const title = fill(strings.title, {
    app: copy.appName,
    number: copy.measureNumber,
    headline: copy.headline,
    paper: P,
  });
  return {
    title,
    subject: fill(strings.subject, { paper: P, size, bleed: BLEED_MM, basis: copy.basis }),
    author,
    date,
  };
}

/** A laid-out poster's drawing with its QR code on top: the measures' posters and the visitors' alike. */
export async function drawPoster(layout: PosterLayout, qrUrl: string) {
  const svg = overlaySvg(
    await renderSvg(layout.node, { width: layout.width, height: layout.height }),
    qrSvg(qrUrl, layout.qr.x, layout.qr.y, layout.qr.width),
  );
  return { svg, layout };
}

/**
 * A poster's drawing with its QR code on top. The build and the customiser
 * both come here, so a place's edition is the campaign's poster with its name.
 */
export const posterSvg = (copy: PosterCopy, paper: PaperSize, theme: Theme, edition?: Edition) =>
  drawPoster(layoutPoster(copy, paper, theme, edition), edition?.qrUrl ?? copy.qrUrl);

/** The print PDF of a drawn poster: vector art, bleed, crop marks, boxes. */
export function posterPdf(
  drawing: Awaited<ReturnType<typeof drawPoster>>,
  meta: PrintMeta,
  language?: string,
): Promise<Uint8Array> {
  const { svg, layout } = drawing;
  return printPdf({
    svg,
    widthUnits: layout.width,
    heightUnits: layout.height,
    ...printOptions(meta, language),
  });
}
