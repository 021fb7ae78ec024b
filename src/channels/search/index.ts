import { searchPaths } from './paths';
import { defineChannel } from '../../manifest/channel';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    search: object;
  }
}

/** Full-text search over every page, tolerant of missing diacritics (src/search/). */
export default defineChannel({
  name: 'search',
  // The search page and box: the index holds the documents, the page none.
  directives: 'none',
  views: [{ pattern: searchPaths.search(), entry: 'views/search.astro' }],
  nav: [{ kind: 'search', label: 'nav.search' }],
  pages({ page, crumb, t }) {
    page({
      kind: 'search',
      route: searchPaths.search(),
      params: {},
      crumbs: [crumb(t('crumbs.search'))],
      title: t('search.title'),
      description: t('search.description'),
      card: { kicker: t('search.cardKicker'), title: t('search.cardTitle') },
    });
  },
});
