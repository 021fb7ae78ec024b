import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignFrom, manifestFrom } from '../support/campaign';
import { buildManifest } from '../../src/manifest/build';
import { channels } from '../../src/channels/channels';
import { loadStrings } from '../../src/i18n/strings';
import { MINI } from '../support/fixture-build';
import { absoluteUrl, normalizeBase, pathWithBase } from '../../src/manifest/paths';

describe('paths', () => {
  it('puts every route under the base path, with one slash between', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/chien-dich/bluezone')).toBe('/chien-dich/bluezone/');
    expect(pathWithBase('/', 'van-ban/')).toBe('/van-ban/');
    expect(pathWithBase('/chien-dich/bluezone/', '')).toBe('/chien-dich/bluezone/');
    expect(pathWithBase('/x/', '/van-ban/')).toBe('/x/van-ban/');
    expect(absoluteUrl('https://a.example', '/x/', 'og/trang-chu.jpg')).toBe('https://a.example/x/og/trang-chu.jpg');
  });
});

describe('the campaign manifest', () => {
  const bluezone = manifestFrom('content');
  const mini = manifestFrom(MINI);

  it('lists every page and file once, each with a distinct route', () => {
    const routes = [...bluezone.pages, ...bluezone.files].map((e) => e.route);
    expect(new Set(routes).size).toBe(routes.length);
    expect(bluezone.pagesOf('directive').length).toBe(6);
    expect(bluezone.pagesOf('measure').length).toBe(10);
    // 10 measures × 2 papers × 3 formats, 2 zips; both orientations of every slide in SVG and PNG.
    expect(bluezone.filesOf('poster').length).toBe(60);
    expect(bluezone.filesOf('poster-zip').map((z) => z.fileName)).toEqual([
      'bluezone-ap-phich-a4.zip',
      'bluezone-ap-phich-a3.zip',
    ]);
    expect(bluezone.filesOf('slide-image').length).toBe(40);
  });

  it('gives every page its own share card, or says whose it borrows', () => {
    for (const p of bluezone.pages) expect(bluezone.files).toContain(p.card);
    expect(bluezone.page('signage-slide', '01-co-quan-nha-nuoc').card).toBe(
      bluezone.page('measure', '01-co-quan-nha-nuoc').card,
    );
    expect(bluezone.page('directive', '2841-btttt-thh').card.url).toBe('/og/van-ban/2841-btttt-thh.jpg');
  });

  it('names files for what they are', () => {
    const pdf = bluezone.file('poster', (f) => f.measure.data.number === 3 && f.paper === 'a3' && f.format === 'pdf');
    expect(pdf.url).toBe('/ap-phich/bluezone-bien-phap-03-a3.pdf');
    expect(bluezone.filesOf('captions', '01-co-quan-nha-nuoc').map((f) => f.fileName)).toEqual([
      'bluezone-bien-phap-01.vtt',
      'bluezone-bien-phap-01.srt',
    ]);
  });

  it('derives the copy printed under every poster and slide once', () => {
    expect(bluezone.copy.basis).toBe('Theo Công văn 2841/BTTTT-THH ngày 01/08/2020 của Bộ Thông tin và Truyền thông');
    expect(bluezone.copy.installAddress).toBe('bluezone.gov.vn');
  });

  it('lists in the sitemap every page but the signage screens', () => {
    expect(bluezone.file('sitemap').url).toBe('/sitemap.xml');
    expect(bluezone.pages.filter((p) => p.noindex).map((p) => p.kind)).toEqual(
      Array(11).fill('signage').fill('signage-slide', 1),
    );
  });

  it('throws on a page that does not exist, so no link can point nowhere', () => {
    expect(() => bluezone.page('measure', '11-khong-co')).toThrow(/no page measure "11-khong-co"/);
  });

  it('uses the campaign’s own words where it rewords a string, and the defaults elsewhere', () => {
    expect(bluezone.page('measures').title).toBe('Mười biện pháp');
    expect(mini.page('measures').title).toBe('2 biện pháp');
  });

  it('follows the QR setting: the install page, or the measure’s own page under the base path', () => {
    const m = bluezone.pagesOf('measure')[0].measure;
    expect(bluezone.qrUrl(m)).toBe('https://www.bluezone.gov.vn/');
    const miniMeasure = mini.pagesOf('measure')[0];
    expect(mini.qrUrl(miniMeasure.measure)).toBe(miniMeasure.absolute);
  });

  it('serves everything under a sub-path when settings say so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-base-'));
    cpSync(MINI, dir, { recursive: true });
    const settings = join(dir, 'settings.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8') + 'basePath: /chien-dich/so-suc-khoe/\n');
    const m = manifestFrom(dir);
    for (const e of [...m.pages, ...m.files]) expect(e.url.startsWith('/chien-dich/so-suc-khoe/'), e.url).toBe(true);
    expect(m.page('home').absolute).toBe('https://so-suc-khoe.loa.example/chien-dich/so-suc-khoe/');
    expect(m.nav.map((n) => n.page.url)).toContain('/chien-dich/so-suc-khoe/tim-kiem/');
  });
});

describe('share cards past settings cards.perDirectiveUpTo', () => {
  const campaign = campaignFrom('content');
  const withCards = (cards: { perDirectiveUpTo: number; sharedBy: 'type' | 'issuer' }) =>
    buildManifest({ ...campaign, settings: { ...campaign.settings, cards } }, loadStrings('content'), channels);

  it('gives each directive its own card up to the threshold (the default, 500, for the real campaign)', () => {
    expect(campaign.settings.cards).toEqual({ perDirectiveUpTo: 500, sharedBy: 'type' });
    const m = withCards({ perDirectiveUpTo: 6, sharedBy: 'type' });
    expect(new Set(m.pagesOf('directive').map((p) => p.card.route)).size).toBe(6);
  });

  it('past it, draws one card per type, named by the type and how many documents share it', () => {
    const m = withCards({ perDirectiveUpTo: 5, sharedBy: 'type' });
    const types = new Set(campaign.directives.map((d) => d.data.type));
    const cards = new Set(m.pagesOf('directive').map((p) => p.card));
    expect(cards.size).toBe(types.size);
    for (const c of cards) expect(m.files).toContain(c);
    const card = m.page('directive', '2841-btttt-thh').card;
    const sameType = campaign.directives.filter((d) => d.data.type === 'công văn').length;
    expect(card.url).toBe('/og/van-ban/nhom/cong-van.jpg');
    expect(card.copy.kicker).toBe(`Công văn · ${sameType} văn bản`);
    expect(m.files.some((f) => f.route === 'og/van-ban/2841-btttt-thh.jpg')).toBe(false);
  });

  it('or one per issuer, when settings say so', () => {
    const m = withCards({ perDirectiveUpTo: 0, sharedBy: 'issuer' });
    const issuers = new Set(campaign.directives.map((d) => d.data.issuer.name));
    expect(new Set(m.pagesOf('directive').map((p) => p.card)).size).toBe(issuers.size);
    expect(m.page('directive', '2841-btttt-thh').card.url).toBe('/og/van-ban/nhom/bo-thong-tin-va-truyen-thong.jpg');
  });
});
