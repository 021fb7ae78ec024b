import type { Directive, Measure, Campaign } from '../campaign/load';
import type { CardCopy } from '../cards/social-card';
import type { Translate } from '../i18n/strings';
import { visitorNotices, type Translation, type VisitorNotice } from '../i18n/translations';
import type { MessageData, Repeat } from '../messages/schema';
import type { BroadcastItem } from '../broadcast/schema';
import type { Edition } from '../kit/edition';
import { itemLabel, POSTER_ITEMS, type ItemKey } from '../kit/items';
import { capitalize, directiveTitle, plainSubject } from '../directives/text';
import { foldDiacritics, formatDateShort, formatInteger } from '../core/vietnamese';
import { BLEED_MM, PRINT_DPI } from '../posters/print';
import { kitItemsOf, SOCIAL_SHAPES, type KitItem, type SocialShape } from '../kit/paper';
import { absoluteUrl, fileNames, normalizeBase, pathWithBase, routes } from './paths';

/** Paper sizes, image formats and orientations each feature makes; the features' own constants follow these. */
export const PAPERS = ['a4', 'a3'] as const;
export type PaperSize = (typeof PAPERS)[number];
export const POSTER_FORMATS = ['pdf', 'png', 'webp'] as const;
export type PosterFormat = (typeof POSTER_FORMATS)[number];
export const ORIENTATIONS = ['ngang', 'doc'] as const;
export type SlideOrientation = (typeof ORIENTATIONS)[number];
export const SLIDE_FORMATS = ['svg', 'png'] as const;
export const CAPTION_FORMATS = ['vtt', 'srt'] as const;

interface Located {
  /** Unique within the build, e.g. "page:directive:123-abc-xy". */
  key: string;
  /** Below the base path: "van-ban/123-abc-xy/". */
  route: string;
  /** What a link on the site writes: the route under the base path. */
  url: string;
  /** The full address, for canonical links, share cards and playlists. */
  absolute: string;
  /** The route file's parameters, so a page's getStaticPaths never builds a path. */
  params: Record<string, string | undefined>;
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

interface PageCommon extends Located {
  /** BCP 47 code of the page's language, what its <html lang> says. */
  lang: string;
  /** The same page in every language it exists in, itself included, in the settings' order. */
  alternates: Alternate[];
  title: string;
  description: string;
  crumbs: Crumb[];
  card: Extract<Artefact, { kind: 'card' }>;
  /** Signage screens are for players, not for search engines. */
  noindex: boolean;
}

// Distributes over K, so Extract<Page, { kind: 'home' }> finds the home page's own type.
type PageOf<K extends string, Extra = object> = K extends string ? PageCommon & { kind: K } & Extra : never;

export type Page =
  | PageOf<
      | 'home'
      | 'directives'
      | 'measures'
      | 'posters'
      | 'scripts'
      | 'signage'
      | 'signage-guide'
      | 'search'
      | 'messages'
      | 'broadcast'
      | 'customiser'
    >
  | PageOf<'directive', { directive: Directive }>
  | PageOf<'lang-home' | 'lang-measures' | 'install', { translation: Translation }>
  | PageOf<'lang-measure', { translation: Translation; measure: Measure; text: MeasureText }>
  | PageOf<'visitors', { notice: VisitorNotice }>
  | PageOf<
      'measure' | 'script' | 'signage-slide' | 'measure-messages' | 'measure-broadcast' | 'announcer-script',
      { measure: Measure }
    >;

type FileOf<K extends string, Extra = object> = K extends string
  ? Located & { kind: K; fileName: string; title: string } & Extra
  : never;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type Artefact =
  | FileOf<'poster', { measure: Measure; paper: PaperSize; format: PosterFormat }>
  | FileOf<'poster-zip', { paper: PaperSize; /** Routes of the files it packs. */ members: string[] }>
  | FileOf<'kit', { measure: Measure; item: KitItem }>
  | FileOf<'social-image', { measure: Measure; shape: SocialShape }>
  | FileOf<'kit-zip', { measure: Measure; members: string[] }>
  | FileOf<'social-zip', { members: string[] }>
  | FileOf<'slide-image', { measure: Measure; orientation: SlideOrientation; format: (typeof SLIDE_FORMATS)[number] }>
  | FileOf<
      'visitor-poster',
      { /** One language, or every language on one sheet. */ langs: string[]; paper: PaperSize; format: PosterFormat }
    >
  | FileOf<'visitor-slide', { lang: string; orientation: SlideOrientation; format: (typeof SLIDE_FORMATS)[number] }>
  | FileOf<'visitor-zip', { paper: PaperSize; /** Routes of the files it packs. */ members: string[] }>
  | FileOf<'captions', { measure: Measure; format: (typeof CAPTION_FORMATS)[number] }>
  | FileOf<'frame', { measure: Measure; scene: number }>
  | FileOf<'clip-track', { measure: Measure }>
  | FileOf<'card', { copy: CardCopy; page: string }>
  | FileOf<'playlist-json'>
  | FileOf<'playlist-m3u', { orientation: SlideOrientation }>
  | FileOf<'zns' | 'oa-cover', { message: CampaignMessage }>
  | FileOf<'calendar', { channel: string; repeat: Repeat }>
  | FileOf<'broadcast-draft', { measure: Measure; item: BroadcastItem; index: number }>
  | FileOf<'broadcast-playlist'>
  | FileOf<'edition', { measure: Measure; item: ItemKey; edition: Edition; place: string }>
  | FileOf<'edition-zip', { edition: Edition; place: string; members: string[] }>
  | FileOf<'editions-template'>
  | FileOf<'visitor-portal', { notice: VisitorNotice; /** Route of the visitors' page it stands for. */ page: string }>
  | FileOf<'signage-worker' | 'signage-version' | 'theme' | 'headers' | 'catalogue' | 'sitemap' | 'messages-json'>;

/** A message with where it lives: a measure's, or the campaign's own (measure null). */
export interface CampaignMessage {
  message: MessageData;
  measure: Measure | null;
  file: string;
}

export type PageKind = Page['kind'];
export type ArtefactKind = Artefact['kind'];

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

export interface Manifest {
  base: string;
  siteUrl: string;
  copy: DerivedCopy;
  pages: Page[];
  files: Artefact[];
  /** The header's navigation, in order. */
  nav: Array<{ label: string; page: Page }>;
  /** The one page of a kind (and id); throws when there is none, so a link can never point nowhere. */
  page<K extends PageKind>(kind: K, id?: string): Extract<Page, { kind: K }>;
  pagesOf<K extends PageKind>(kind: K): Array<Extract<Page, { kind: K }>>;
  filesOf<K extends ArtefactKind>(kind: K, measureId?: string): Array<Extract<Artefact, { kind: K }>>;
  file<K extends ArtefactKind>(
    kind: K,
    pick?: (f: Extract<Artefact, { kind: K }>) => boolean,
  ): Extract<Artefact, { kind: K }>;
  /** Where a measure's QR code leads: the install page or the measure's own page, as settings say. */
  qrUrl(measure: Measure): string;
  /** Every message of the campaign, campaign-wide first. */
  messages: CampaignMessage[];
  /** A path under the base, for what the manifest does not list (the search bundle). */
  under(route: string): string;
  /** The campaign in its other languages, in the settings' order. */
  translations: Translation[];
  /** Every language's notice for visitors, Vietnamese first; none without settings `visitors`. */
  notices: VisitorNotice[];
  /** The header's navigation of a page's language (Vietnamese: `nav`). */
  navOf(lang: string): Array<{ label: string; page: Page }>;
}

type MeasureText = NonNullable<Translation['measures']>[number];

/** The local-edition items a measure has: every measure's posters, and the kit's paper where the measure has it. */
export function itemsOf(measure: Measure): ItemKey[] {
  return [...POSTER_ITEMS, ...kitItemsOf(measure.data.kit)];
}

/** "example.gov.vn/tai-ve" from "https://www.example.gov.vn/tai-ve/": short enough to print and say. */
export function addressLabel(url: string): string {
  const u = new URL(url);
  return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/$/, '')).normalize('NFC');
}

/**
 * Every page and every generated file of a campaign, with its URL, file name,
 * title and the copy derived for it. Computed once per build; pages,
 * endpoints, navigation, the service worker and the tests read it.
 */
export function buildManifest(
  campaign: Campaign,
  t: Translate,
  settingsFile = 'settings.yaml',
  /** The campaign in its other languages (settings `languages`), checked by loadTranslations. */
  translations: Translation[] = [],
  /** The UI strings of another language, for one that has its own pages (src/i18n/<code>.json). */
  tOf: (lang: string) => Translate | undefined = () => undefined,
): Manifest {
  const { settings, directives, measures, root } = campaign;
  const base = normalizeBase(settings.basePath);
  const slug = settings.campaign.slug;
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
  const seconds = settings.clip.durationSeconds;
  const count = measures.length;
  const brand = { brand: settings.campaign.name, site: copy.siteHost, file: settingsFile };

  const pages: Page[] = [];
  const files: Artefact[] = [];
  const cardOf = new Map<string, Extract<Artefact, { kind: 'card' }>>();

  const card = (
    route: string,
    title: string,
    copyOf: Omit<CardCopy, 'brand' | 'site' | 'file'> & { file?: string },
    cardRoute = routes.card(route),
  ) => {
    const entry: Extract<Artefact, { kind: 'card' }> = {
      kind: 'card',
      key: `file:card:${route}`,
      ...where(cardRoute),
      params: { card: cardRoute.replace(/^og\//, '') },
      fileName: cardRoute.split('/').at(-1)!,
      title: t('site.cardTitle', { title }),
      copy: { ...brand, ...copyOf },
      page: route,
    };
    files.push(entry);
    cardOf.set(route, entry);
    return entry;
  };

  // Pages in another language name the key of their Vietnamese original; hreflang links join them.
  const groups = new Map<Page, string>();
  const page = (
    entry: DistributiveOmit<Page, 'key' | 'route' | 'url' | 'absolute' | 'card' | 'noindex' | 'lang' | 'alternates'> & {
      id?: string;
      route: string;
      card: (Omit<CardCopy, 'brand' | 'site' | 'file'> & { file?: string }) | { sameAs: string };
      noindex?: boolean;
      lang?: string;
      group?: string;
    },
  ) => {
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
    };
    pages.push(full as unknown as Page);
    if (group) groups.set(full as unknown as Page, group);
  };

  const crumb = (label: string, route?: string): Crumb => ({
    label,
    url: route === undefined ? undefined : pathWithBase(base, route),
  });

  // --- Pages -----------------------------------------------------------------
  page({
    kind: 'home',
    route: routes.home(),
    params: {},
    crumbs: [],
    title: settings.campaign.title,
    description: settings.site.description,
    card: { kicker: settings.campaign.title, title: settings.campaign.tagline },
  });
  page({
    kind: 'directives',
    route: routes.directives(),
    params: {},
    crumbs: [crumb(t('crumbs.directives'))],
    title: t('directives.title'),
    description: t('directives.description'),
    card: { kicker: t('directives.cardKicker', { count: directives.length }), title: t('directives.cardTitle') },
  });
  // Past settings `cards.perDirectiveUpTo`, directives share one card per type (or issuer), each drawn once:
  // one 40 ms JPEG per directive was the largest cost of a 10,000-directive build.
  const { perDirectiveUpTo, sharedBy } = settings.cards;
  const sharedCards = directives.length > perDirectiveUpTo;
  const groupOf = (d: Directive) => (sharedBy === 'issuer' ? d.data.issuer.name : capitalize(d.data.type));
  const groupCard = (d: Directive) =>
    routes.directiveGroupCard(
      foldDiacritics(groupOf(d))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-'),
    );
  if (sharedCards)
    for (const [route, members] of Map.groupBy(directives, groupCard)) {
      const group = groupOf(members[0]);
      const kicker = t('directive.groupCardKicker', { group, count: formatInteger(members.length) });
      card(route, group, { kicker, title: t('directives.cardTitle') }, route);
    }
  for (const d of directives) {
    const title = directiveTitle(d.data);
    page({
      kind: 'directive',
      id: d.id,
      directive: d,
      route: routes.directive(d.id),
      params: { slug: d.id },
      crumbs: [crumb(t('crumbs.directives'), routes.directives()), crumb(d.data.number ?? title)],
      title,
      description: `${title}: ${plainSubject(d.data)}`,
      card: sharedCards
        ? { sameAs: groupCard(d) }
        : {
            file: d.file,
            kicker: t('directive.cardKicker', {
              type: capitalize(d.data.type),
              issuer: d.data.issuer.name,
              date: formatDateShort(d.data.date),
            }),
            title: `${title}: ${plainSubject(d.data)}`,
          },
    });
  }
  page({
    kind: 'measures',
    route: routes.measures(),
    params: {},
    crumbs: [crumb(t('crumbs.measures'))],
    title: t('measures.title', { count }),
    description: t('measures.description', { count, document: rootTitle }),
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
      },
    });
  }
  page({
    kind: 'posters',
    route: routes.posters(),
    params: {},
    crumbs: [crumb(t('crumbs.posters'))],
    title: t('posters.title'),
    description: t('posters.description', { count, bleed: BLEED_MM, dpi: PRINT_DPI }),
    card: { kicker: t('posters.cardKicker'), title: t('posters.cardTitle', { dpi: PRINT_DPI }) },
  });
  page({
    kind: 'customiser',
    route: routes.customiser(),
    params: {},
    crumbs: [crumb(t('crumbs.posters'), routes.posters()), crumb(t('crumbs.customiser'))],
    title: t('customiser.title'),
    description: t('customiser.description'),
    card: { kicker: t('customiser.cardKicker'), title: t('customiser.title') },
  });
  page({
    kind: 'scripts',
    route: routes.scripts(),
    params: {},
    crumbs: [crumb(t('crumbs.scripts'))],
    title: t('scripts.title'),
    description: t('scripts.description', { seconds }),
    card: { kicker: t('scripts.cardKicker', { seconds }), title: t('scripts.cardTitle') },
  });
  for (const m of measures) {
    page({
      kind: 'script',
      id: m.id,
      measure: m,
      route: routes.script(m.id),
      params: { slug: m.id },
      crumbs: [crumb(t('crumbs.scripts'), routes.scripts()), crumb(t('crumbs.measure', { number: m.data.number }))],
      title: t('script.title', { seconds, number: m.data.number }),
      description: t('script.description', { title: m.data.clip.title, seconds }),
      card: {
        file: m.file,
        kicker: t('script.cardKicker', { seconds, number: m.data.number }),
        title: m.data.clip.title,
      },
    });
  }
  page({
    kind: 'signage',
    route: routes.signage(),
    params: {},
    crumbs: [],
    noindex: true,
    title: t('signage.title', { app: settings.app.name }),
    description: settings.site.description,
    card: { sameAs: routes.home() },
  });
  for (const m of measures) {
    page({
      kind: 'signage-slide',
      id: m.id,
      measure: m,
      route: routes.signageSlide(m.id),
      params: { slug: m.id },
      crumbs: [],
      noindex: true,
      title: t('signage.slideTitle', { app: settings.app.name, number: m.data.number }),
      description: m.data.summary,
      card: { sameAs: routes.measure(m.id) },
    });
  }
  page({
    kind: 'signage-guide',
    route: routes.signageGuide(),
    params: {},
    crumbs: [crumb(t('crumbs.signageGuide'))],
    title: t('signageGuide.title'),
    description: t('signageGuide.description', { app: settings.app.name }),
    card: { kicker: t('signageGuide.cardKicker'), title: t('signageGuide.cardTitle') },
  });
  const messages: CampaignMessage[] = [
    ...(settings.messaging?.messages ?? []).map((message) => ({ message, measure: null, file: settingsFile })),
    ...measures.flatMap((m) => m.data.messages.map((message) => ({ message, measure: m, file: m.file }))),
  ];
  const channels = Object.entries(settings.messaging?.channels ?? {});
  if (messages.length || channels.length) {
    page({
      kind: 'messages',
      route: routes.messages(),
      params: { index: undefined },
      crumbs: [crumb(t('crumbs.messages'))],
      title: t('messages.title'),
      description: t('messages.description', { app: settings.app.name }),
      card: { kicker: t('messages.cardKicker'), title: t('messages.cardTitle', { app: settings.app.name }) },
    });
    for (const m of measures.filter((x) => x.data.messages.length)) {
      page({
        kind: 'measure-messages',
        id: m.id,
        measure: m,
        route: routes.measureMessages(m.id),
        params: { slug: m.id },
        crumbs: [crumb(t('crumbs.messages'), routes.messages()), crumb(t('crumbs.measure', { number: m.data.number }))],
        title: t('messages.measureTitle', { number: m.data.number, title: m.data.title }),
        description: t('messages.measureDescription', { number: m.data.number }),
        card: { file: m.file, kicker: t('messages.cardKicker'), title: m.data.title },
      });
    }
  }
  const speaking = measures.filter((m) => m.data.broadcast.length);
  if (speaking.length) {
    page({
      kind: 'broadcast',
      route: routes.broadcast(),
      params: { index: undefined },
      crumbs: [crumb(t('crumbs.broadcast'))],
      title: t('broadcast.title'),
      description: t('broadcast.description'),
      card: { kicker: t('broadcast.cardKicker'), title: t('broadcast.cardTitle', { app: settings.app.name }) },
    });
    for (const m of speaking) {
      const crumbs = [crumb(t('crumbs.broadcast'), routes.broadcast())];
      page({
        kind: 'measure-broadcast',
        id: m.id,
        measure: m,
        route: routes.measureBroadcast(m.id),
        params: { slug: m.id },
        crumbs: [...crumbs, crumb(t('crumbs.measure', { number: m.data.number }))],
        title: t('broadcast.measureTitle', { number: m.data.number, title: m.data.title }),
        description: t('broadcast.measureDescription', { number: m.data.number }),
        card: { file: m.file, kicker: t('broadcast.cardKicker'), title: m.data.title },
      });
      page({
        kind: 'announcer-script',
        id: m.id,
        measure: m,
        route: routes.announcerScript(m.id),
        params: { slug: m.id },
        crumbs: [
          ...crumbs,
          crumb(t('crumbs.measure', { number: m.data.number }), routes.measureBroadcast(m.id)),
          crumb(t('crumbs.announcer')),
        ],
        title: t('broadcast.announcerTitle', { number: m.data.number, title: m.data.title }),
        description: t('broadcast.announcerDescription'),
        card: { sameAs: routes.measureBroadcast(m.id) },
      });
    }
  }
  page({
    kind: 'search',
    route: routes.search(),
    params: {},
    crumbs: [crumb(t('crumbs.search'))],
    title: t('search.title'),
    description: t('search.description'),
    card: { kicker: t('search.cardKicker'), title: t('search.cardTitle') },
  });

  // --- Other languages -----------------------------------------------------------
  const notices = visitorNotices(
    settings,
    translations,
    (k) => t(`visitors.${k}`),
    t('visitors.languageName'),
    copy.basis,
    settingsFile,
  );
  const visitorMeasure = measures.find((m) => m.data.number === settings.visitors?.measure);
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
      description: tl('measures.description', { count, document: root.data.number ?? rootTitle }),
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
      route: under(routes.install()),
      crumbs: [crumb(tl('crumbs.install'))],
      title: tl('install.title', { app: settings.app.name }),
      description: tr.app.privacy,
      card: { file: tr.file, kicker: tr.campaign.title, title: tl('install.title', { app: settings.app.name }) },
    });
  }
  for (const notice of notices) {
    const { lang } = notice;
    const tl = lang === 'vi' ? t : tOf(lang);
    const route = lang === 'vi' ? routes.visitors() : routes.inLanguage(lang, routes.visitors());
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
      card: tl ? { kicker: notice.labels.kicker, title: notice.headline } : { sameAs: routes.visitors() },
    });
  }

  // --- Generated files ---------------------------------------------------------
  const file = (entry: DistributiveOmit<Artefact, 'url' | 'absolute' | 'key' | 'fileName'> & { id: string }) => {
    const { id, ...rest } = entry;
    const full = {
      ...rest,
      ...where(entry.route),
      key: `file:${entry.kind}:${id}`,
      fileName: entry.route.split('/').at(-1)!,
    };
    files.push(full as unknown as Artefact);
    return full as unknown as Artefact;
  };
  const upper = (s: string) => s.toUpperCase();

  for (const paper of PAPERS) {
    const members: string[] = [];
    for (const m of measures) {
      for (const format of POSTER_FORMATS) {
        const name = fileNames.poster(slug, m.data.number, paper, format);
        const f = file({
          kind: 'poster',
          id: name,
          route: routes.posterFile(name),
          params: { file: name },
          title: t('poster.fileTitle', { number: m.data.number, paper: upper(paper), format: upper(format) }),
          measure: m,
          paper,
          format,
        });
        if (format !== 'webp') members.push(f.route);
      }
    }
    const zip = fileNames.posterZip(slug, paper);
    file({
      kind: 'poster-zip',
      id: zip,
      route: routes.posterFile(zip),
      params: {},
      title: t('posters.zipTitle', { paper: upper(paper) }),
      paper,
      members,
    });
  }
  // The paper kit: each item where the measure's `kit` gives its wording, social images for every measure.
  const socialMembers: string[] = [];
  for (const m of measures) {
    const members: string[] = [];
    for (const item of kitItemsOf(m.data.kit)) {
      const name = fileNames.kit(slug, m.data.number, item);
      const f = file({
        kind: 'kit',
        id: name,
        route: routes.kitFile(name),
        params: { file: name },
        title: t('kit.fileTitle', { number: m.data.number, item: t(`kit.item.${item}`) }),
        measure: m,
        item,
      });
      members.push(f.route);
    }
    for (const shape of Object.keys(SOCIAL_SHAPES) as SocialShape[]) {
      const name = fileNames.socialImage(slug, m.data.number, shape);
      const f = file({
        kind: 'social-image',
        id: name,
        route: routes.kitFile(name),
        params: { file: name },
        title: t('kit.socialTitle', { number: m.data.number, ...SOCIAL_SHAPES[shape] }),
        measure: m,
        shape,
      });
      socialMembers.push(f.route);
      if (members.length) members.push(f.route);
    }
    if (members.length) {
      const zip = fileNames.kitZip(slug, m.data.number);
      const title = t('kit.zipTitle', { number: m.data.number });
      file({ kind: 'kit-zip', id: zip, route: routes.kitFile(zip), params: {}, title, measure: m, members });
    }
  }
  const socialZip = fileNames.socialZip(slug);
  file({
    kind: 'social-zip',
    id: socialZip,
    route: routes.kitFile(socialZip),
    params: {},
    title: t('kit.socialZipTitle'),
    members: socialMembers,
  });
  file({
    kind: 'editions-template',
    id: 'csv',
    route: routes.customiserFile(fileNames.editionsTemplate()),
    params: {},
    title: t('customiser.template'),
  });
  for (const edition of campaign.editions) {
    const place = fileNames.place(edition.name);
    const members: string[] = [];
    for (const m of measures) {
      for (const item of itemsOf(m)) {
        const name = fileNames.edition(slug, m.data.number, item, place);
        const f = file({
          kind: 'edition',
          id: `${place}/${name}`,
          route: routes.editionFile(place, name),
          params: { place, file: name },
          title: t('edition.fileTitle', {
            item: itemLabel(item, t),
            number: m.data.number,
            place: edition.name,
          }),
          measure: m,
          item,
          edition,
          place,
        });
        members.push(f.route);
      }
    }
    const zip = fileNames.editionZip(slug, place);
    file({
      kind: 'edition-zip',
      id: place,
      route: routes.editionFile(place, zip),
      params: {},
      title: t('edition.zipTitle', { place: edition.name }),
      edition,
      place,
      members,
    });
  }
  for (const m of measures) {
    for (const format of CAPTION_FORMATS) {
      const name = fileNames.captions(slug, m.data.number, format);
      file({
        kind: 'captions',
        id: `${m.id}/${name}`,
        route: routes.scriptFile(m.id, name),
        params: { slug: m.id, file: name },
        title: t('script.captionsTitle', { number: m.data.number, format: upper(format) }),
        measure: m,
        format,
      });
    }
    m.data.clip.scenes.forEach((_, scene) => {
      const name = fileNames.frame(scene);
      file({
        kind: 'frame',
        id: `${m.id}/${name}`,
        route: routes.scriptFile(m.id, name),
        params: { slug: m.id, file: name },
        title: t('script.frameTitle', { number: m.data.number, scene: scene + 1 }),
        measure: m,
        scene,
      });
    });
  }
  for (const m of measures) {
    const name = fileNames.clipTrack(slug, m.data.number);
    file({
      kind: 'clip-track',
      id: `${m.id}/${name}`,
      route: routes.scriptFile(m.id, name),
      params: { slug: m.id, file: name },
      title: t('script.trackTitle', { number: m.data.number }),
      measure: m,
    });
  }
  for (const m of measures) {
    for (const orientation of ORIENTATIONS) {
      for (const format of SLIDE_FORMATS) {
        const name = fileNames.slideImage(slug, m.data.number, orientation, format);
        const label = t(orientation === 'ngang' ? 'signage.landscape' : 'signage.portrait');
        file({
          kind: 'slide-image',
          id: name,
          route: routes.signageImage(name),
          params: { file: name },
          title: t('signage.imageTitle', { number: m.data.number, title: m.data.title, orientation: label }),
          measure: m,
          orientation,
          format,
        });
      }
    }
  }
  // The visitors' notice on paper and on screens: each language alone, and every language on one sheet.
  const posterSets = notices.length > 1 ? [...notices.map((n) => [n.lang]), notices.map((n) => n.lang)] : [];
  for (const paper of PAPERS) {
    const members: string[] = [];
    for (const langs of posterSets) {
      const language =
        langs.length > 1
          ? t('visitors.allLanguages', { count: langs.length })
          : notices.find((n) => n.lang === langs[0])!.name;
      for (const format of POSTER_FORMATS) {
        const name = fileNames.visitorPoster(slug, langs, paper, format);
        const f = file({
          kind: 'visitor-poster',
          id: name,
          route: routes.posterFile(name),
          params: { file: name },
          title: t('visitors.posterFileTitle', { language, paper: upper(paper), format: upper(format) }),
          langs,
          paper,
          format,
        });
        if (format !== 'webp') members.push(f.route);
      }
    }
    if (members.length) {
      const zip = fileNames.visitorZip(slug, paper);
      file({
        kind: 'visitor-zip',
        id: zip,
        route: routes.posterFile(zip),
        params: {},
        title: t('visitors.zipTitle', { paper: upper(paper) }),
        paper,
        members,
      });
    }
  }
  for (const notice of notices.length > 1 ? notices : []) {
    for (const orientation of ORIENTATIONS) {
      for (const format of SLIDE_FORMATS) {
        const name = fileNames.visitorSlide(slug, notice.lang, orientation, format);
        const label = t(orientation === 'ngang' ? 'signage.landscape' : 'signage.portrait');
        file({
          kind: 'visitor-slide',
          id: name,
          route: routes.signageImage(name),
          params: { file: name },
          title: t('visitors.slideFileTitle', { language: notice.name, orientation: label }),
          lang: notice.lang,
          orientation,
          format,
        });
      }
    }
  }
  file({
    kind: 'playlist-json',
    id: 'json',
    route: routes.signagePlaylist(fileNames.playlistJson()),
    params: {},
    title: t('signage.playlistTitle'),
  });
  for (const orientation of ORIENTATIONS) {
    const name = fileNames.playlistM3u(orientation);
    file({
      kind: 'playlist-m3u',
      id: name,
      route: routes.signagePlaylist(name),
      params: { playlist: name },
      title: t('signage.playlistTitle'),
      orientation,
    });
  }
  file({
    kind: 'signage-worker',
    id: 'sw',
    route: routes.signageWorker(),
    params: {},
    title: t('signage.workerTitle'),
  });
  file({
    kind: 'signage-version',
    id: 'version',
    route: routes.signageVersion(),
    params: {},
    title: t('signage.versionTitle'),
  });
  for (const cm of messages) {
    const id = cm.message.id;
    if (cm.message.zns) {
      const route = routes.messageFile(fileNames.zns(id));
      file({
        kind: 'zns',
        id,
        route,
        params: { file: fileNames.zns(id) },
        title: t('messages.znsFileTitle', { id }),
        message: cm,
      });
    }
    if (cm.message.article) {
      const route = routes.messageFile(fileNames.oaCover(id));
      file({
        kind: 'oa-cover',
        id,
        route,
        params: { file: fileNames.oaCover(id) },
        title: t('messages.coverFileTitle', { title: cm.message.article.title }),
        message: cm,
      });
    }
  }
  for (const [channel, repeat] of channels) {
    const route = routes.messageFile(fileNames.calendar(channel));
    file({
      kind: 'calendar',
      id: channel,
      route,
      params: { file: fileNames.calendar(channel) },
      title: t('messages.calendarTitle', { label: repeat.label }),
      channel,
      repeat,
    });
  }
  if (messages.length || channels.length) {
    file({
      kind: 'messages-json',
      id: 'json',
      route: routes.messageFile(fileNames.messagesJson()),
      params: { file: fileNames.messagesJson() },
      title: t('messages.jsonTitle'),
    });
  }
  for (const m of speaking) {
    m.data.broadcast.forEach((item, index) => {
      const name = fileNames.draft(slug, m.data.number, item.id);
      file({
        kind: 'broadcast-draft',
        id: `${m.id}/${name}`,
        route: routes.broadcastFile(m.id, name),
        params: { slug: m.id, file: name },
        title: t('broadcast.draftTitle', { title: item.title }),
        measure: m,
        item,
        index,
      });
    });
  }
  if (speaking.length) {
    const route = routes.broadcastPlaylist();
    const params = { playlist: route.split('/').at(-1)! };
    file({ kind: 'broadcast-playlist', id: 'm3u', route, params, title: t('broadcast.playlistTitle') });
  }
  for (const notice of notices) {
    const name = fileNames.visitorPortal(notice.lang);
    file({
      kind: 'visitor-portal',
      id: notice.lang,
      route: routes.visitorFile(name),
      params: { file: name },
      title: t('visitors.portalTitle', { language: notice.name }),
      notice,
      page: notice.lang === 'vi' ? routes.visitors() : routes.inLanguage(notice.lang, routes.visitors()),
    });
  }
  file({ kind: 'theme', id: 'theme', route: routes.theme(), params: {}, title: t('site.themeTitle') });
  file({
    kind: 'headers',
    id: 'headers',
    route: routes.headers(),
    params: { headers: routes.headers() },
    title: t('site.headersTitle'),
  });
  file({ kind: 'catalogue', id: 'catalogue', route: routes.catalogue(), params: {}, title: t('site.catalogueTitle') });
  file({ kind: 'sitemap', id: 'sitemap', route: routes.sitemap(), params: {}, title: t('site.sitemapTitle') });

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
  const navKinds: Array<[PageKind, Parameters<Translate>[0]]> = [
    ['directives', 'nav.directives'],
    ['measures', 'nav.measures'],
    ['posters', 'nav.posters'],
    ['scripts', 'nav.scripts'],
    ['signage-guide', 'nav.signage'],
    ['messages', 'nav.messages'],
    ['broadcast', 'nav.broadcast'],
    ['search', 'nav.search'],
  ];
  // Every page's head asks for the theme file and the sitemap: by kind, not by a scan of 10,000 cards.
  const pagesByKind = Map.groupBy(pages, (p) => p.kind);
  const filesByKind = Map.groupBy(files, (f) => f.kind);
  const manifest: Manifest = {
    base,
    siteUrl: settings.site.url,
    copy,
    pages,
    files,
    nav: [],
    messages: [],
    page(kind, id) {
      const hit = byKey.get(`page:${kind}:${id ?? ''}`);
      if (!hit) throw new Error(`manifest: no page ${kind}${id ? ` "${id}"` : ''}`);
      return hit as never;
    },
    pagesOf: (kind) => [...(pagesByKind.get(kind) ?? [])] as never,
    filesOf: (kind, measureId) =>
      (filesByKind.get(kind) ?? []).filter(
        (f) => measureId === undefined || ('measure' in f && f.measure.id === measureId),
      ) as never,
    file(kind, pick = () => true) {
      const hit = filesByKind.get(kind)?.find((f) => pick(f as never));
      if (!hit) throw new Error(`manifest: no file ${kind}`);
      return hit as never;
    },
    qrUrl: (m) => (settings.qrTarget === 'install' ? settings.app.installUrl : manifest.page('measure', m.id).absolute),
    under: (route) => pathWithBase(base, route),
    translations,
    notices,
    navOf(lang) {
      if (lang === 'vi') return manifest.nav;
      const tl = tOf(lang);
      if (!tl) return [];
      const items: Array<[PageKind, Parameters<Translate>[0]]> = [
        ['lang-measures', 'nav.measures'],
        ['install', 'nav.install'],
        ['visitors', 'nav.visitors'],
      ];
      return items
        .filter(([kind]) => byKey.has(`page:${kind}:${lang}`))
        .map(([kind, label]) => ({ label: tl(label), page: manifest.page(kind, lang) }));
    },
  };
  // A campaign without messages has no messages page, and so no such item.
  manifest.nav = navKinds
    .filter(([kind]) => pages.some((p) => p.kind === kind))
    .map(([kind, label]) => ({ label: t(label), page: manifest.page(kind) }));
  manifest.messages = messages;
  return manifest;
}

export type { Directive, Measure };
