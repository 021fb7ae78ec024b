import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { campaignFrom, manifestFrom } from '../support/campaign';
import { atomXml, type Feed } from '../../src/channels/feeds/feed';
import { FEED_ENTRIES } from '../../src/channels/feeds/index';
import { buildManifest } from '../../src/manifest/build';
import { channels } from '../../src/channels/channels';
import { loadStrings } from '../../src/i18n/strings';
import { directiveJsonLd, jsonLdText } from '../../src/directives/json-ld';
import { formatDateShort } from '../../src/core/vietnamese';
import { MINI } from '../support/fixture-build';

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/;
const IRI = /^(?:tag:[^,]+,\d{4}(?:-\d\d){0,2}:|https?:\/\/)\S+$/;

/**
 * What RFC 4287 requires of a feed that a lenient parser lets through: ids that are IRIs, dates in RFC 3339, a
 * title and `updated` on the feed and every entry, an author for every entry (its own or the feed's), a self
 * link, an alternate link for an entry without content, and no id twice.
 */
function atomProblems(xml: string): string[] {
  const f = parseAtomFeed(xml);
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => ok || problems.push(what);
  need(IRI.test(f.id ?? ''), `feed id ${f.id}`);
  need(f.title?.value, 'feed title');
  need(RFC3339.test(f.updated ?? ''), `feed updated ${f.updated}`);
  need(
    f.links?.some((l) => l.rel === 'self' && l.href),
    'self link',
  );
  need(f.entries?.length, 'entries');
  const ids = new Set<string>();
  for (const e of f.entries ?? []) {
    need(IRI.test(e.id ?? ''), `entry id ${e.id}`);
    need(!ids.has(e.id!), `entry id twice: ${e.id}`);
    ids.add(e.id!);
    need(e.title?.value, `title of ${e.id}`);
    need(RFC3339.test(e.updated ?? ''), `updated of ${e.id}`);
    need(e.updated! <= f.updated!, `${e.id} updated after its feed`);
    need(e.authors?.length || f.authors?.length, `author of ${e.id}`);
    need(
      e.links?.some((l) => (l.rel ?? 'alternate') === 'alternate' && l.href),
      `link of ${e.id}`,
    );
  }
  return problems;
}

describe('Atom feeds of the real campaign', () => {
  const manifest = manifestFrom('content');
  const feeds = manifest.filesOf('feed');

  it('makes one site-wide feed and one per issuer, province and measure, each valid Atom', () => {
    // 6 documents: 6 issuers, 5 provinces (Trung ương among them), 10 measures each with a document.
    expect(feeds).toHaveLength(1 + 6 + 5 + 10);
    expect(feeds.map((f) => f.route)).toContain('cap-nhat/tat-ca.atom');
    for (const f of feeds) expect(atomProblems(atomXml(f.feed, formatDateShort)), f.route).toEqual([]);
    const all = parseAtomFeed(atomXml(feeds[0].feed, formatDateShort));
    expect(all.entries).toHaveLength(6);
    // Newest first; no build clock anywhere: the feed's date is its newest document's, 760/KKT-VP of 21/08/2020.
    expect(all.updated).toBe('2020-08-21T00:00:00+07:00');
    expect(all.entries![0].id).toBe('tag:bluezone.loa.example,2020-08-21:van-ban/760-kkt-vp/');
    expect(all.entries!.map((e) => e.title?.value)).toContain(
      'Công văn 2841/BTTTT-THH: Triển khai tuyên truyền cài đặt ứng dụng Bluezone',
    );
  });

  it('gives a document the same entry id in every feed, so a reader of several sees it once', () => {
    const idsOf = (route: string) =>
      parseAtomFeed(atomXml(feeds.find((f) => f.route === route)!.feed, formatDateShort)).entries!.map((e) => e.id);
    const id2841 = 'tag:bluezone.loa.example,2020-08-01:van-ban/2841-btttt-thh/';
    expect(idsOf('cap-nhat/tat-ca.atom')).toContain(id2841);
    expect(idsOf('cap-nhat/tinh/trung-uong.atom')).toEqual([id2841]);
    expect(idsOf('cap-nhat/bien-phap/04-co-so-dao-tao.atom')).toContain(id2841);
  });

  it('writes the same bytes from two manifests: ids and dates come from the content only', () => {
    const again = manifestFrom('content').filesOf('feed');
    expect(again.map((f) => atomXml(f.feed, formatDateShort))).toEqual(
      feeds.map((f) => atomXml(f.feed, formatDateShort)),
    );
  });

  it("announces the site-wide feed on every page and a directive's issuer and province feeds on its page", () => {
    const page = manifest.page('directive', '2841-btttt-thh');
    expect(manifest.announced(page).map((f) => f.route)).toEqual([
      'cap-nhat/tat-ca.atom',
      'cap-nhat/co-quan/bo-thong-tin-va-truyen-thong.atom',
      'cap-nhat/tinh/trung-uong.atom',
    ]);
    expect(manifest.announced(manifest.page('directives')).map((f) => f.route)).toEqual(['cap-nhat/tat-ca.atom']);
    expect(manifest.announced(manifest.page('measure', '04-co-so-dao-tao')).map((f) => f.route)).toEqual([
      'cap-nhat/tat-ca.atom',
      'cap-nhat/bien-phap/04-co-so-dao-tao.atom',
    ]);
  });
});

describe('change notes of the second campaign (made-up data in test/fixtures/campaign-mini)', () => {
  const manifest = manifestFrom(MINI);
  it('lists every change, newest first, and dates the entries and feeds by them', () => {
    expect(manifest.changes.map((c) => [c.date, c.route])).toEqual([
      ['2022-03-20', 'van-ban/55-syt-vp/'],
      ['2022-03-10', 'bien-phap/01-bien-phap-1/'],
    ]);
    const all = parseAtomFeed(atomXml(manifest.filesOf('feed')[0].feed, formatDateShort));
    expect(all.updated).toBe('2022-03-20T00:00:00+07:00');
    expect(all.entries!.map((e) => [e.id, e.updated])).toEqual([
      ['tag:so-suc-khoe.loa.example,2022-03-15:van-ban/55-syt-vp/', '2022-03-20T00:00:00+07:00'],
      ['tag:so-suc-khoe.loa.example,2022-03-10:bien-phap/01-bien-phap-1/', '2022-03-10T00:00:00+07:00'],
      ['tag:so-suc-khoe.loa.example,2022-03-01:van-ban/100-byt-cntt/', '2022-03-01T00:00:00+07:00'],
    ]);
    expect(all.entries![0].summary?.value).toContain('20/03/2022: Bổ sung số liệu của Bệnh viện tỉnh.');
  });
});

describe('a large campaign', () => {
  it(`keeps the newest ${FEED_ENTRIES} entries in a feed, the one that changed last first`, () => {
    const campaign = campaignFrom('content');
    const one = campaign.directives.find((d) => d.id === '2841-btttt-thh')!;
    // Made-up: 120 copies of one document, one of them changed on a later day.
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...one,
      id: `copy-${i}`,
      data: { ...one.data, number: `${i + 1}/COPY`, changes: i === 7 ? [{ date: '2020-12-01', note: 'Sửa' }] : [] },
    }));
    const manifest = buildManifest({ ...campaign, directives: many }, loadStrings('content'), channels);
    const all = manifest.filesOf('feed')[0].feed;
    expect(all.entries).toHaveLength(FEED_ENTRIES);
    expect(all.entries[0]).toMatchObject({
      url: 'https://bluezone.loa.example/van-ban/copy-7/',
      updated: '2020-12-01',
    });
  });
});

describe('an entry with change notes', () => {
  // Made-up data: the real campaign has no change history.
  const feed: Feed = {
    id: 'tag:x.example,2020:cap-nhat/tat-ca.atom',
    title: 'Thử & <nghiệm>',
    subtitle: 'S',
    self: 'https://x.example/cap-nhat/tat-ca.atom',
    alternate: 'https://x.example/cap-nhat/',
    author: 'Cơ quan',
    lang: 'vi',
    entries: [
      {
        id: 'tag:x.example,2020-08-01:van-ban/1-a/',
        title: 'Công văn 1/A',
        url: 'https://x.example/van-ban/1-a/',
        published: '2020-08-01',
        updated: '2020-09-03',
        summary: 'Tóm tắt',
        author: 'Bộ A',
        categories: ['Công văn'],
        notes: [{ date: '2020-09-03', text: 'Sửa thời hạn báo cáo thành 15/9 & bổ sung phụ lục' }],
      },
    ],
  };
  it('is updated on the date of its newest note, with the note in its summary, escaped', () => {
    const xml = atomXml(feed, formatDateShort);
    expect(atomProblems(xml)).toEqual([]);
    const parsed = parseAtomFeed(xml);
    expect(parsed.title?.value).toBe('Thử & <nghiệm>');
    expect(parsed.updated).toBe('2020-09-03T00:00:00+07:00');
    expect(parsed.entries![0].summary?.value).toContain(
      '03/09/2020: Sửa thời hạn báo cáo thành 15/9 & bổ sung phụ lục',
    );
  });
});

describe('schema.org JSON-LD of a directive', () => {
  const campaign = campaignFrom('content');
  const byId = (id: string) => campaign.directives.find((d) => d.id === id)!;
  const ld = (id: string) =>
    JSON.parse(
      jsonLdText(
        directiveJsonLd({
          doc: byId(id),
          url: `https://bluezone.loa.example/van-ban/${id}/`,
          urlOf: (o) => `https://bluezone.loa.example/van-ban/${o.id}/`,
          publisher: 'P',
        }),
      ),
    ) as Record<string, unknown>;

  it('describes 2723 as Legislation applying 2841, with its identifier, type, date, issuer and jurisdiction', () => {
    const data = ld('2723-vpubnd-kgvx');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '2723/VPUBND-KGVX',
      legislationType: 'Công văn',
      legislationDate: '2020-08-04',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Văn phòng UBND tỉnh Quảng Bình' },
      legislationJurisdiction: 'Quảng Bình',
      legislationApplies: [
        {
          '@type': 'Legislation',
          legislationIdentifier: '2841/BTTTT-THH',
          url: 'https://bluezone.loa.example/van-ban/2841-btttt-thh/',
        },
      ],
    });
    // Nobody has said whether it is in force: no guess.
    expect(data).not.toHaveProperty('legislationLegalForce');
    expect(ld('2841-btttt-thh')).toMatchObject({ legislationJurisdiction: 'Việt Nam' });
  });

  it('makes a news item a NewsArticle, and never lets a "<" end the script', () => {
    expect(ld('tin-ubnd-hai-phong-2020-08-06')['@type']).toBe('NewsArticle');
    expect(jsonLdText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });

  it('says a replaced document is no longer in force, and what changed another', () => {
    const older = byId('2841-btttt-thh');
    const newer = byId('2723-vpubnd-kgvx');
    const replaced = {
      ...older,
      status: 'replaced' as const,
      history: [{ date: '2020-08-04', status: 'replaced' as const, derived: true }],
    };
    const replacing = {
      ...newer,
      relations: [{ kind: 'replaces' as const, direction: 'forward' as const, number: '2841/BTTTT-THH', entry: older }],
    };
    const of = (doc: Parameters<typeof directiveJsonLd>[0]['doc']) =>
      directiveJsonLd({ doc, url: 'u', urlOf: () => 'v', publisher: 'P' });
    expect(of(replaced)).toMatchObject({
      legislationLegalForce: 'https://schema.org/NotInForce',
      dateModified: '2020-08-04',
    });
    expect(of(replacing)).toMatchObject({
      legislationChanges: [{ legislationIdentifier: '2841/BTTTT-THH', url: 'v' }],
    });
  });
});
