import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { absoluteUrl, normalizeBase, routes } from '../../manifest/paths';
import { directiveTitle } from '../../directives/text';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    measures: object;
    measure: { measure: Measure };
  }
  interface ManifestData {
    /** Where a measure's QR code leads: the install page or the measure's own page, as settings say. */
    qrUrl(measure: Measure): string;
  }
}

/**
 * The measures of the root document, listed and one plain-language page each, in Vietnamese and in each other
 * language with UI strings (the languages channel declares those pages, in its order of pages per language).
 * One kind in every language; a Vietnamese page has the measure's own file behind it (its MDX, the coverage
 * matrix, every channel's section) and a translated one the translation's text, so each has its template.
 */
export default defineChannel({
  name: 'measures',
  // A measure's page lists its own directives (the measure's field); the matrix of all says `all`.
  directives: 'named',
  views: [
    { pattern: routes.measures(), entry: 'views/measures.astro' },
    { pattern: routes.measure('[slug]'), entry: 'views/measure.astro' },
    { pattern: routes.inLanguage('[lang]', routes.measures()), entry: 'views/measures-in-language.astro' },
    { pattern: routes.inLanguage('[lang]', routes.measure('[slug]')), entry: 'views/measure-in-language.astro' },
  ],
  nav: [
    { kind: 'measures', label: 'nav.measures' },
    { kind: 'measures', label: 'nav.measures', lang: 'other' },
  ],
  data: ({ settings }) => ({
    qrUrl: (m: Measure) =>
      settings.qrTarget === 'install'
        ? settings.app.installUrl
        : absoluteUrl(settings.site.url, normalizeBase(settings.basePath), routes.measure(m.id)),
  }),
  pages({ page, crumb, t, campaign: { measures, root } }) {
    const count = measures.length;
    page({
      kind: 'measures',
      directives: 'all',
      route: routes.measures(),
      params: {},
      crumbs: [crumb(t('crumbs.measures'))],
      title: t('measures.title', { count }),
      description: t('measures.description', { count, document: directiveTitle(root.data) }),
      card: { kicker: t('measures.cardKicker', { count }), title: t('measures.cardTitle') },
    });
    for (const m of measures) {
      page({
        kind: 'measure',
        id: m.id,
        measure: m,
        route: routes.measure(m.id),
        params: { slug: m.id },
        crumbs: [crumb(t('crumbs.measures'), routes.measures()), crumb(t('crumbs.measure', { number: m.data.number }))],
        title: t('measure.title', { number: m.data.number, title: m.data.title }),
        description: m.data.summary,
        card: {
          file: m.file,
          kicker: t('measure.kicker', { number: m.data.number, count, title: m.data.title }),
          title: m.data.poster.headline,
          fields: { title: 'poster.headline' },
        },
      });
    }
  },
});
