import { languagesPaths } from './paths';
import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import type { Translation } from '../../i18n/translations';
import { idIn } from '../../i18n/page-language';
import { directiveTitle } from '../../directives/text';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    install: { translation: Translation };
  }
}

/**
 * The campaign in each other language that has its own UI strings. Language is a dimension of pages: its home
 * page, measures and measure pages are the home and measures channels' kinds (and templates) with the page's
 * `lang`, declared here per language in the order the site has always listed them (sitemap, catalogue); the
 * install guide is this channel's own, as the Vietnamese home page is the guide there.
 */
export default defineChannel({
  name: 'languages',
  // As in Vietnamese: a measure's page lists its own directives, the home and the matrix say `all`.
  directives: 'named',
  views: [{ pattern: routes.inLanguage('[lang]', languagesPaths.install()), entry: 'views/install.astro' }],
  nav: [{ kind: 'install', label: 'nav.install', lang: 'other' }],
  pages({ page, crumb, tOf, translations, settings, campaign: { measures, root } }) {
    const count = measures.length;
    for (const tr of translations) {
      const tl = tOf(tr.code);
      if (!tl) continue;
      const lang = tr.code;
      const under = (route: string) => routes.inLanguage(lang, route);
      const common = { lang, params: { lang: routes.languageSegment(lang) } };
      page({
        ...common,
        kind: 'home',
        directives: 'all',
        id: idIn(lang),
        group: 'page:home:',
        route: under(routes.home()),
        crumbs: [],
        title: tr.campaign.title,
        description: tr.app.description,
        card: { file: tr.file, kicker: tr.campaign.title, title: tr.campaign.tagline },
      });
      page({
        ...common,
        kind: 'measures',
        directives: 'all',
        id: idIn(lang),
        group: 'page:measures:',
        route: under(routes.measures()),
        crumbs: [crumb(tl('crumbs.measures'))],
        title: tl('measures.title', { count }),
        description: tl('measures.description', { count, document: root.data.number ?? directiveTitle(root.data) }),
        card: { kicker: tl('measures.cardKicker', { count }), title: tl('measures.cardTitle') },
      });
      for (const m of measures) {
        const text = tr.measures!.find((x) => x.number === m.data.number)!;
        page({
          ...common,
          kind: 'measure',
          id: idIn(lang, m.id),
          group: `page:measure:${m.id}`,
          measure: m,
          route: under(routes.measure(m.id)),
          params: { ...common.params, slug: m.id },
          crumbs: [
            crumb(tl('crumbs.measures'), under(routes.measures())),
            crumb(tl('crumbs.measure', { number: m.data.number })),
          ],
          title: tl('measure.title', { number: m.data.number, title: text.title }),
          description: text.summary,
          card: {
            file: tr.file,
            kicker: tl('measure.kicker', { number: m.data.number, count, title: text.title }),
            title: text.title,
          },
        });
      }
      page({
        ...common,
        kind: 'install',
        id: lang,
        translation: tr,
        route: under(languagesPaths.install()),
        crumbs: [crumb(tl('crumbs.install'))],
        title: tl('install.title', { app: settings.app.name }),
        description: tr.app.privacy,
        card: { file: tr.file, kicker: tr.campaign.title, title: tl('install.title', { app: settings.app.name }) },
      });
    }
  },
});
