import { readFileSync } from 'node:fs';
import { layoutPoster, PAPER, BLEED_MM, UNITS_PER_MM, type PaperSize, type PosterCopy } from './layout';
import { renderSvg, svgToPng, svgToWebp } from '../render/render';
import { qrSvg, overlaySvg } from '../render/qr';
import { printPdf } from '../render/svg-to-pdf';
import { cached, cacheKey } from '../render/cache';
import { timed } from '../render/stats';
import type { Palette } from '../render/palette';
import type { Settings } from '../config/settings-schema';
import type { MeasureEntry } from '../core/records';

export const PAPERS: PaperSize[] = ['a4', 'a3'];
export const PRINT_DPI = 300;
export const MARK_MARGIN_MM = 10;

export type PosterFormat = 'pdf' | 'png' | 'webp';

/** "bluezone-bien-phap-01-a4.pdf": the file says what it is. */
export function posterFileName(settings: Settings, measureNumber: number, paper: PaperSize, format: PosterFormat): string {
  return `${settings.campaign.slug}-bien-phap-${String(measureNumber).padStart(2, '0')}-${paper}.${format}`;
}

export function zipFileName(settings: Settings, paper: PaperSize): string {
  return `${settings.campaign.slug}-ap-phich-${paper}.zip`;
}

/** Where the QR code leads, from the settings: the install page or the measure's own page. */
export function qrTarget(settings: Settings, measure: MeasureEntry): string {
  return settings.qrTarget === 'install' ? settings.app.installUrl : new URL(`/bien-phap/${measure.id}/`, settings.site.url).href;
}

export function addressLabel(url: string): string {
  const u = new URL(url);
  return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/$/, '')).normalize('NFC');
}

export interface PosterContext {
  settings: Settings;
  measureCount: number;
  /** "Theo Công văn 2841/BTTTT-THH ngày 01/08/2020 của Bộ Thông tin và Truyền thông". */
  basis: string;
  /** A fixed date for file metadata, so builds are reproducible. */
  date: string;
  settingsFile: string;
}

export function posterCopy(measure: MeasureEntry, ctx: PosterContext): PosterCopy {
  const url = qrTarget(ctx.settings, measure);
  return {
    measureNumber: measure.data.number,
    measureCount: ctx.measureCount,
    measureTitle: measure.data.title,
    headline: measure.data.poster.headline,
    body: measure.data.poster.body,
    cta: measure.data.poster.cta,
    appName: ctx.settings.app.name,
    // The printed address is where to install, even when the QR leads to the measure page.
    addressLabel: addressLabel(ctx.settings.app.installUrl),
    qrUrl: url,
    basis: ctx.basis,
    file: measure.file,
    settingsFile: ctx.settingsFile,
  };
}

export interface PosterSet {
  pdf: string;
  png: string;
  webp: string;
}

/** Draws (or reads back from the cache) one poster's PDF, 300 dpi PNG and WebP preview; returns their paths. */
export function renderPoster(copy: PosterCopy, paper: PaperSize, palette: Palette, ctx: PosterContext): Promise<PosterSet> {
  const key = cacheKey('poster', { copy, paper, palette, date: ctx.date, author: ctx.settings.site.publisher });
  return cached('posters', key, ['poster.pdf', 'poster.png', 'poster.webp'], async () => {
      const layout = layoutPoster(copy, paper, palette);
      const svg = await timed('poster', 'layout', async () =>
        overlaySvg(await renderSvg(layout.node, { width: layout.width, height: layout.height }), qrSvg(copy.qrUrl, layout.qr.x, layout.qr.y, layout.qr.width, '#000000', '#ffffff')),
      );
      const pdf = await timed('poster', 'pdf', () =>
        printPdf({
          svg,
          widthUnits: layout.width,
          heightUnits: layout.height,
          unitsPerMm: UNITS_PER_MM,
          bleedMm: BLEED_MM,
          markMarginMm: MARK_MARGIN_MM,
          title: `${copy.appName} – Biện pháp ${copy.measureNumber}: ${copy.headline} (${paper.toUpperCase()})`,
          author: ctx.settings.site.publisher,
          subject: `Áp phích ${paper.toUpperCase()} ${PAPER[paper].widthMm}×${PAPER[paper].heightMm} mm, chừa lề xén ${BLEED_MM} mm. ${copy.basis}`,
          date: new Date(`${ctx.date}T00:00:00Z`),
        }),
      );
      const px = (mm: number) => Math.round(((mm + 2 * BLEED_MM) / 25.4) * PRINT_DPI);
      const png = await timed('poster', 'png', () => svgToPng(svg, { width: px(PAPER[paper].widthMm), height: px(PAPER[paper].heightMm), dpi: PRINT_DPI }));
      const webp = await svgToWebp(svg, 600);
      return { 'poster.pdf': pdf, 'poster.png': png, 'poster.webp': webp };
    }).then((p) => ({ pdf: p['poster.pdf'], png: p['poster.png'], webp: p['poster.webp'] }));
}

export function readPoster(set: PosterSet, format: PosterFormat): Buffer {
  return readFileSync(set[format]);
}
