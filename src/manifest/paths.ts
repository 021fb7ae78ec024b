/**
 * The only place that spells a route or a file name. Routes are relative to
 * the site's base path ('' is the home page); the manifest adds the base.
 */
import type { KitItem } from '../print/paper';
import { foldDiacritics } from '../core/vietnamese';

const pad2 = (n: number) => String(n).padStart(2, '0');

export const routes = {
  home: () => '',
  directives: () => 'van-ban/',
  directive: (id: string) => `van-ban/${id}/`,
  measures: () => 'bien-phap/',
  measure: (id: string) => `bien-phap/${id}/`,
  posters: () => 'ap-phich/',
  posterFile: (file: string) => `ap-phich/${file}`,
  /** Leaflets, table tents, signs, registers and social images: the paper kit beside the posters. */
  kitFile: (file: string) => `ap-phich/tai-lieu/${file}`,
  scripts: () => 'kich-ban/',
  script: (id: string) => `kich-ban/${id}/`,
  scriptFile: (id: string, file: string) => `kich-ban/${id}/${file}`,
  signage: () => 'man-hinh/',
  signageSlide: (id: string) => `man-hinh/${id}/`,
  signageGuide: () => 'man-hinh/huong-dan/',
  signageImage: (file: string) => `man-hinh/anh/${file}`,
  signagePlaylist: (file: string) => `man-hinh/${file}`,
  signageWorker: () => 'man-hinh/sw.js',
  signageVersion: () => 'man-hinh/version.json',
  search: () => 'tim-kiem/',
  /** A page in another language than Vietnamese: the same route under the language's code, "en/bien-phap/". */
  inLanguage: (lang: string, route: string) => `${routes.languageSegment(lang)}/${route}`,
  /** "zh-Hans" → "zh-hans": URLs stay lowercase. */
  languageSegment: (lang: string) => lang.toLowerCase(),
  install: () => 'cai-dat/',
  visitors: () => 'du-lich/',
  visitorFile: (file: string) => `du-lich/${file}`,
  customiser: () => 'ap-phich/tu-tao/',
  customiserFile: (file: string) => `ap-phich/tu-tao/${file}`,
  /** A place's own edition, made at build time from the content's editions.csv. */
  editionFile: (place: string, file: string) => `ap-phich/don-vi/${place}/${file}`,
  messages: () => 'tin-nhan/',
  broadcast: () => 'truyen-thanh/',
  measureBroadcast: (id: string) => `truyen-thanh/${id}/`,
  announcerScript: (id: string) => `truyen-thanh/${id}/ban-doc/`,
  broadcastFile: (id: string, file: string) => `truyen-thanh/${id}/${file}`,
  broadcastPlaylist: () => 'truyen-thanh/danh-sach.m3u',
  measureMessages: (id: string) => `tin-nhan/${id}/`,
  messageFile: (file: string) => `tin-nhan/${file}`,
  searchBundle: () => 'pagefind/',
  /** A page's share card: van-ban/123-abc-xy/ → og/van-ban/123-abc-xy.jpg. */
  card: (pageRoute: string) => `og/${pageRoute.replace(/\/$/, '') || 'trang-chu'}.jpg`,
  /** The card shared by directives of one type or issuer (settings `cards`): og/van-ban/nhom/cong-van.jpg. */
  directiveGroupCard: (group: string) => `og/van-ban/nhom/${group}.jpg`,
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
  poster: (campaign: string, measure: number, paper: string, format: string) =>
    `${fileNames.measureBase(campaign, measure)}-${paper}.${format}`,
  posterZip: (campaign: string, paper: string) => `${campaign}-ap-phich-${paper}.zip`,
  /** What a kit item is called in its file name: "…-bien-phap-02-to-roi-a5.pdf". */
  kitPart: (item: KitItem) => KIT_PARTS[item],
  kit: (campaign: string, measure: number, item: KitItem) =>
    `${fileNames.measureBase(campaign, measure)}-${KIT_PARTS[item]}.pdf`,
  /** "…-bien-phap-02-mang-xa-hoi-vuong.png" (1080×1080) and "-doc" (1080×1920). */
  socialImage: (campaign: string, measure: number, shape: string) =>
    `${fileNames.measureBase(campaign, measure)}-mang-xa-hoi-${shape}.png`,
  kitZip: (campaign: string, measure: number) => `${fileNames.measureBase(campaign, measure)}-tai-lieu-in.zip`,
  socialZip: (campaign: string) => `${campaign}-anh-mang-xa-hoi.zip`,
  slideImage: (campaign: string, measure: number, orientation: string, format: string) =>
    `${fileNames.measureBase(campaign, measure)}-${orientation}.${format}`,
  captions: (campaign: string, measure: number, format: string) =>
    `${fileNames.measureBase(campaign, measure)}.${format}`,
  frame: (sceneIndex: number) => `canh-${pad2(sceneIndex + 1)}.png`,
  clipTrack: (campaign: string, measure: number) => `${fileNames.measureBase(campaign, measure)}.mp3`,
  playlistJson: () => 'playlist.json',
  zns: (message: string) => `${message}-zns.json`,
  oaCover: (message: string) => `${message}-anh-bia.png`,
  calendar: (channel: string) => `lich-${channel}.ics`,
  messagesJson: () => 'tin-nhan.json',
  draft: (campaign: string, measure: number, item: string) => `${fileNames.measureBase(campaign, measure)}-${item}.mp3`,
  playlistM3u: (orientation: string) => `playlist-${orientation}.m3u`,
  /** A notice for visitors on paper: "chien-dich-khach-den-zh-hans-a4.pdf", or "-5-ngon-ngu-" with every language. */
  visitorPoster: (campaign: string, langs: string[], paper: string, format: string) => {
    const which = langs.length > 1 ? `${langs.length}-ngon-ngu` : langs[0].toLowerCase();
    return `${campaign}-khach-den-${which}-${paper}.${format}`;
  },
  visitorZip: (campaign: string, paper: string) => `${campaign}-khach-den-${paper}.zip`,
  visitorSlide: (campaign: string, lang: string, orientation: string, format: string) =>
    `${campaign}-khach-den-${lang.toLowerCase()}-${orientation}.${format}`,
  /** The self-contained notice a public Wi-Fi login page shows: "thong-bao-zh-hans.html". */
  visitorPortal: (lang: string) => `thong-bao-${lang.toLowerCase()}.html`,
  /** "UBND phường Vĩnh Ninh" → "ubnd-phuong-vinh-ninh": a place in a file name, unaccented, stable. */
  place: (name: string) =>
    foldDiacritics(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'don-vi',
  /** One item of a place's edition: "chien-dich-bien-phap-02-a4-ubnd-phuong-vinh-ninh.pdf". */
  edition: (campaign: string, measure: number, item: string, place: string) =>
    `${fileNames.measureBase(campaign, measure)}-${fileNames.editionPart(item)}-${place}.pdf`,
  /** A poster's paper ("a4") or a kit item's name ("to-roi-a5"), as the item shows in a file name. */
  editionPart: (item: string) => (item in KIT_PARTS ? KIT_PARTS[item as KitItem] : item),
  editionZip: (campaign: string, place: string) => `${campaign}-bo-an-pham-${place}.zip`,
  /** The customiser's zip of one item for every place of a CSV. */
  batchZip: (campaign: string, measure: number, item: string) =>
    `${fileNames.measureBase(campaign, measure)}-${fileNames.editionPart(item)}-cac-don-vi.zip`,
  editionsTemplate: () => 'mau-don-vi.csv',
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
