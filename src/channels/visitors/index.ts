import { postersPaths } from '../posters/paths';
import { signagePaths } from '../signage/paths';
import { visitorsPaths } from './paths';
import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import { PAPERS, POSTER_FORMATS, ORIENTATIONS, SLIDE_FORMATS } from '../../manifest/build';
import type { PaperSize, PosterFormat, SlideOrientation } from '../../manifest/build';
import { visitorNotices, type VisitorNotice } from './notices';
import { visitorPosterBytes } from './posters';
import { visitorSlideBytes } from './slides';
import { portalFile } from './portal';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    visitors: { notice: VisitorNotice };
  }
  interface FileKinds {
    'visitor-poster': {
      /** One language, or every language on one sheet. */ langs: string[];
      paper: PaperSize;
      format: PosterFormat;
    };
    'visitor-slide': { lang: string; orientation: SlideOrientation; format: (typeof SLIDE_FORMATS)[number] };
    'visitor-zip': { paper: PaperSize; /** Routes of the files it packs. */ members: string[] };
    'visitor-portal': { notice: VisitorNotice; /** Route of the visitors' page it stands for. */ page: string };
  }
  interface ManifestData {
    /** Every language's notice for visitors, Vietnamese first; none without settings `visitors`. */
    notices: VisitorNotice[];
  }
}

const upper = (s: string) => s.toUpperCase();

/**
 * The notice for visitors from abroad, in every language of the campaign: a page each, posters (each language
 * alone and all on one sheet), signage slides, and a self-contained file for public Wi-Fi login pages.
 */
export default defineChannel({
  name: 'visitors',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [
    { pattern: `${visitorsPaths.visitors()}[...index]`, entry: 'views/visitors.astro' },
    { pattern: routes.inLanguage('[lang]', visitorsPaths.visitors()), entry: 'views/visitors-in-language.astro' },
  ],
  serve: [
    {
      kind: 'visitor-poster',
      type: (f) => ({ pdf: 'application/pdf', png: 'image/png', webp: 'image/webp' })[f.format],
      body: visitorPosterBytes,
    },
    {
      kind: 'visitor-slide',
      type: (f) => ({ png: 'image/png', svg: 'image/svg+xml' })[f.format],
      body: visitorSlideBytes,
    },
    { kind: 'visitor-portal', type: 'text/html; charset=utf-8', body: (f, b) => portalFile(b, f.notice).html },
  ],
  // Languages of one script share a stylesheet, and so its hash.
  styleSources: (b) => b.manifest.filesOf('visitor-portal').map((f) => portalFile(b, f.notice).styleSource),
  nav: [{ kind: 'visitors', label: 'nav.visitors', lang: 'other' }],
  ahead: [
    { kind: 'visitor-poster', make: visitorPosterBytes, engine: 'draw', size: 'print' },
    { kind: 'visitor-slide', make: visitorSlideBytes, engine: 'draw', size: 'screen' },
  ],
  data: ({ settings, translations, t, copy, settingsFile }) => ({
    notices: visitorNotices(
      settings,
      translations,
      (k) => t(`visitors.${k}`),
      t('visitors.languageName'),
      copy.basis,
      settingsFile,
    ),
  }),
  pages({ page, crumb, t, tOf, settings, data, campaign: { measures } }) {
    const visitorMeasure = measures.find((m) => m.data.number === settings.visitors?.measure);
    for (const notice of data.notices!) {
      const { lang } = notice;
      const tl = lang === 'vi' ? t : tOf(lang);
      const route = lang === 'vi' ? visitorsPaths.visitors() : routes.inLanguage(lang, visitorsPaths.visitors());
      const crumbs =
        lang === 'vi' && visitorMeasure
          ? [
              crumb(t('crumbs.measures'), routes.measures()),
              crumb(t('crumbs.measure', { number: visitorMeasure.data.number }), routes.measure(visitorMeasure.id)),
              crumb(notice.labels.kicker),
            ]
          : tl
            ? [crumb(notice.labels.kicker)]
            : [];
      page({
        kind: 'visitors',
        id: lang,
        lang,
        group: 'visitors',
        notice,
        route,
        params: lang === 'vi' ? { index: undefined } : { lang: routes.languageSegment(lang) },
        crumbs,
        title: notice.headline,
        description: notice.body,
        // The share card's fonts draw Latin and Vietnamese letters: a language in another script shares Vietnamese's.
        card: tl ? { kicker: notice.labels.kicker, title: notice.headline } : { sameAs: visitorsPaths.visitors() },
      });
    }
  },
  files({ file, t, slug, data }) {
    const notices = data.notices!;
    // The notice on paper and on screens: each language alone, and every language on one sheet.
    const posterSets = notices.length > 1 ? [...notices.map((n) => [n.lang]), notices.map((n) => n.lang)] : [];
    for (const paper of PAPERS) {
      const members: string[] = [];
      for (const langs of posterSets) {
        const language =
          langs.length > 1
            ? t('visitors.allLanguages', { count: langs.length })
            : notices.find((n) => n.lang === langs[0])!.name;
        for (const format of POSTER_FORMATS) {
          const name = visitorsPaths.visitorPoster(slug, langs, paper, format);
          const f = file({
            kind: 'visitor-poster',
            id: name,
            route: postersPaths.posterFile(name),
            title: t('visitors.posterFileTitle', { language, paper: upper(paper), format: upper(format) }),
            langs,
            paper,
            format,
          });
          if (format !== 'webp') members.push(f.route);
        }
      }
      if (members.length) {
        const zip = visitorsPaths.visitorZip(slug, paper);
        file({
          kind: 'visitor-zip',
          id: zip,
          route: postersPaths.posterFile(zip),
          title: t('visitors.zipTitle', { paper: upper(paper) }),
          paper,
          members,
        });
      }
    }
    for (const notice of notices.length > 1 ? notices : []) {
      for (const orientation of ORIENTATIONS) {
        for (const format of SLIDE_FORMATS) {
          const name = visitorsPaths.visitorSlide(slug, notice.lang, orientation, format);
          const label = t(orientation === 'ngang' ? 'signage.landscape' : 'signage.portrait');
          file({
            kind: 'visitor-slide',
            id: name,
            route: signagePaths.signageImage(name),
            title: t('visitors.slideFileTitle', { language: notice.name, orientation: label }),
            lang: notice.lang,
            orientation,
            format,
          });
        }
      }
    }
    for (const notice of notices) {
      const name = visitorsPaths.visitorPortal(notice.lang);
      file({
        kind: 'visitor-portal',
        id: notice.lang,
        route: visitorsPaths.visitorFile(name),
        title: t('visitors.portalTitle', { language: notice.name }),
        notice,
        page:
          notice.lang === 'vi' ? visitorsPaths.visitors() : routes.inLanguage(notice.lang, visitorsPaths.visitors()),
      });
    }
  },
});
