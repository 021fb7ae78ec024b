import type { Translate } from '../i18n/strings';

/** The words the search page's script shows, handed to it as data so the script holds none. */
export function clientStrings(t: Translate) {
  return {
    filters: {
      loại: t('search.filterType'),
      'cơ quan': t('search.filterIssuer'),
      tỉnh: t('search.filterProvince'),
      năm: t('search.filterYear'),
      'biện pháp': t('search.filterMeasure'),
    } as Record<string, string>,
    all: t('search.all'),
    unavailable: t('search.unavailable'),
    searching: t('search.searching'),
    filtersLoading: t('search.filtersLoading'),
    more: t.raw('search.more'),
    // The script fills {count} and {query}; a query-less count reads without the quote.
    results: t.raw('search.results'),
    resultsNoQuery: t.raw('search.resultsNoQuery'),
    none: t.raw('search.none'),
    noneNoQuery: t.raw('search.noneNoQuery'),
  };
}

export type ClientStrings = ReturnType<typeof clientStrings>;
