/**
 * What the build must produce, derived from the content folder the site was
 * built from (LOA_CONTENT_DIR, else content/) with the project's own loaders
 * and schemas, never from the build's danh-muc.json: a channel the build
 * forgets to register, or a setting it misreads, leaves a page or file the
 * content calls for missing, and the tests that read this fail instead of
 * skipping.
 */
import { broadcastPaths } from '../../src/channels/broadcast/paths';
import { clipsPaths } from '../../src/channels/clips/paths';
import { editionsPaths } from '../../src/channels/editions/paths';
import { kitPaths } from '../../src/channels/kit/paths';
import { languagesPaths } from '../../src/channels/languages/paths';
import { messagesPaths } from '../../src/channels/messages/paths';
import { postersPaths } from '../../src/channels/posters/paths';
import { searchPaths } from '../../src/channels/search/paths';
import { signagePaths } from '../../src/channels/signage/paths';
import { visitorsPaths } from '../../src/channels/visitors/paths';
import { expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { campaignFrom } from './campaign';
import { hasUiStrings } from '../../src/i18n/strings';
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
const pageLanguages = otherLanguages.filter(hasUiStrings);
const noticeLanguages = settings.visitors ? settings.languages : [];
const places = campaign.editions.map((e) => fileNames.place(e.name));

const kitFiles = measures.flatMap((m) => m.kit.map((item) => kitPaths.kitFile(kitPaths.kit(slug, m.number, item))));
const socialFiles = measures.flatMap((m) =>
  Object.keys(SOCIAL_SHAPES).map((shape) => kitPaths.kitFile(kitPaths.socialImage(slug, m.number, shape))),
);
const kitZips = measures.filter((m) => m.kit.length).map((m) => kitPaths.kitFile(kitPaths.kitZip(slug, m.number)));
const posterFiles = measures.flatMap((m) =>
  PAPERS.flatMap((paper) =>
    ['pdf', 'png', 'webp'].map((format) => postersPaths.posterFile(postersPaths.poster(slug, m.number, paper, format))),
  ),
);
const editionFiles = places.flatMap((place) =>
  measures.flatMap((m) =>
    [...POSTER_ITEMS, ...m.kit].map((item: ItemKey) =>
      editionsPaths.editionFile(place, fileNames.edition(slug, m.number, item, place)),
    ),
  ),
);
const draftFiles = speaking.flatMap((m) =>
  m.broadcast.map((item) => broadcastPaths.broadcastFile(m.id, broadcastPaths.draft(slug, m.number, item))),
);
const clipFiles = measures.flatMap((m) => [
  ...['vtt', 'srt'].map((f) => clipsPaths.scriptFile(m.id, clipsPaths.captions(slug, m.number, f))),
  ...Array.from({ length: m.scenes }, (_, i) => clipsPaths.scriptFile(m.id, clipsPaths.frame(i))),
  clipsPaths.scriptFile(m.id, clipsPaths.clipTrack(slug, m.number)),
]);
const slideFiles = measures.flatMap((m) =>
  ORIENTATIONS.flatMap((o) =>
    ['svg', 'png'].map((f) => signagePaths.signageImage(signagePaths.slideImage(slug, m.number, o, f))),
  ),
);
// The visitors' notice on paper and screens, each language alone and all on one sheet, when there is more than one.
const noticeSets = noticeLanguages.length > 1 ? [...noticeLanguages.map((l) => [l]), noticeLanguages] : [];
const visitorFiles = [
  ...PAPERS.flatMap((paper) =>
    noticeSets.flatMap((langs) =>
      ['pdf', 'png', 'webp'].map((format) =>
        postersPaths.posterFile(visitorsPaths.visitorPoster(slug, langs, paper, format)),
      ),
    ),
  ),
  ...(noticeSets.length ? PAPERS.map((paper) => postersPaths.posterFile(visitorsPaths.visitorZip(slug, paper))) : []),
  ...(noticeSets.length ? noticeLanguages : []).flatMap((l) =>
    ORIENTATIONS.flatMap((o) =>
      ['svg', 'png'].map((f) => signagePaths.signageImage(visitorsPaths.visitorSlide(slug, l, o, f))),
    ),
  ),
];
const messageFiles = hasMessagesPage
  ? [
      messagesPaths.messageFile(messagesPaths.messagesJson()),
      ...channels.map((c) => messagesPaths.messageFile(messagesPaths.calendar(c))),
      ...allMessages.filter((m) => m.zns).map((m) => messagesPaths.messageFile(messagesPaths.zns(m.id))),
      ...allMessages.filter((m) => m.article).map((m) => messagesPaths.messageFile(messagesPaths.oaCover(m.id))),
    ]
  : [];

const pages: string[] = [
  routes.home(),
  routes.directives(),
  ...campaign.directives.map((d) => routes.directive(d.id)),
  routes.measures(),
  ...measures.map((m) => routes.measure(m.id)),
  postersPaths.posters(),
  editionsPaths.customiser(),
  clipsPaths.scripts(),
  ...measures.map((m) => clipsPaths.script(m.id)),
  signagePaths.signage(),
  ...measures.map((m) => signagePaths.signageSlide(m.id)),
  signagePaths.signageGuide(),
  searchPaths.search(),
  ...(hasMessagesPage
    ? [messagesPaths.messages(), ...measures.filter((m) => m.messages).map((m) => messagesPaths.measureMessages(m.id))]
    : []),
  ...(speaking.length
    ? [
        broadcastPaths.broadcast(),
        ...speaking.flatMap((m) => [broadcastPaths.measureBroadcast(m.id), broadcastPaths.announcerScript(m.id)]),
      ]
    : []),
  ...pageLanguages.flatMap((l) => [
    routes.inLanguage(l, routes.home()),
    routes.inLanguage(l, routes.measures()),
    ...measures.map((m) => routes.inLanguage(l, routes.measure(m.id))),
    routes.inLanguage(l, languagesPaths.install()),
  ]),
  ...noticeLanguages.map((l) =>
    l === 'vi' ? visitorsPaths.visitors() : routes.inLanguage(l, visitorsPaths.visitors()),
  ),
];

const files: string[] = [
  ...posterFiles,
  ...PAPERS.map((p) => postersPaths.posterFile(postersPaths.posterZip(slug, p))),
  ...kitFiles,
  ...socialFiles,
  ...kitZips,
  kitPaths.kitFile(kitPaths.socialZip(slug)),
  editionsPaths.customiserFile(editionsPaths.editionsTemplate()),
  ...editionFiles,
  ...places.map((place) => editionsPaths.editionFile(place, editionsPaths.editionZip(slug, place))),
  ...clipFiles,
  ...slideFiles,
  ...messageFiles,
  ...draftFiles,
  ...(speaking.length ? [broadcastPaths.broadcastPlaylist()] : []),
  ...noticeLanguages.map((l) => visitorsPaths.visitorFile(visitorsPaths.visitorPortal(l))),
  ...visitorFiles,
  signagePaths.signagePlaylist(signagePaths.playlistJson()),
  ...ORIENTATIONS.map((o) => signagePaths.signagePlaylist(signagePaths.playlistM3u(o))),
  signagePaths.signageWorker(),
  signagePaths.signageVersion(),
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
