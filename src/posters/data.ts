import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../config/content-root';
import { loadCampaign, type Measure } from '../campaign/load';
import { directiveTitle } from '../directives/text';
import { formatDateShort } from '../core/vietnamese';
import { PAPERS, posterCopy, posterFileName, renderPoster, zipFileName, type PosterContext, type PosterFormat, type PosterSet } from './posters';
import { PAPER, type PaperSize } from './layout';

export interface PosterEntry {
  measure: Measure;
  paper: PaperSize;
  files: Record<PosterFormat, string>;
  render: () => Promise<PosterSet>;
}

export async function posterContext(): Promise<PosterContext> {
  const { settings, measures, root } = await loadCampaign();
  return {
    settings,
    measureCount: measures.length,
    basis: `Theo ${directiveTitle(root.data)} ngày ${formatDateShort(root.data.date)} của ${root.data.issuer.name}`,
    date: root.data.date,
    settingsFile: relative(process.cwd(), join(contentRoot(), 'settings.yaml')),
  };
}

export async function allPosters(): Promise<PosterEntry[]> {
  const { settings, measures } = await loadCampaign();
  const ctx = await posterContext();
  return measures.flatMap((measure) =>
    PAPERS.map((paper) => ({
      measure,
      paper,
      files: { pdf: posterFileName(settings, measure.data.number, paper, 'pdf'), png: posterFileName(settings, measure.data.number, paper, 'png'), webp: posterFileName(settings, measure.data.number, paper, 'webp') },
      render: () => renderPoster(posterCopy(measure, ctx), paper, settings.palette, ctx),
    })),
  );
}

export async function zipNames(): Promise<Array<{ paper: PaperSize; name: string }>> {
  const { settings } = await loadCampaign();
  return PAPERS.map((paper) => ({ paper, name: zipFileName(settings, paper) }));
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

export { PAPER };
