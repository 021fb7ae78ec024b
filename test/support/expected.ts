/**
 * What the build must produce, derived from the content folder the site was
 * built from (LOA_CONTENT_DIR, else content/) with the project's own loaders
 * and schemas, never from the build's danh-muc.json: a channel the build
 * forgets to register, or a setting it misreads, leaves a page or file the
 * content calls for missing, and the tests that read this fail instead of
 * skipping.
 */
import { expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { campaignFrom } from './campaign';
import { kitItemsOf, SOCIAL_SHAPES, type KitItem } from '../../src/print/paper';
import { POSTER_ITEMS, type ItemKey } from '../../src/print/items';
import { capitalize } from '../../src/directives/text';
import { absoluteUrl, fileNames, normalizeBase, routes } from '../../src/manifest/paths';

/** The content folder the site under test was built from. */
export const CONTENT_DIR = process.env.LOA_CONTENT_DIR ?? 'content';
/** Built from the real campaign's content/, whose query tables and wording some tests know by heart. */
export const IS_REAL = resolve(CONTENT_DIR) === resolve('content');

const campaign = campaignFrom(CONTENT_DIR);
const { settings } = campaign;
const slug = settings.campaign.slug;
const PAPERS = ['a4', 'a3'] as const;
const ORIENTATIONS = ['ngang', 'doc'] as const;

export interface ExpectedMeasure {
  id: string;
  number: number;
  /** Kit items its `kit` wording makes (none without `kit`). */
  kit: KitItem[];
  messages: number;
  /** Ids of its broadcast pieces, in order. */
  broadcast: string[];
  scenes: number;
}

const measures: ExpectedMeasure[] = campaign.measures.map((m) => ({
  id: m.id,
  number: m.data.number,
  kit: kitItemsOf(m.data.kit),
  messages: m.data.messages.length,
  broadcast: m.data.broadcast.map((b) => b.id),
  scenes: m.data.clip.scenes.length,
}));
const campaignMessages = settings.messaging?.messages ?? [];
const channels = Object.keys(settings.messaging?.channels ?? {});
const allMessages = [...campaignMessages, ...campaign.measures.flatMap((m) => m.data.messages)];
const hasMessagesPage = allMessages.length > 0 || channels.length > 0;
const speaking = measures.filter((m) => m.broadcast.length > 0);
/** Languages after Vietnamese with UI strings of their own get whole pages; every one gets the visitors' notice. */
const otherLanguages = settings.languages.filter((l) => l !== 'vi');
const pageLanguages = otherLanguages.filter((l) => existsSync(join('src/i18n', `${l}.json`)));
const noticeLanguages = settings.visitors ? settings.languages : [];
const places = campaign.editions.map((e) => fileNames.place(e.name));

const kitFiles = measures.flatMap((m) => m.kit.map((item) => routes.kitFile(fileNames.kit(slug, m.number, item))));
const socialFiles = measures.flatMap((m) =>
  Object.keys(SOCIAL_SHAPES).map((shape) => routes.kitFile(fileNames.socialImage(slug, m.number, shape))),
);
const kitZips = measures.filter((m) => m.kit.length).map((m) => routes.kitFile(fileNames.kitZip(slug, m.number)));
const posterFiles = measures.flatMap((m) =>
  PAPERS.flatMap((paper) =>
    ['pdf', 'png', 'webp'].map((format) => routes.posterFile(fileNames.poster(slug, m.number, paper, format))),
  ),
);
const editionFiles = places.flatMap((place) =>
  measures.flatMap((m) =>
    [...POSTER_ITEMS, ...m.kit].map((item: ItemKey) =>
      routes.editionFile(place, fileNames.edition(slug, m.number, item, place)),
    ),
  ),
);
const draftFiles = speaking.flatMap((m) =>
  m.broadcast.map((item) => routes.broadcastFile(m.id, fileNames.draft(slug, m.number, item))),
);
const clipFiles = measures.flatMap((m) => [
  ...['vtt', 'srt'].map((f) => routes.scriptFile(m.id, fileNames.captions(slug, m.number, f))),
  ...Array.from({ length: m.scenes }, (_, i) => routes.scriptFile(m.id, fileNames.frame(i))),
  routes.scriptFile(m.id, fileNames.clipTrack(slug, m.number)),
]);
const slideFiles = measures.flatMap((m) =>
  ORIENTATIONS.flatMap((o) =>
    ['svg', 'png'].map((f) => routes.signageImage(fileNames.slideImage(slug, m.number, o, f))),
  ),
);
// The visitors' notice on paper and screens, each language alone and all on one sheet, when there is more than one.
const noticeSets = noticeLanguages.length > 1 ? [...noticeLanguages.map((l) => [l]), noticeLanguages] : [];
const visitorFiles = [
  ...PAPERS.flatMap((paper) =>
    noticeSets.flatMap((langs) =>
      ['pdf', 'png', 'webp'].map((format) => routes.posterFile(fileNames.visitorPoster(slug, langs, paper, format))),
    ),
  ),
  ...(noticeSets.length ? PAPERS.map((paper) => routes.posterFile(fileNames.visitorZip(slug, paper))) : []),
  ...(noticeSets.length ? noticeLanguages : []).flatMap((l) =>
    ORIENTATIONS.flatMap((o) => ['svg', 'png'].map((f) => routes.signageImage(fileNames.visitorSlide(slug, l, o, f)))),
  ),
];
const messageFiles = hasMessagesPage
  ? [
      routes.messageFile(fileNames.messagesJson()),
      ...channels.map((c) => routes.messageFile(fileNames.calendar(c))),
      ...allMessages.filter((m) => m.zns).map((m) => routes.messageFile(fileNames.zns(m.id))),
      ...allMessages.filter((m) => m.article).map((m) => routes.messageFile(fileNames.oaCover(m.id))),
    ]
  : [];

const pages: string[] = [
  routes.home(),
  routes.directives(),
  ...campaign.directives.map((d) => routes.directive(d.id)),
  routes.measures(),
  ...measures.map((m) => routes.measure(m.id)),
  routes.posters(),
  routes.customiser(),
  routes.scripts(),
  ...measures.map((m) => routes.script(m.id)),
  routes.signage(),
  ...measures.map((m) => routes.signageSlide(m.id)),
  routes.signageGuide(),
  routes.search(),
  ...(hasMessagesPage
    ? [routes.messages(), ...measures.filter((m) => m.messages).map((m) => routes.measureMessages(m.id))]
    : []),
  ...(speaking.length
    ? [routes.broadcast(), ...speaking.flatMap((m) => [routes.measureBroadcast(m.id), routes.announcerScript(m.id)])]
    : []),
  ...pageLanguages.flatMap((l) => [
    routes.inLanguage(l, routes.home()),
    routes.inLanguage(l, routes.measures()),
    ...measures.map((m) => routes.inLanguage(l, routes.measure(m.id))),
    routes.inLanguage(l, routes.install()),
  ]),
  ...noticeLanguages.map((l) => (l === 'vi' ? routes.visitors() : routes.inLanguage(l, routes.visitors()))),
];

const files: string[] = [
  ...posterFiles,
  ...PAPERS.map((p) => routes.posterFile(fileNames.posterZip(slug, p))),
  ...kitFiles,
  ...socialFiles,
  ...kitZips,
  routes.kitFile(fileNames.socialZip(slug)),
  routes.customiserFile(fileNames.editionsTemplate()),
  ...editionFiles,
  ...places.map((place) => routes.editionFile(place, fileNames.editionZip(slug, place))),
  ...clipFiles,
  ...slideFiles,
  ...messageFiles,
  ...draftFiles,
  ...(speaking.length ? [routes.broadcastPlaylist()] : []),
  ...noticeLanguages.map((l) => routes.visitorFile(fileNames.visitorPortal(l))),
  ...visitorFiles,
  routes.signagePlaylist(fileNames.playlistJson()),
  ...ORIENTATIONS.map((o) => routes.signagePlaylist(fileNames.playlistM3u(o))),
  routes.signageWorker(),
  routes.signageVersion(),
  routes.theme(),
  routes.headers(),
  routes.catalogue(),
  routes.sitemap(),
];

export const expected = {
  contentDir: CONTENT_DIR,
  isReal: IS_REAL,
  slug,
  base: normalizeBase(settings.basePath),
  /** The home page's canonical address: which campaign a dist was built from. */
  home: absoluteUrl(settings.site.url, settings.basePath, routes.home()),
  directives: campaign.directives.map((d) => d.id),
  /** The root document: its page and its signer's name, which only the properties panel repeats. */
  root: { id: campaign.root.id, signer: campaign.root.data.signer?.name },
  /** Each directive's type as the search's "loại" filter offers it: "Công văn". */
  directiveTypes: Object.fromEntries(campaign.directives.map((d) => [d.id, capitalize(d.data.type)])),
  appName: settings.app.name,
  measures,
  /** Measures whose `kit` makes at least one item. */
  kitMeasures: measures.filter((m) => m.kit.length),
  kitFiles,
  socialFiles,
  kitZips,
  /** Every measure's poster: a PDF per paper size. */
  posterPdfs: posterFiles.filter((f) => f.endsWith('.pdf')),
  /** Places of the content's editions.csv, as their folders are named. */
  places,
  editionFiles,
  editionsCsv: join(CONTENT_DIR, 'editions.csv'),
  /** The messages page exists when the content has a message or a repeat rule. */
  messages: {
    page: hasMessagesPage,
    count: allMessages.length,
    channels,
    measures: measures.filter((m) => m.messages),
  },
  /** Measures with broadcast pieces; the broadcast pages exist when there is one. */
  broadcast: { measures: speaking, drafts: draftFiles },
  /** Clip scripts: one per measure, each with its captions, frames and voiced track. */
  clips: clipFiles,
  slideFiles,
  languages: settings.languages,
  pageLanguages,
  noticeLanguages,
  /** Every page (route, index.html below it) and every file the content calls for. */
  pages,
  files,
};

/**
 * Why the dist under test is not the build of the content folder the tests
 * derive their expectations from: its home page names another site, or its
 * directive pages are other documents. Empty when it is.
 */
export function distMismatch(dist: string): string[] {
  const problems: string[] = [];
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return [`${home} is missing: build the site from ${CONTENT_DIR} first`];
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  if (canonical !== expected.home)
    problems.push(`${dist} is the site ${canonical}, ${CONTENT_DIR} makes ${expected.home} (set LOA_CONTENT_DIR)`);
  const built = existsSync(join(dist, 'van-ban'))
    ? readdirSync(join(dist, 'van-ban')).filter((d) => existsSync(join(dist, 'van-ban', d, 'index.html')))
    : [];
  const want = expected.directives.filter((d) => !built.includes(d));
  const extra = built.filter((d) => !expected.directives.includes(d));
  if (want.length) problems.push(`directives of ${CONTENT_DIR} not built in ${dist}: ${want.join(', ')}`);
  if (extra.length) problems.push(`directives in ${dist} that ${CONTENT_DIR} does not have: ${extra.join(', ')}`);
  return problems;
}

/** Pages and files the content calls for that the dist lacks (a page is its route's index.html). */
export function missingFrom(dist: string): string[] {
  return [
    ...expected.pages.map((route) => join(route, 'index.html')).filter((f) => !existsSync(join(dist, f))),
    ...expected.files.filter((f) => !existsSync(join(dist, f))),
  ];
}

/** A test that fails when the dist under test is not the build of the content folder the expectations come from. */
export function itIsTheBuildOfTheContent(dist: string): void {
  it(`${dist} is the build of ${CONTENT_DIR} (LOA_CONTENT_DIR)`, () => expect(distMismatch(dist)).toEqual([]));
}
