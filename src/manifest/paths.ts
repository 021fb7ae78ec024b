/**
 * The core's routes and file names: the campaign's documents and measures (which every channel links to), the
 * files every site has, and the parts of file names that channels and the print toolkit share. Each channel spells
 * its own in its paths.ts, the only other place a route or a file name is written. Routes are relative to the
 * site's base path ('' is the home page); the manifest adds the base.
 */
import type { KitItem } from '../print/paper';
import { canonicalName, foldDiacritics } from '../core/vietnamese';

const pad2 = (n: number) => String(n).padStart(2, '0');

export const routes = {
  home: () => '',
  directives: () => 'van-ban/',
  directive: (id: string) => `van-ban/${id}/`,
  measures: () => 'bien-phap/',
  measure: (id: string) => `bien-phap/${id}/`,
  /** A page in another language than Vietnamese: the same route under the language's code, "en/bien-phap/". */
  inLanguage: (lang: string, route: string) => `${routes.languageSegment(lang)}/${route}`,
  /** "zh-Hans" → "zh-hans": URLs stay lowercase. */
  languageSegment: (lang: string) => lang.toLowerCase(),
  searchBundle: () => 'pagefind/',
  /** A page's share card: van-ban/123-abc-xy/ → og/van-ban/123-abc-xy.jpg. */
  card: (pageRoute: string) => `og/${pageRoute.replace(/\/$/, '') || 'trang-chu'}.jpg`,
  theme: () => 'theme.css',
  headers: () => '_headers',
  catalogue: () => 'danh-muc.json',
  sitemap: () => 'sitemap.xml',
} as const;

const KIT_PARTS: Record<KitItem, string> = {
  leaflet: 'to-roi-a5',
  'leaflet-sheet': 'to-roi-a5-ghep-a4',
  tent: 'the-de-ban',
  sign: 'bien-cua-ra-vao',
  register: 'so-ra-vao',
};

export const fileNames = {
  /** "chien-dich-bien-phap-01": every file made for one measure starts so, and says what it is. */
  measureBase: (campaign: string, measure: number) => `${campaign}-bien-phap-${pad2(measure)}`,
  /** What a kit item is called in its file name: "…-bien-phap-02-to-roi-a5.pdf". */
  kitPart: (item: KitItem) => KIT_PARTS[item],
  /**
   * "UBND phường Vĩnh Ninh" → "ubnd-phuong-vinh-ninh-4k2x9q": a place in a file name, unaccented so every
   * system takes it, with a short code of the whole name unless the name is plain unaccented words,
   * so "Hòa An" and "Hóa An" (or two long names alike for 60 letters) never share a file. Stable: the
   * same name (in either tone-mark style) always gives the same file name.
   */
  place: (name: string) => {
    const canonical = canonicalName(name);
    const full = foldDiacritics(canonical)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const slug = full.slice(0, 60).replace(/-+$/, '') || 'don-vi';
    // Only a plain name (unaccented letters, digits, single spaces) says all of itself in the slug.
    return /^[a-z0-9]+( [a-z0-9]+)*$/.test(canonical) && slug === full ? slug : `${slug}-${shortHash(canonical)}`;
  },
  /**
   * Names that are read more than stored (a feed per issuer, an anchor per place): each its plain unaccented
   * slug, with the code of `place` only where two different names fold to the same slug, so the addresses stay
   * readable and still never collide. One entry per name, in either tone-mark style.
   */
  readableSlugs: (names: string[]) => {
    const slugOf = (n: string) =>
      foldDiacritics(canonicalName(n))
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '') || 'muc';
    const spellings = Map.groupBy(new Set(names.map(canonicalName)), slugOf);
    return new Map(
      names.map((n) => {
        const slug = slugOf(n);
        return [n, spellings.get(slug)!.length > 1 ? `${slug}-${shortHash(canonicalName(n))}` : slug];
      }),
    );
  },
  /** One item of a place's edition: "chien-dich-bien-phap-02-a4-ubnd-phuong-vinh-ninh.pdf". */
  edition: (campaign: string, measure: number, item: string, place: string) =>
    `${fileNames.measureBase(campaign, measure)}-${fileNames.editionPart(item)}-${place}.pdf`,
  /** A poster's paper ("a4") or a kit item's name ("to-roi-a5"), as the item shows in a file name. */
  editionPart: (item: string) => (item in KIT_PARTS ? KIT_PARTS[item as KitItem] : item),
} as const;

/** "/", "/chien-dich/so-suc-khoe/" → the same, always with both slashes. */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The URL path of a route under the base: pathWithBase('/x/', 'van-ban/') → '/x/van-ban/'. */
export function pathWithBase(base: string, route: string): string {
  return normalizeBase(base) + route.replace(/^\/+/, '');
}

/** The full address of a route, for canonical links, share cards and playlists. */
export function absoluteUrl(siteUrl: string, base: string, route: string): string {
  return new URL(pathWithBase(base, route), siteUrl).href;
}

/** FNV-1a, 32 bits, as 6 base-36 letters: enough to keep apart the names one province lists. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(s)) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return (h % 36 ** 6).toString(36).padStart(6, '0');
}
