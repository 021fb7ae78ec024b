import type { Measure, Campaign } from '../campaign/load';
import type { CardCopy } from '../cards/social-card';
import type { Translate } from '../i18n/strings';
import type { Translation } from '../i18n/translations';
import { directiveTitle } from '../directives/text';
import { formatDateShort } from '../core/vietnamese';
import { absoluteUrl, normalizeBase, pathWithBase, routes } from './paths';
import type { FileKinds, ManifestData, PageKinds } from './kinds';
import type { Channel, ChannelContext, FileEntry, NavEntry, PageEntry } from './channel';

/** Paper sizes, image formats and orientations each feature makes; the features' own constants follow these. */
export const PAPERS = ['a4', 'a3'] as const;
export type PaperSize = (typeof PAPERS)[number];
export const POSTER_FORMATS = ['pdf', 'png', 'webp'] as const;
export type PosterFormat = (typeof POSTER_FORMATS)[number];
export const ORIENTATIONS = ['ngang', 'doc'] as const;
export type SlideOrientation = (typeof ORIENTATIONS)[number];
export const SLIDE_FORMATS = ['svg', 'png'] as const;
export const CAPTION_FORMATS = ['vtt', 'srt'] as const;

// The files the core makes itself: every page's share card, and the site's own files.
declare module './kinds' {
  interface FileKinds {
    card: { copy: CardCopy; page: string };
    theme: object;
    headers: object;
    catalogue: object;
    sitemap: object;
  }
}

interface Located {
  /** Unique within the build, e.g. "page:directive:123-abc-xy". */
  key: string;
  /** Below the base path: "van-ban/123-abc-xy/". */
  route: string;
  /** What a link on the site writes: the route under the base path. */
  url: string;
  /** The full address, for canonical links, share cards and playlists. */
  absolute: string;
}

export interface Crumb {
  label: string;
  url?: string;
}

/** The same page in one language, for hreflang links and the language switch. */
export interface Alternate {
  /** BCP 47: "zh-Hans". */
  lang: string;
  url: string;
  absolute: string;
}

export interface PageCommon extends Located {
  /** The route file's parameters, so a page's getStaticPaths never builds a path. */
  params: Record<string, string | undefined>;
  /** BCP 47 code of the page's language, what its <html lang> says. */
  lang: string;
  /** The same page in every language it exists in, itself included, in the settings' order. */
  alternates: Alternate[];
  title: string;
  description: string;
  crumbs: Crumb[];
  card: CardFile;
  /** Signage screens are for players, not for search engines. */
  noindex: boolean;
  /**
   * Which directives it shows, for its incremental-build key (./cache-keys.ts): `named`, only those among its own
   * fields (a directive page's document, a measure's list); `none`, none at all (a poster: a measure's own words);
   * `all` (the default), any of them, as a list, an index or a feed does. A wrong `named` or `none` keeps a stale
   * page, so it is said only where the view reads nothing else.
   */
  directives?: 'named' | 'all' | 'none';
}

export interface FileCommon extends Located {
  fileName: string;
  title: string;
  /**
   * Pages whose <head> names this file as an alternate of themselves (a feed, with its media type): their routes,
   * or every page.
   */
  announce?: { type: string; pages: string[] | 'all' };
  /**
   * Which directives it shows, for its incremental-build key (./cache-keys.ts): `named`, only those among its own
   * fields (a directive page's document, a measure's list); `none`, none at all (a poster: a measure's own words);
   * `all` (the default), any of them, as a list, an index or a feed does. A wrong `named` or `none` keeps a stale
   * page, so it is said only where the view reads nothing else.
   */
  directives?: 'named' | 'all' | 'none';
}

/** Every kind of page, with the fields of its own, as the channels declare them (./kinds). */
export type Page = { [K in keyof PageKinds]: PageCommon & { kind: K } & PageKinds[K] }[keyof PageKinds];
/** Every kind of generated file, likewise. */
export type Artefact = { [K in keyof FileKinds]: FileCommon & { kind: K } & FileKinds[K] }[keyof FileKinds];
export type PageKind = Page['kind'];
export type ArtefactKind = Artefact['kind'];
export type PageOfKind<K extends PageKind> = Extract<Page, { kind: K }>;
export type FileOfKind<K extends ArtefactKind> = Extract<Artefact, { kind: K }>;
type CardFile = FileCommon & { kind: 'card' } & FileKinds['card'];

/** Copy worked out once from the campaign and used by every page and image that prints it. */
export interface DerivedCopy {
  /** "Theo Công văn 123/ABC-XY ngày 01/08/2020 của Bộ …": under posters. */
  basis: string;
  /** "Theo Công văn 123/ABC-XY của Bộ …": under slides, where space is short. */
  basisShort: string;
  /** The install address as printed and said: "app.gov.vn". */
  installAddress: string;
  /** The host a site visitor sees in share cards. */
  siteHost: string;
}

export interface NavItem {
  label: string;
  page: Page;
}

export interface Manifest extends ManifestData {
  base: string;
  siteUrl: string;
  copy: DerivedCopy;
  pages: Page[];
  files: Artefact[];
  /** The header's navigation, in order. */
  nav: NavItem[];
  /** The one page of a kind (and id); throws when there is none, so a link can never point nowhere. */
  page<K extends PageKind>(kind: K, id?: string): PageOfKind<K>;
  pagesOf<K extends PageKind>(kind: K): Array<PageOfKind<K>>;
  filesOf<K extends ArtefactKind>(kind: K, measureId?: string): Array<FileOfKind<K>>;
  file<K extends ArtefactKind>(kind: K, pick?: (f: FileOfKind<K>) => boolean): FileOfKind<K>;
  /** Where a measure's QR code leads: the install page or the measure's own page, as settings say. */
  qrUrl(measure: Measure): string;
  /** The files a page's <head> announces (`announce`), in the manifest's order. */
  announced(page: Page): Artefact[];
  /** A path under the base, for what the manifest does not list (the search bundle). */
  under(route: string): string;
  /** The campaign in its other languages, in the settings' order. */
  translations: Translation[];
  /** The header's navigation of a page's language (Vietnamese: `nav`). */
  navOf(lang: string): NavItem[];
}

/** "example.gov.vn/tai-ve" from "https://www.example.gov.vn/tai-ve/": short enough to print and say. */
export function addressLabel(url: string): string {
  const u = new URL(url);
  return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/$/, '')).normalize('NFC');
}

/**
 * Every page and every generated file of a campaign, with its URL, file name,
 * title and the copy derived for it, as the channels declare them, in the
 * channels' order. Computed once per build; pages, endpoints, navigation, the
 * service worker and the tests read it.
 */
export function buildManifest(
  campaign: Campaign,
  t: Translate,
  /** The channels of the site, in the order of their pages, files and navigation (src/channels/registry.ts). */
  channels: readonly Channel[],
  settingsFile = 'settings.yaml',
  /** The campaign in its other languages (settings `languages`), checked by loadTranslations. */
  translations: Translation[] = [],
  /** The UI strings of another language, for one that has its own pages (src/i18n/<code>.json). */
  tOf: (lang: string) => Translate | undefined = () => undefined,
): Manifest {
  const { settings, root } = campaign;
  const base = normalizeBase(settings.basePath);
  const where = (route: string) => ({
    route,
    url: pathWithBase(base, route),
    absolute: absoluteUrl(settings.site.url, base, route),
  });
  const rootTitle = directiveTitle(root.data);
  const copy: DerivedCopy = {
    basis: t('copy.basis', {
      document: rootTitle,
      date: formatDateShort(root.data.date),
      issuer: root.data.issuer.name,
    }),
    basisShort: t('copy.basisShort', { document: rootTitle, issuer: root.data.issuer.name }),
    installAddress: addressLabel(settings.app.installUrl),
    siteHost: new URL(settings.site.url).host,
  };
  const brand = { brand: settings.campaign.name, site: copy.siteHost, file: settingsFile };

  const pages: Page[] = [];
  const files: Artefact[] = [];
  const cardOf = new Map<string, CardFile>();

  const card: ChannelContext['card'] = (route, title, copyOf, cardRoute = routes.card(route)) => {
    const entry: CardFile = {
      kind: 'card',
      key: `file:card:${route}`,
      ...where(cardRoute),
      fileName: cardRoute.split('/').at(-1)!,
      title: t('site.cardTitle', { title }),
      copy: { ...brand, ...copyOf },
      page: route,
      // A card draws its copy, which is all in the entry.
      directives: 'none',
    };
    files.push(entry as Artefact);
    cardOf.set(route, entry);
    return entry;
  };

  // Pages in another language name the key of their Vietnamese original; hreflang links join them.
  const groups = new Map<Page, string>();
  const page = (entry: PageEntry) => {
    const { id, card: cardCopy, group, ...rest } = entry;
    const shared = 'sameAs' in cardCopy ? cardOf.get(cardCopy.sameAs)! : card(entry.route, entry.title, cardCopy);
    const full = {
      ...rest,
      ...where(entry.route),
      key: `page:${entry.kind}:${id ?? ''}`,
      card: shared,
      noindex: !!entry.noindex,
      lang: entry.lang ?? 'vi',
      alternates: [],
    } as Page;
    pages.push(full);
    if (group) groups.set(full, group);
  };
  const file = (entry: FileEntry) => {
    const { id, ...rest } = entry;
    const full = {
      ...rest,
      ...where(entry.route),
      key: `file:${entry.kind}:${id}`,
      fileName: entry.route.split('/').at(-1)!,
    } as Artefact;
    files.push(full);
    return full;
  };
  const crumb = (label: string, route?: string): Crumb => ({
    label,
    url: route === undefined ? undefined : pathWithBase(base, route),
  });

  const data: Partial<ManifestData> = {};
  const ctx: ChannelContext = {
    campaign,
    settings,
    t,
    tOf,
    settingsFile,
    translations,
    copy,
    slug: settings.campaign.slug,
    data,
    page,
    file,
    card,
    crumb,
  };
  // What channels work out for others first, then every page (share cards as they come), then every file.
  for (const c of channels) Object.assign(data, c.data?.(ctx));
  // Each entry says which directives it shows (cache-keys.ts), or its channel says it for all of them.
  const ctxOf = (c: Channel): ChannelContext =>
    c.directives
      ? {
          ...ctx,
          page: (e) => page({ directives: c.directives, ...e }),
          file: (e) => file({ directives: c.directives, ...e }),
        }
      : ctx;
  for (const c of channels) c.pages?.(ctxOf(c));
  for (const c of channels) c.files?.(ctxOf(c));
  // The site's own files: the palette as CSS, the host's headers, the catalogue of everything, the sitemap.
  file({ kind: 'theme', id: 'theme', route: routes.theme(), title: t('site.themeTitle'), directives: 'none' });
  file({
    kind: 'headers',
    id: 'headers',
    route: routes.headers(),
    title: t('site.headersTitle'),
    directives: 'none',
  });
  file({ kind: 'catalogue', id: 'catalogue', route: routes.catalogue(), title: t('site.catalogueTitle') });
  file({ kind: 'sitemap', id: 'sitemap', route: routes.sitemap(), title: t('site.sitemapTitle') });

  // --- Lookups -----------------------------------------------------------------
  const order = (lang: string) => settings.languages.indexOf(lang);
  const byGroup = Map.groupBy(pages, (p) => groups.get(p) ?? p.key);
  for (const same of byGroup.values()) {
    if (same.length < 2) continue;
    const alternates = same
      .map((p) => ({ lang: p.lang, url: p.url, absolute: p.absolute }))
      .sort((a, b) => order(a.lang) - order(b.lang));
    for (const p of same) p.alternates = alternates;
  }
  const byKey = new Map<string, Page | Artefact>([...pages, ...files].map((e) => [e.key, e]));
  if (byKey.size !== pages.length + files.length) throw new Error('manifest: two entries share a key');
  const routesSeen = new Set<string>();
  for (const e of [...pages, ...files]) {
    if (routesSeen.has(e.route)) throw new Error(`manifest: two entries share the route "${e.route}"`);
    routesSeen.add(e.route);
  }
  // Every page's head asks for the theme file and the sitemap: by kind, not by a scan of 10,000 cards.
  const pagesByKind = Map.groupBy(pages, (p) => p.kind);
  const filesByKind = Map.groupBy(files, (f) => f.kind);
  const lookup = {
    page<K extends PageKind>(kind: K, id?: string): PageOfKind<K> {
      const hit = byKey.get(`page:${kind}:${id ?? ''}`);
      if (!hit) throw new Error(`manifest: no page ${kind}${id ? ` "${id}"` : ''}`);
      return hit as PageOfKind<K>;
    },
    pagesOf: <K extends PageKind>(kind: K) => [...(pagesByKind.get(kind) ?? [])] as Array<PageOfKind<K>>,
    filesOf: <K extends ArtefactKind>(kind: K, measureId?: string) =>
      (filesByKind.get(kind) ?? []).filter(
        (f) =>
          measureId === undefined || ('measure' in f && (f.measure as { id: string } | undefined)?.id === measureId),
      ) as Array<FileOfKind<K>>,
    file<K extends ArtefactKind>(kind: K, pick: (f: FileOfKind<K>) => boolean = () => true): FileOfKind<K> {
      const hit = filesByKind.get(kind)?.find((f) => pick(f as FileOfKind<K>));
      if (!hit) throw new Error(`manifest: no file ${kind}`);
      return hit as FileOfKind<K>;
    },
  };
  // Worked out once: 10,000 directive pages each asking the whole file list would cost seconds.
  const announcedEverywhere = files.filter((f) => f.announce?.pages === 'all');
  const announcedOn = new Map<string, Artefact[]>();
  for (const f of files)
    if (Array.isArray(f.announce?.pages))
      for (const route of f.announce.pages) announcedOn.set(route, [...(announcedOn.get(route) ?? []), f]);
  const labelOf = (n: NavEntry, lang: string, tl: Translate) => {
    if (typeof n.label === 'string') return tl(n.label as Parameters<Translate>[0]);
    const label = n.label[lang];
    if (!label) throw new Error(`a channel's navigation item for "${n.kind}" has no label in ${lang}`);
    return label;
  };
  /** A channel's navigation items in one language, where the build made their pages. */
  const navIn = (lang: string, tl: Translate): NavItem[] =>
    channels
      .flatMap((c) => c.nav ?? [])
      .filter((n) => (lang === 'vi' ? n.lang === undefined : n.lang === 'other'))
      .filter((n) => byKey.has(`page:${n.kind}:${lang === 'vi' ? '' : lang}`))
      .map((n) => ({ label: labelOf(n, lang, tl), page: lookup.page(n.kind, lang === 'vi' ? undefined : lang) }));
  const manifest: Manifest = {
    ...(data as ManifestData),
    base,
    siteUrl: settings.site.url,
    copy,
    pages,
    files,
    // A campaign without messages has no messages page, and so no such item.
    nav: navIn('vi', t),
    ...lookup,
    qrUrl: (m) => (settings.qrTarget === 'install' ? settings.app.installUrl : lookup.page('measure', m.id).absolute),
    under: (route) => pathWithBase(base, route),
    announced: (p) => [...announcedEverywhere, ...(announcedOn.get(p.route) ?? [])],
    translations,
    navOf(lang) {
      if (lang === 'vi') return manifest.nav;
      const tl = tOf(lang);
      return tl ? navIn(lang, tl) : [];
    },
  };
  return manifest;
}

export type { Measure };
