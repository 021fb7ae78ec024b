import { languagesPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import type { Translation } from '../../i18n/translations';
import { directiveTitle } from '../../directives/text';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

type MeasureText = NonNullable<Translation['measures']>[number];

declare module '../../manifest/kinds' {
  interface PageKinds {
    'lang-home': { translation: Translation };
    'lang-measures': { translation: Translation };
    install: { translation: Translation };
    'lang-measure': { translation: Translation; measure: Measure; text: MeasureText };
  }
}

/** The campaign in each other language that has its own UI strings: home, measures, install guide. */
export default defineChannel({
  name: 'languages',
  views: [
    { pattern: routes.inLanguage('[lang]', routes.home()), entry: 'views/home.astro' },
    { pattern: routes.inLanguage('[lang]', routes.measures()), entry: 'views/measures.astro' },
    { pattern: routes.inLanguage('[lang]', routes.measure('[slug]')), entry: 'views/measure.astro' },
    { pattern: routes.inLanguage('[lang]', languagesPaths.install()), entry: 'views/install.astro' },
  ],
  nav: [
    { kind: 'lang-measures', label: 'nav.measures', lang: 'other' },
    { kind: 'install', label: 'nav.install', lang: 'other' },
  ],
  pages({ page, crumb, tOf, translations, settings, campaign: { measures, root } }) {
    const count = measures.length;
    for (const tr of translations) {
      const tl = tOf(tr.code);
      if (!tl) continue;
      const lang = tr.code;
      const under = (route: string) => routes.inLanguage(lang, route);
      const common = { lang, translation: tr, params: { lang: routes.languageSegment(lang) } };
      page({
        ...common,
        kind: 'lang-home',
        id: lang,
        group: 'page:home:',
        route: under(routes.home()),
        crumbs: [],
        title: tr.campaign.title,
        description: tr.app.description,
        card: { file: tr.file, kicker: tr.campaign.title, title: tr.campaign.tagline },
      });
      page({
        ...common,
        kind: 'lang-measures',
        id: lang,
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
          kind: 'lang-measure',
          id: `${lang}/${m.id}`,
          group: `page:measure:${m.id}`,
          measure: m,
          text,
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
        route: under(languagesPaths.install()),
        crumbs: [crumb(tl('crumbs.install'))],
        title: tl('install.title', { app: settings.app.name }),
        description: tr.app.privacy,
        card: { file: tr.file, kicker: tr.campaign.title, title: tl('install.title', { app: settings.app.name }) },
      });
    }
  },
});
