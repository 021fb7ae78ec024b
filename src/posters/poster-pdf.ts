import { layoutPoster, type PosterCopy } from './layout';
import { BLEED_MM, MARK_MARGIN_MM, UNITS_PER_MM } from './print';
import { renderSvg } from '../render/draw';
import { qrSvg, overlaySvg } from '../render/qr';
import { printPdf } from '../render/svg-to-pdf';
import type { Theme } from '../config/palette';
import type { PaperSize } from '../manifest/build';
import type { Edition } from '../kit/edition';

/** What a PDF says about itself; fixed per build so two makers give the same bytes. */
export interface PrintMeta {
  title: string;
  subject: string;
  author: string;
  /** YYYY-MM-DD, written as the creation and modification date. */
  date: string;
}

/**
 * A poster's drawing with its QR code on top. The build and the customiser
 * both come here, so a place's edition is the campaign's poster with its name.
 */
export async function posterSvg(copy: PosterCopy, paper: PaperSize, theme: Theme, edition?: Edition) {
  const layout = layoutPoster(copy, paper, theme, edition);
  const svg = overlaySvg(
    await renderSvg(layout.node, { width: layout.width, height: layout.height }),
    qrSvg(edition?.qrUrl ?? copy.qrUrl, layout.qr.x, layout.qr.y, layout.qr.width),
  );
  return { svg, layout };
}

export async function posterPdf(
  copy: PosterCopy,
  paper: PaperSize,
  theme: Theme,
  meta: PrintMeta,
  edition?: Edition,
): Promise<Uint8Array> {
  const { svg, layout } = await posterSvg(copy, paper, theme, edition);
  return printPdf({
    svg,
    widthUnits: layout.width,
    heightUnits: layout.height,
    unitsPerMm: UNITS_PER_MM,
    bleedMm: BLEED_MM,
    markMarginMm: MARK_MARGIN_MM,
    title: meta.title,
    subject: meta.subject,
    author: meta.author,
    date: new Date(`${meta.date}T00:00:00Z`),
  });
}
