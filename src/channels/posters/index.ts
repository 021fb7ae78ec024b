import { postersPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { PAPERS, POSTER_FORMATS, type PaperSize, type PosterFormat } from '../../manifest/build';
import { BLEED_MM, PRINT_DPI } from '../../print/units';
import { posterBytes } from './files';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    posters: object;
  }
  interface FileKinds {
    poster: { measure: Measure; paper: PaperSize; format: PosterFormat };
    'poster-zip': { paper: PaperSize; /** Routes of the files it packs. */ members: string[] };
  }
}

const upper = (s: string) => s.toUpperCase();

/** Each measure's poster on A4 and A3, for print shops (PDF with bleed and crop marks) and screens (PNG, WebP). */
export default defineChannel({
  name: 'posters',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [{ pattern: postersPaths.posters(), entry: 'views/posters.astro' }],
  serve: [
    {
      kind: 'poster',
      type: (f) => ({ pdf: 'application/pdf', png: 'image/png', webp: 'image/webp' })[f.format],
      body: posterBytes,
    },
  ],
  nav: [{ kind: 'posters', label: 'nav.posters' }],
  ahead: [{ kind: 'poster', make: posterBytes, engine: 'draw', size: 'print' }],
  pages({ page, crumb, t, campaign: { measures } }) {
    page({
      kind: 'posters',
      route: postersPaths.posters(),
      params: {},
      crumbs: [crumb(t('crumbs.posters'))],
      title: t('posters.title'),
      description: t('posters.description', { count: measures.length, bleed: BLEED_MM, dpi: PRINT_DPI }),
      card: { kicker: t('posters.cardKicker'), title: t('posters.cardTitle', { dpi: PRINT_DPI }) },
    });
  },
  files({ file, t, slug, campaign: { measures } }) {
    for (const paper of PAPERS) {
      const members: string[] = [];
      for (const m of measures) {
        for (const format of POSTER_FORMATS) {
          const name = postersPaths.poster(slug, m.data.number, paper, format);
          const f = file({
            kind: 'poster',
            id: name,
            route: postersPaths.posterFile(name),
            title: t('poster.fileTitle', { number: m.data.number, paper: upper(paper), format: upper(format) }),
            measure: m,
            paper,
            format,
          });
          if (format !== 'webp') members.push(f.route);
        }
      }
      const zip = postersPaths.posterZip(slug, paper);
      file({
        kind: 'poster-zip',
        id: zip,
        route: postersPaths.posterFile(zip),
        title: t('posters.zipTitle', { paper: upper(paper) }),
        paper,
        members,
      });
    }
  },
});
