import type { Manifest, Page } from '../manifest/build';
import type { Settings } from '../config/settings-schema';
import type { Translate } from './strings';

interface Link {
  label: string;
  url: string;
  current: boolean;
}

/** What the layout around a page says, in the page's language. */
export interface Chrome {
  lang: string;
  /** The document title: "page – site". */
  title: string;
  brand: { label: string; url: string };
  skip: string;
  nav?: { label: string; items: Link[] };
  crumbs?: { label: string; home: string; homeUrl: string };
  /** Whether the header shows what channels add to it (the search box): Vietnamese pages, whose words they use. */
  tools: boolean;
  footer: string;
  ogLocale?: string;
  /** The page in the other languages (or, where it has none, each language's home), each named in itself. */
  languages?: { label: string; items: Array<Link & { lang: string }> };
}

/**
 * A language with its own UI file (Vietnamese, English) gets the full header;
 * one with only a translation file (Chinese, Korean, Japanese) gets its
 * labels from that file and no navigation, since its only page is the notice.
 */
export function chromeOf(page: Page, manifest: Manifest, settings: Settings, tl: Translate | undefined): Chrome {
  const { lang } = page;
  const tr = manifest.translations.find((x) => x.code === lang);
  const notice = manifest.notices.find((n) => n.lang === lang);
  const nameOf = (code: string) =>
    manifest.notices.find((n) => n.lang === code)?.name ??
    manifest.translations.find((x) => x.code === code)?.name ??
    code;
  const homeOf = (code: string): Page | undefined =>
    manifest.pages.find((p) => p.kind === 'home' && p.lang === code) ??
    manifest.pages.find((p) => p.kind === 'visitors' && p.lang === code);
  const home = homeOf(lang) ?? page;
  const site = lang === 'vi' ? settings.site.title : (tr?.campaign.title ?? settings.site.title);
  const others = settings.languages.filter((code) => code !== lang);
  const alternates = page.alternates.filter((a) => a.lang !== lang);
  const switchItems = alternates.length
    ? alternates.map((a) => ({ lang: a.lang, url: a.url }))
    : others.flatMap((code) => {
        const target = homeOf(code);
        return target ? [{ lang: code, url: target.url }] : [];
      });
  const languages = switchItems.length
    ? {
        label: tl ? tl('site.languages') : (notice?.labels.otherLanguages ?? ''),
        items: switchItems.map((i) => ({ ...i, label: nameOf(i.lang), current: false })),
      }
    : undefined;
  const brand = { label: lang === 'vi' ? settings.campaign.title : (tr?.campaign.title ?? ''), url: home.url };
  if (!tl) {
    return {
      lang,
      title: `${page.title} – ${site}`,
      brand,
      skip: notice?.labels.skip ?? '',
      tools: false,
      footer: tr?.campaign.tagline ?? '',
      languages,
    };
  }
  return {
    lang,
    title: tl('site.pageTitle', { page: page.title, site }),
    brand,
    skip: tl('site.skip'),
    nav: {
      label: tl('nav.label'),
      items: manifest
        .navOf(lang)
        .map(({ label, page: target }) => ({ label, url: target.url, current: page.url.startsWith(target.url) })),
    },
    crumbs: { label: tl('crumbs.label'), home: tl('crumbs.home'), homeUrl: home.url },
    tools: lang === 'vi',
    footer: tl('site.footer', { site }),
    ogLocale: tl('site.ogLocale'),
    languages,
  };
}
