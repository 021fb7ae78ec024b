/**
 * A channel: one way the campaign reaches people (posters, signage, text messages, loudspeakers…), declared in a
 * folder of its own under src/channels/ and listed by one line in src/channels/registry.ts. The core (manifest,
 * navigation, catalogue, sitemap, draw-ahead, voice-ahead, output check) loops over the channels and names none.
 * The model is Astro's content loaders and Starlight's plugins: a plain object the core calls at fixed points.
 */
import type { Campaign } from '../campaign/load';
import type { CardCopy } from '../cards/social-card';
import type { Translate } from '../i18n/strings';
import type { Translation } from '../i18n/translations';
import type { Artefact, ArtefactKind, Crumb, DerivedCopy, FileOfKind, Page, PageKind } from './build';
import type { ManifestData } from './kinds';
import type { Build } from './context';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a card carries besides the campaign's brand, which the core adds. */
export type CardEntry = Omit<CardCopy, 'brand' | 'site' | 'file'> & { file?: string };

/** A page as a channel declares it: the core adds its URL, key, card file, language and alternates. */
export type PageEntry = DistributiveOmit<
  Page,
  'key' | 'route' | 'url' | 'absolute' | 'card' | 'noindex' | 'lang' | 'alternates'
> & {
  /** Tells pages of one kind apart: a measure's id, a language's code. */
  id?: string;
  /** Below the base path, from ./paths: "van-ban/123-abc-xy/". */
  route: string;
  /** Its own share card, or the card of the page at another route. */
  card: CardEntry | { sameAs: string };
  noindex?: boolean;
  lang?: string;
  /** The key of the Vietnamese page this one translates: hreflang links join them. */
  group?: string;
};

/** A generated file as a channel declares it: the core adds its URL, key and file name (the route's last part). */
export type FileEntry = DistributiveOmit<Artefact, 'url' | 'absolute' | 'key' | 'fileName'> & { id: string };

/** What the core hands each channel while the manifest is built. */
export interface ChannelContext {
  campaign: Campaign;
  settings: Campaign['settings'];
  /** The Vietnamese UI strings, with the campaign's own wording. */
  t: Translate;
  /** Another language's UI strings, for a language with its own pages. */
  tOf: (lang: string) => Translate | undefined;
  /** The settings file as authors name it, for error messages and cards. */
  settingsFile: string;
  translations: Translation[];
  copy: DerivedCopy;
  /** The campaign's slug: every file name starts with it. */
  slug: string;
  /** What the channels worked out in `data`, all of it, for the pages and files of any channel. */
  data: Partial<ManifestData>;
  page(entry: PageEntry): void;
  file(entry: FileEntry): Artefact;
  /** A share card at `cardRoute` (by default the page's own) that several pages can name with `sameAs`. */
  card(route: string, title: string, copy: CardEntry, cardRoute?: string): FileOfKind<'card'>;
  crumb(label: string, route?: string): Crumb;
}

/** Draws or voices one file's bytes; the core starts these ahead of the pages that link them. */
type Maker<K extends ArtefactKind> = { kind: K; make: (file: FileOfKind<K>, b: Build) => Promise<unknown> };
export type AheadJob = { [K in ArtefactKind]: Maker<K> }[ArtefactKind];

/** What a file's endpoint answers: its content type and its bytes. */
type Body = Uint8Array | string;
type Server<K extends ArtefactKind> = {
  kind: K;
  type: string | ((file: FileOfKind<K>) => string);
  body: (file: FileOfKind<K>, b: Build) => Body | Promise<Body>;
};
export type FileServer = { [K in ArtefactKind]: Server<K> }[ArtefactKind];

export interface NavEntry {
  kind: PageKind;
  /**
   * A UI string key ("nav.posters"), or the label in each language where the channel brings its own words
   * (`{ vi: 'Ghi chú', en: 'Notes' }`).
   */
  label: Parameters<Translate>[0] | Record<string, string>;
  /** `other`: the navigation of the other languages' pages (the page's id is the language's code). */
  lang?: 'other';
}

/** A page template of the channel and the routes it answers. */
export interface View {
  /**
   * The route pattern, made with the channel's paths.ts and Astro's parameters: `routes.measure('[slug]')`. A page
   * that a campaign may lack takes a rest parameter (`ownPaths.list() + '[...index]'`): with no pages, none is built.
   */
  pattern: string;
  /** The .astro file, relative to the channel's folder: "views/measure.astro". */
  entry: string;
}

export interface Channel {
  /** The folder's name under src/channels/. */
  name: string;
  /** Worked out once before any page, and handed on to every channel and page through the manifest. */
  data?(ctx: ChannelContext): Partial<ManifestData>;
  /** Declares the channel's pages, in order, with `ctx.page`. */
  pages?(ctx: ChannelContext): void;
  /** Declares the channel's files, in order, with `ctx.file`. */
  files?(ctx: ChannelContext): void;
  /**
   * What its pages and files show of the directives, where one does not say it itself (`directives` of a page or
   * file, src/manifest/cache-keys.ts): `named`, only those among their own fields; `none`, none at all. Unsaid: `all`.
   */
  directives?: 'named' | 'all' | 'none';
  /** The channel's page templates; each finds its pages with `pagePaths(kind)`. */
  views?: View[];
  /** How each kind of the channel's files is made when the build writes it (zips are packed after, from members). */
  serve?: FileServer[];
  /** Inline styles of the channel's self-contained HTML files, which the site's CSP header must allow. */
  styleSources?(b: Build): string[];
  /** The channel's items in the header's navigation, in order. */
  nav?: NavEntry[];
  /**
   * Files drawn (sharp, on its own threads), voiced (the voice thread) or encoded (ffmpeg, two at a time: src/video/)
   * as soon as the manifest is known, while Astro writes the pages, so their endpoints find them made. `size`:
   * print-size images first.
   */
  ahead?: Array<AheadJob & { engine: 'draw' | 'voice' | 'video'; size: 'print' | 'screen' | 'small' }>;
}

/** Declares a channel; the identity, for types and for the registry's one line per channel. */
export function defineChannel(channel: Channel): Channel {
  return channel;
}
