import { resultsPaths } from './paths';
import { defineChannel } from '../../manifest/channel';
import { contentRoot } from '../../config/content-root';
import { readProgress } from './progress-file';
import { progressCsv, type PlaceHistory, type ProgressPoint } from './progress';
import type { Build } from '../../manifest/context';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    progress: object;
    report: object;
    rollup: object;
  }
  interface FileKinds {
    'progress-csv': object;
    'progress-json': object;
  }
  interface ManifestData {
    progress: { points: ProgressPoint[]; places: PlaceHistory[] };
  }
}

/** The figures as data, for other portals and the level above: the dashboard's table, place by place. */
function progressJson(b: Build): string {
  const { places } = b.manifest.progress;
  return `${JSON.stringify(
    places.map((p) => ({
      place: p.place,
      level: p.level,
      parent: p.parent ?? null,
      history: p.points.map((q) => ({
        date: q.date,
        installed: q.installed,
        base: q.base ?? null,
        baseKind: q.baseKind ?? null,
        rate: q.rate ?? null,
        source: q.source,
      })),
    })),
    null,
    2,
  )}\n`;
}

/**
 * Results coming back: a unit's report made in the browser (DOCX, print, CSV), the level above's roll-up of many
 * units' files, and the campaign's progress from the figures that were published.
 */
export default defineChannel({
  name: 'results',
  views: [
    { pattern: resultsPaths.progress(), entry: 'views/progress.astro' },
    { pattern: resultsPaths.report(), entry: 'views/report.astro' },
    { pattern: resultsPaths.rollup(), entry: 'views/rollup.astro' },
  ],
  nav: [{ kind: 'progress', label: 'nav.progress' }],
  serve: [
    { kind: 'progress-csv', type: 'text/csv; charset=utf-8', body: (_, b) => progressCsv(b.manifest.progress.points) },
    { kind: 'progress-json', type: 'application/json', body: (_, b) => progressJson(b) },
  ],
  data: ({ campaign }) => ({ progress: readProgress(contentRoot(), campaign.directives) }),
  pages({ page, crumb, t }) {
    page({
      kind: 'progress',
      route: resultsPaths.progress(),
      params: {},
      crumbs: [crumb(t('crumbs.progress'))],
      title: t('progress.title'),
      description: t('progress.description'),
      card: { kicker: t('progress.cardKicker'), title: t('progress.title') },
    });
    page({
      kind: 'report',
      route: resultsPaths.report(),
      params: {},
      crumbs: [crumb(t('crumbs.progress'), resultsPaths.progress()), crumb(t('report.title'))],
      title: t('report.title'),
      description: t('report.description'),
      card: { kicker: t('report.cardKicker'), title: t('report.title') },
    });
    page({
      kind: 'rollup',
      // A form that reads the files a unit chooses; it offers no document.
      directives: 'none',
      route: resultsPaths.rollup(),
      params: {},
      crumbs: [crumb(t('crumbs.progress'), resultsPaths.progress()), crumb(t('rollup.title'))],
      title: t('rollup.title'),
      description: t('rollup.description'),
      card: { kicker: t('rollup.cardKicker'), title: t('rollup.title') },
    });
  },
  files({ file, t, slug }) {
    file({
      kind: 'progress-csv',
      id: 'csv',
      route: resultsPaths.progressFile(resultsPaths.progressCsv(slug)),
      title: t('progress.csv'),
    });
    file({
      kind: 'progress-json',
      id: 'json',
      route: resultsPaths.progressFile(resultsPaths.progressJson(slug)),
      title: t('progress.json'),
    });
  },
});
