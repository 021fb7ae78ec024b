import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    home: object;
  }
}

/**
 * The campaign's front page, in Vietnamese and in each other language with UI strings (one template; the
 * languages channel declares the other languages' pages, in its order of pages per language).
 */
export default defineChannel({
  name: 'home',
  views: [
    { pattern: routes.home(), entry: 'views/home.astro' },
    { pattern: routes.inLanguage('[lang]', routes.home()), entry: 'views/home.astro' },
  ],
  pages({ page, settings }) {
    page({
      kind: 'home',
      route: routes.home(),
      params: {},
      crumbs: [],
      title: settings.campaign.title,
      description: settings.site.description,
      card: { kicker: settings.campaign.title, title: settings.campaign.tagline },
    });
  },
});
