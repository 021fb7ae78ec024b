import { readFileSync } from 'node:fs';
import type { PosterCopy } from '../../print/poster-layout';
import { posterMeta, posterPdf, posterSvg } from '../../print/poster-pdf';
import { posterCopy, posterImages, posterStrings } from '../../print/posters';
import { cached, cacheKey } from '../../render/cache';
import { timed } from '../../render/stats';
import type { Artefact, PaperSize } from '../../manifest/build';
import type { Build } from '../../manifest/context';

interface PosterSet {
  pdf: string;
  png: string;
  webp: string;
}

/** Draws (or reads back from the cache) one poster's PDF, 300 dpi PNG and WebP preview; returns their paths. */
function renderPoster(copy: PosterCopy, paper: PaperSize, ctx: Build): Promise<PosterSet> {
  const theme = ctx.theme;
  const meta = posterMeta(posterStrings(ctx), copy, paper, ctx.settings.site.publisher, ctx.date);
  const key = cacheKey('poster', { copy, paper, theme, date: ctx.date, meta });
  return cached('posters', key, ['poster.pdf', 'poster.png', 'poster.webp'], async () => {
    const drawing = await timed('poster', 'layout', () => posterSvg(copy, paper, theme));
    const svg = drawing.svg;
    const pdf = await timed('poster', 'pdf', () => posterPdf(drawing, meta));
    return { 'poster.pdf': pdf, ...(await posterImages('poster', svg, paper)) };
  }).then((p) => ({ pdf: p['poster.pdf'], png: p['poster.png'], webp: p['poster.webp'] }));
}

/** The bytes of one poster file of the manifest. */
export async function posterBytes(entry: Extract<Artefact, { kind: 'poster' }>, ctx: Build) {
  const set = await renderPoster(posterCopy(entry.measure, ctx), entry.paper, ctx);
  return readFileSync(set[entry.format]);
}
