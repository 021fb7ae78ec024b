import '../render/node-assets';
import config from 'virtual:loa/config';
import { loadCampaign } from '../campaign/load';
import { contentRoot } from '../config/content-root';
import { themeOf } from '../config/palette';
import { hasUiStrings, makeTranslator, otherStrings, type Strings, type Translate } from '../i18n/strings';
import { loadTranslations } from '../i18n/translations';
import { channels } from '../channels/channels';
import { makeAhead } from './draw-ahead';
import { buildManifest, type Manifest, type PageKind, type Page } from './build';
import { cacheKeys, contentDigest } from './cache-keys';
import type { Build } from './context';

let strings: Translate | undefined;

const { settingsFile } = config;
let manifest: Promise<Manifest> | undefined;

/** The UI strings of this build: the language file with the campaign's overrides, read once by astro.config.mjs. */
export function getStrings(): Translate {
  strings ??= makeTranslator(config.strings);
  return strings;
}

const others = new Map<string, Translate>();

/** The UI strings of a language: Vietnamese with the campaign's overrides, another one as its file has them. */
export function stringsOf(lang: string): Translate | undefined {
  if (lang === 'vi') return getStrings();
  const strings = otherStrings(lang);
  if (!strings) return undefined;
  // A partial file: a key it lacks throws when a page asks for it (makeTranslator), never falls back to Vietnamese.
  if (!others.has(lang)) others.set(lang, makeTranslator(strings as Strings));
  return others.get(lang);
}

/** The campaign manifest, computed once per build and read by every page and endpoint. */
export function getManifest(): Promise<Manifest> {
  manifest ??= loadCampaign().then((campaign) => {
    const numbers = campaign.measures.map((m) => m.data.number);
    const translations = loadTranslations(contentRoot(), campaign.settings, numbers, hasUiStrings);
    return buildManifest(campaign, getStrings(), channels, settingsFile, translations, stringsOf);
  });
  return manifest;
}

let build: Promise<Build> | undefined;

export function getBuild(): Promise<Build> {
  build ??= getManifest().then(async (manifest) => {
    const campaign = await loadCampaign();
    const b: Build = {
      manifest,
      campaign,
      settings: campaign.settings,
      t: getStrings(),
      theme: themeOf(campaign.settings.palette),
      settingsFile,
      date: campaign.root.data.date,
    };
    // `astro build` only: the dev server voices a clip or draws an image when it is asked for.
    if (import.meta.env.PROD) makeAhead(b, channels);
    return b;
  });
  return build;
}

let keys: Promise<Map<string, string>> | undefined;

/** Each page's and file's key for Astro's incremental build (./cache-keys.ts), by manifest key. */
export function getCacheKeys(): Promise<Map<string, string>> {
  keys ??= Promise.all([getManifest(), loadCampaign()]).then(([manifest, campaign]) =>
    cacheKeys({
      campaign,
      manifest,
      siteWide: contentDigest(contentRoot(), [
        JSON.stringify(config),
        JSON.stringify(manifest.copy),
        JSON.stringify(manifest.nav.map((n) => [n.label, n.page.route])),
      ]),
    }),
  );
  return keys;
}

/** getStaticPaths for a page route file: one path per manifest page of these kinds. */
export async function pagePaths<K extends PageKind>(...kinds: K[]) {
  const m = await getManifest();
  const k = await getCacheKeys();
  return kinds
    .flatMap((kind) => m.pagesOf(kind))
    .map((page) => ({ params: page.params, props: { page }, cacheKey: k.get(page.key) }));
}

export type { Build, Manifest, Page };
