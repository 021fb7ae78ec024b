import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { expected, IS_REAL as isReal, itIsTheBuildOfTheContent } from '../support/expected';
import { foldQuery } from '../../src/search/fold';
import { indexSite } from '../../src/search/index-site';
import { serveStatic } from '../../scripts/lib/static-server';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';

const dist = process.env.LOA_DIST ?? 'dist';
// The query table is written for the real campaign; the fixture campaign has its own below. Which one is
// decided by the content folder the site was built from (LOA_CONTENT_DIR); a dist of another fails below.

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
});

async function search(q: string, filters: Record<string, string> = {}) {
  const u = new URL(`${site.server.url}/tim-kiem/`);
  if (q) u.searchParams.set('q', q);
  for (const [k, v] of Object.entries(filters)) u.searchParams.set(`f-${k}`, v);
  await page.goto(u.href);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && s !== 'Đang tìm…';
  });
  return page.$$eval('#search-results li', (lis) =>
    lis.map((li) => ({
      href: new URL(li.querySelector('a')!.href).pathname,
      meta: li.querySelector('.meta')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

type Row = {
  q: string;
  filters?: Record<string, string>;
  first?: string;
  top3?: string;
  includes?: string;
  includesAll?: string[];
  only?: string[];
  none?: true;
  mark?: RegExp;
};
const real: Row[] = [
  { q: '2841/BTTTT-THH', first: '/van-ban/2841-btttt-thh/' },
  { q: '2841', first: '/van-ban/2841-btttt-thh/' },
  { q: '7414', first: '/van-ban/7414-ubnd-ct/' },
  { q: '760/KKT-VP', first: '/van-ban/760-kkt-vp/' },
  { q: '1061', first: '/van-ban/1061-ubnd/' },
  { q: 'dang ky', top3: '/bien-phap/01-co-quan-nha-nuoc/', mark: /đăng|ký/i },
  { q: 'đăng ký', top3: '/bien-phap/01-co-quan-nha-nuoc/' },
  { q: 'dien thoai', mark: /điện/i },
  { q: 'doan thanh nien', top3: '/bien-phap/03-doan-thanh-nien-hoi-phu-nu/', mark: /Đoàn/ },
  { q: 'khach san', top3: '/bien-phap/06-nha-hang-khach-san-doanh-nghiep/', mark: /khách/i },
  { q: 'cai dat', mark: /cài|đặt/i },
  { q: 'quang tri', first: '/van-ban/760-kkt-vp/' },
  { q: 'Quảng Trị', first: '/van-ban/760-kkt-vp/' },
  { q: 'hai phong', first: '/van-ban/tin-ubnd-hai-phong-2020-08-06/' },
  { q: '"đi từng ngõ"', includesAll: ['/van-ban/1061-ubnd/', '/van-ban/7414-ubnd-ct/'], mark: /đi từng ngõ|từng|ngõ/i },
  { q: 'di tung ngo', top3: '/van-ban/7414-ubnd-ct/' },
  { q: 'loa phuong', top3: '/bien-phap/09-truyen-thanh-co-so/' },
  { q: 'Zalo', top3: '/bien-phap/07-tin-nhan-zalo-sms/' },
  { q: 'Nguyễn Thành Hưng', first: '/van-ban/2841-btttt-thh/' },
  { q: 'Pham Ngoc Minh', first: '/van-ban/760-kkt-vp/' },
  { q: 'bluezone', filters: { loại: 'Báo cáo' }, only: ['/van-ban/760-kkt-vp/'] },
  { q: 'cai dat', filters: { tỉnh: 'Thừa Thiên Huế' }, only: ['/van-ban/1061-ubnd/', '/van-ban/7414-ubnd-ct/'] },
  { q: '', filters: { 'biện pháp': 'Biện pháp 4' }, includes: '/bien-phap/04-co-so-dao-tao/' },
  // A filter value with Đ: filter values are not folded, so the reader's choice matches as written.
  { q: '', filters: { 'cơ quan': 'UBND huyện Quảng Điền' }, only: ['/van-ban/1061-ubnd/'] },
  { q: 'cua khau', filters: { năm: '2020' }, first: '/van-ban/760-kkt-vp/' },
  { q: 'xyzzyq', none: true },
];
const mini: Row[] = [
  { q: '100/BYT-CNTT', first: '/van-ban/100-byt-cntt/' },
  { q: 'so suc khoe', mark: /Sổ|Sức/ },
  { q: 'dien thoai', mark: /điện/i },
  { q: 'xyzzyq', none: true },
];

/** Plain spelling, marked spelling and the word the best result must hold, from each campaign's text. */
const realTriples: Array<[plain: string, accented: string, word: RegExp]> = [
  ['doan thanh nien', 'Đoàn Thanh niên', /Đoàn/],
  ['khach san', 'khách sạn', /khách/i],
  ['dien thoai', 'điện thoại', /điện/i],
];
const miniTriples: typeof realTriples = [
  ['dien thoai', 'điện thoại', /điện/i],
  ['so suc khoe', 'Sổ Sức khỏe', /Sổ|Sức/],
];
/** A query that finds pages, and how the two first searches of a cold visit are typed: plain, then with marks. */
const found = isReal ? 'cai dat' : 'so suc khoe';
const firstSearches = isReal ? ['cai dat', 'điện thoại'] : ['dien thoai', 'điện thoại'];
/** Pages the search can find: the directives and measures of the content. "Xem thêm" needs more than ten. */
const findable = expected.directives.length + expected.measures.length;

describe('search: query table', () => {
  itIsTheBuildOfTheContent(dist);

  for (const row of isReal ? real : mini) {
    it(`${row.q || '(no words)'} ${row.filters ? JSON.stringify(row.filters) : ''}`, async () => {
      const results = await search(row.q, row.filters);
      const hrefs = results.map((r) => r.href);
      expect(hrefs.length === 0, 'no results').toBe(!!row.none);
      if (row.none) expect(await page.textContent('#search-status')).toMatch(/Không tìm thấy/);
      if (row.first) expect(hrefs[0]).toBe(row.first);
      if (row.top3) expect(hrefs.slice(0, 3)).toContain(row.top3);
      if (row.includes) expect(hrefs).toContain(row.includes);
      if (row.includesAll) expect(hrefs).toEqual(expect.arrayContaining(row.includesAll));
      if (row.only) expect([...hrefs].sort()).toEqual([...row.only].sort());
      if (row.mark) expect(results[0].marks.join(' ')).toMatch(row.mark);
    });
  }

  it('typed without diacritics, the best results hold the accented words, as with the accented query', async () => {
    const triples = isReal ? realTriples : miniTriples;
    expect(triples.length).toBeGreaterThan(0);
    for (const [plain, accented, word] of triples) {
      const a = await search(plain);
      const b = await search(accented);
      expect(a.length, plain).toBeGreaterThan(0);
      expect(b.length, accented).toBeGreaterThan(0);
      // The pages that rank highest for the bare spelling are ones holding the accented words.
      expect(a[0].marks.join(' '), `${plain}: ${a[0].href}`).toMatch(word);
      // And the accented query's best page is among the bare spelling's best five.
      expect(
        a.slice(0, 5).map((r) => r.href),
        plain,
      ).toContain(b[0].href);
    }
  });

  it('shows number, issuer and date on document results', async () => {
    const r = await search(isReal ? '2841' : '100/BYT-CNTT');
    expect(r[0].meta).toMatch(/\d+\/[A-ZĐ-]+ · .+ · \d\d\/\d\d\/\d{4}/);
  });

  it('works from the keyboard: type in the header box, press Enter, results are announced', async () => {
    await page.goto(`${site.server.url}/`);
    await page.focus('#site-search-q');
    await page.keyboard.type(isReal ? 'khach san' : 'so suc khoe');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    await page.waitForFunction(() => /kết quả/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await page.$$eval('#search-results li', (l) => l.length)).toBeGreaterThan(0);
  });

  it('without JavaScript, the search page leads to the directive index', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.server.url}/tim-kiem/?q=abc`);
    await p.waitForURL(/\/van-ban\/$/);
    expect(await p.textContent('h1')).toBe('Văn bản');
    await context.close();
  });
});

/** Plain/accented pairs from the real campaign's text: đ starting words and inside them, one word and several. */
const realPairs: Array<[accented: string, plain: string]> = [
  ['đặt', 'dat'],
  ['cài đặt', 'cai dat'],
  ['điện thoại', 'dien thoai'],
  ['Đoàn', 'doan'],
  ['đăng ký', 'dang ky'],
  ['địa phương', 'dia phuong'],
  ['hướng dẫn', 'huong dan'],
  ['ứng dụng', 'ung dung'],
  ['đơn vị', 'don vi'],
  ['đề nghị', 'de nghi'],
  ['đào tạo', 'dao tao'],
  ['đồng chí', 'dong chi'],
  ['người dân', 'nguoi dan'],
  ['Hải Phòng', 'hai phong'],
  ['Quảng Trị', 'quang tri'],
  ['khách sạn', 'khach san'],
];
const miniPairs: Array<[string, string]> = [
  ['đặt', 'dat'],
  ['điện thoại', 'dien thoai'],
];
const pairs = isReal ? realPairs : miniPairs;

/** A text's words, as the tests compare them: NFC, lower case, split at anything not a letter or digit. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Each indexed page's words as a reader sees them: its indexed part, without what it keeps from the index. */
async function pageWords(url: string): Promise<string[]> {
  await page.goto(`${site.server.url}${url}`);
  const text = await page.evaluate(() => {
    const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element;
    body.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
    return texts.join(' ');
  });
  return wordsOf(text);
}

/** Pagefind's own API, as the search page loads it, on the built index. */
async function pagefindApi(queries: string[]) {
  // A page without the site's CSP, and the import as a string, which the test runner leaves alone.
  await page.goto(`${site.server.url}/pagefind/pagefind-entry.json`);
  await page.evaluate("import('/pagefind/pagefind.js').then((m) => { globalThis.pf = m; })");
  return page.evaluate(async (qs) => {
    type Found = { results: Array<{ words: number[]; data: () => Promise<{ url: string }> }> };
    const pf = (
      globalThis as unknown as { pf: { options: (o: object) => Promise<void>; search: (q: string) => Promise<Found> } }
    ).pf;
    await pf.options({ noWorker: true });
    const out: Record<string, Array<{ url: string; words: number }>> = {};
    for (const q of qs) {
      const found = await pf.search(q);
      out[q] = await Promise.all(
        found.results.map(async (r) => ({ url: (await r.data()).url, words: r.words.length })),
      );
    }
    return out;
  }, queries);
}

describe('search: the index folds đ and marks', () => {
  it(`Pagefind's own search finds the same pages, with as many matched words, for ${pairs.length} plain/accented pairs`, async () => {
    const found = await pagefindApi(pairs.flatMap(([accented, plain]) => [plain, foldQuery(accented)]));
    for (const [accented, plain] of pairs) {
      const sorted = (list: Array<{ url: string; words: number }>) =>
        [...list].sort((a, b) => a.url.localeCompare(b.url));
      expect(found[plain].length, plain).toBeGreaterThan(0);
      expect(sorted(found[plain]), `${plain} / ${accented}`).toEqual(sorted(found[foldQuery(accented)]));
    }
  });

  it("indexes what a directive says once, not the print layout's repeat of its properties or the national motto", async () => {
    const strings = UI_STRINGS.vi;
    const directives = readdirSync(join(dist, 'van-ban'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(join(dist, 'van-ban', d.name, 'index.html'), 'utf8'));
    // The words are on the pages, in the Decree 30 layout and the print hint...
    expect(directives.filter((html) => html.includes(strings['official.motto'])).length).toBeGreaterThan(0);
    expect(directives.every((html) => html.includes('dùng lệnh In của trình duyệt'))).toBe(true);
    // ...but a search for them finds no directive: they said nothing about any one document.
    const queries = ['Độc lập Tự do Hạnh phúc', 'lệnh In của trình duyệt'].map(foldQuery);
    const found = await pagefindApi(queries);
    for (const q of queries)
      expect(
        found[q].map((r) => r.url).filter((u) => u.startsWith('/van-ban/')),
        q,
      ).toEqual([]);
    // The subject is indexed in the title and wherever the body says it, not again in the panel or the layout.
    const url = isReal ? '/van-ban/760-kkt-vp/' : '/van-ban/100-byt-cntt/';
    const indexed = (await pageWords(url)).join(' ');
    // pageWords has just opened the page.
    const { subject, body } = await page.evaluate(() => ({
      subject: document.querySelector('h1 .subtitle')!.textContent!,
      body: document.querySelector('.o-body')!.textContent!,
    }));
    const times = (text: string) => ` ${text} `.split(` ${wordsOf(subject).join(' ')} `).length - 1;
    expect(times(indexed), subject).toBe(times(wordsOf(body).join(' ')) + 1);
    // The parts the layout repeats stay findable once, from the properties panel: the root document's signer.
    const { signer, id } = expected.root;
    expect(signer, 'the root document has a signer').toBeDefined();
    const bySigner = await pagefindApi([foldQuery(signer!)]);
    const hits = bySigner[foldQuery(signer!)].filter((r) => r.url === `${expected.base}van-ban/${id}/`);
    expect(hits).toHaveLength(1);
  });

  it('the plain spelling finds every page holding the accented words', async () => {
    const found = await pagefindApi(pairs.map(([, plain]) => plain));
    // Pages in another language have their own index: the Vietnamese search answers for the Vietnamese pages.
    const vietnamese = (html: string) => html.includes('data-pagefind-body') && html.includes('<html lang="vi"');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && vietnamese(readFileSync(join(dist, f), 'utf8')))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(0);
    const words = new Map<string, string[]>();
    for (const url of pages) words.set(url, await pageWords(url));
    for (const [accented, plain] of pairs) {
      const terms = accented.toLowerCase().split(' ');
      const holding = pages.filter((url) => terms.every((t) => words.get(url)!.includes(t)));
      expect(holding.length, accented).toBeGreaterThan(0);
      expect(
        found[plain].map((r) => r.url),
        `${plain} finds every page holding ${accented}`,
      ).toEqual(expect.arrayContaining(holding));
    }
  });

  it('the search page gives the same first result for each plain/accented pair', async () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const [accented, plain] of pairs) {
      const a = await search(accented);
      const b = await search(plain);
      expect(a.length, accented).toBeGreaterThan(0);
      expect(a[0].href, `${accented} / ${plain}`).toBe(b[0]?.href);
    }
  });

  it('runs exactly one Pagefind search per query, spelt as the index spells it', async () => {
    const context = await site.browser.newContext();
    const p = await context.newPage();
    // Pagefind's script, wrapped so the page's calls to search() are counted.
    await p.route(/\/pagefind\/pagefind\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: [
          "import * as real from './pagefind.js?real';",
          "export * from './pagefind.js?real';",
          'export const search = (...args) => { (globalThis.searches ??= []).push(args[0]); return real.search(...args); };',
        ].join('\n'),
      }),
    );
    const done = () =>
      p.waitForFunction(() =>
        /kết quả|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
    const [q, next] = [pairs[0][0], pairs[pairs.length - 1][1]];
    await p.goto(`${site.server.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
    await done();
    expect(await p.evaluate(() => (globalThis as { searches?: string[] }).searches)).toEqual([foldQuery(q)]);
    await p.fill('#q', next);
    await p.press('#q', 'Enter');
    await p.waitForFunction(() => (globalThis as { searches?: string[] }).searches?.length === 2);
    await done();
    expect(await p.evaluate(() => (globalThis as { searches?: string[] }).searches)).toEqual([foldQuery(q), next]);
    await context.close();
  });

  it('shows titles, facts and excerpts with đ as written, the matched words highlighted', async () => {
    const results = await search(pairs[0][1]);
    expect(results.length).toBeGreaterThan(0);
    const text = await page.textContent('#search-results');
    expect(text).toMatch(/đ|Đ/);
    expect(text).not.toMatch(/\u0369/);
    const marks = results.flatMap((r) => r.marks);
    expect(marks.join(' ')).toMatch(/đặt/i);
    for (const mark of marks)
      expect(mark.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').toLowerCase()).toMatch(/^dat/i);
  });

  it('the first search of a cold visit, HTML to excerpts, transfers at most 150 KB, fonts included', async () => {
    // A plain query fetches the text of the results it shows; one typed with marks that of the 30 it ranks.
    for (const q of firstSearches) {
      const context = await site.browser.newContext();
      const p = await context.newPage();
      const reads: Array<Promise<{ url: string; type: string; bytes: number } | { url: string; error: string }>> = [];
      p.on('response', (r) => {
        reads.push(
          (async () => {
            // A redirect has no body to read; every other response's body is read whole, or the test fails.
            const redirect = r.status() >= 300 && r.status() < 400;
            // What a static host sends: text compressed (gzip -9), Pagefind's files already are.
            const bytes = redirect ? 0 : gzipSync(await r.body(), { level: 9 }).length;
            return { url: r.url(), type: r.request().resourceType(), bytes };
          })().catch((e: Error) => ({ url: r.url(), error: e.message })),
        );
      });
      await p.goto(`${site.server.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await p.waitForFunction(() => /kết quả/.test(document.getElementById('search-status')?.textContent ?? ''));
      await p.waitForLoadState('networkidle');
      // Every body, however late, is read before the page goes: none drops out of the total.
      let settled = 0;
      while (settled < reads.length) {
        settled = reads.length;
        await Promise.all(reads);
      }
      const read = await Promise.all(reads);
      await context.close();
      expect(
        read.filter((b) => 'error' in b),
        'every response body was read',
      ).toEqual([]);
      const bodies = read.filter((b): b is { url: string; type: string; bytes: number } => !('error' in b));
      expect(bodies.length).toBeGreaterThan(0);
      const total = bodies.reduce((a, b) => a + b.bytes, 0);
      console.log(`first search “${q}”: ${(total / 1024).toFixed(1)} KB in ${bodies.length} requests`);
      // No worker script: the search runs on the page's thread. No web font: the phone's own typeface.
      expect(bodies.map((b) => b.url).filter((u) => u.includes('worker'))).toEqual([]);
      expect(bodies.filter((b) => b.type === 'font')).toEqual([]);
      // Filters are fetched when the reader opens them, not for every search.
      expect(bodies.map((b) => b.url).filter((u) => u.includes('.pf_filter'))).toEqual([]);
      expect(total, JSON.stringify(bodies, null, 1)).toBeLessThanOrEqual(150 * 1024);
    }
  });

  it.skipIf(findable <= 10)(
    `shows ten results at a time; “Xem thêm” adds the next ones and moves the focus to the first of them (the content has ${findable} directives and measures)`,
    async () => {
      await search(found);
      const status = (await page.textContent('#search-status')) ?? '';
      const total = Number(/^(\d+)/.exec(status)?.[1]);
      const shown = () => page.$$eval('#search-results li', (l) => l.length);
      expect(total, `“${found}” finds more than ten pages`).toBeGreaterThan(10);
      expect(await shown()).toBe(10);
      const more = page.locator('#search-more');
      expect(await more.textContent()).toBe(`Xem thêm ${Math.min(10, total - 10)} kết quả`);
      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
      expect(await shown()).toBe(Math.min(20, total));
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10],
        ),
      ).toBe(true);
      // Every result once: the second step continues the first.
      const hrefs = await page.$$eval('#search-results li a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs).size).toBe(hrefs.length);
    },
  );

  it('a query with ten results or fewer shows them all and no “Xem thêm”', async () => {
    // A row of the table that names its only results: the real campaign's has a filter, the fixture has six pages.
    const row = (isReal ? real : mini).find((r) => r.only) ?? mini[0];
    const results = await search(row.q, row.filters);
    const total = Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(10);
    expect(results.length).toBe(total);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
  });

  it('fetches the filters when the reader opens them, then narrows the results', async () => {
    const unfilteredResults = await search(found);
    expect(unfilteredResults.length, found).toBeGreaterThan(0);
    const before = await page.$$eval('#filters select', (s) => s.length);
    expect(before).toBe(0);
    await page.click('.filter-box summary');
    await page.waitForSelector('#filters select');
    const type = page.locator('#filters select[name="f-loại"]');
    const options = await type.locator('option').allTextContents();
    expect(options[0]).toBe('Tất cả');
    expect(options.length).toBeGreaterThan(1);
    const unfiltered = Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(unfiltered).toBeGreaterThan(0);
    // The option counts a type's pages in the whole index. Pick the type, with the fewest pages, of a document the
    // query finds (from the content, not the page): narrowed to it, the query still finds that document.
    const typeOf = (href: string) => expected.directiveTypes[/\/van-ban\/([^/]+)\/$/.exec(href)?.[1] ?? ''];
    const foundTypes = unfilteredResults.map((r) => typeOf(r.href)).filter(Boolean);
    expect(foundTypes.length, `“${found}” finds a document`).toBeGreaterThan(0);
    const counts = options.slice(1).map((o) => Number(/\((\d+)\)$/.exec(o)?.[1]));
    const candidates = options
      .map((o, i) => ({ i, label: o.replace(/ \(\d+\)$/, ''), count: counts[i - 1] }))
      .filter((o) => o.i > 0 && foundTypes.includes(o.label));
    expect(candidates.length).toBeGreaterThan(0);
    const pick = candidates.reduce((a, b) => (b.count < a.count ? b : a));
    expect(pick.count).toBeLessThan(unfiltered);
    await type.selectOption({ index: pick.i });
    await page.waitForURL(/f-lo%E1%BA%A1i=/);
    await page.waitForFunction((n) => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return /Không tìm thấy/.test(s) || (/kết quả/.test(s) && Number(/^(\d+)/.exec(s)?.[1]) <= n);
    }, pick.count);
    // Narrowed, not emptied: some of the query's pages, all of the type chosen.
    const narrowed = Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(unfiltered);
    const hrefs = await page.$$eval('#search-results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.length).toBe(Math.min(10, narrowed));
    expect(hrefs.map(typeOf)).toEqual(hrefs.map(() => pick.label));
  });
});

/**
 * A site of three pages differing only in how they spell one word, indexed as
 * the build indexes, searched from the real search page. Pagefind scores the
 * d/đ-swapped page highest (it holds the word most often); the page must still
 * rank the exact spelling first, other marks next, d/đ swapped last.
 */
describe('search: a query typed with marks ranks its exact spelling first', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const pages = { 'duong-exact': 'dương', 'duong-plain': 'duong', 'duong-stroke': 'đường' } as const;
  const times = { 'duong-exact': 1, 'duong-plain': 2, 'duong-stroke': 3 } as const;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'loa-search-rank-'));
    mkdirSync(join(root, 'tim-kiem'));
    cpSync(join(dist, 'tim-kiem/index.html'), join(root, 'tim-kiem/index.html'));
    for (const f of ['_astro', 'theme.css']) symlinkSync(resolve(dist, f), join(root, f));
    for (const [slug, word] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
      mkdirSync(join(root, slug));
      const body = `Trang ${Array(times[slug]).fill(word).join(' và ')} cho người dân.`;
      writeFileSync(
        join(root, slug, 'index.html'),
        `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Trang thử</h1><p>${body}</p></main></body></html>`,
      );
    }
    await indexSite(root);
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function order(q: string): Promise<string[]> {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() =>
      /kết quả|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    return page.$$eval('#search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('dương: dương, then duong, then đường', async () => {
    expect(await order('dương')).toEqual(['/duong-exact/', '/duong-plain/', '/duong-stroke/']);
  });
  it('đường: đường first', async () => {
    expect((await order('đường'))[0]).toBe('/duong-stroke/');
  });
  it('duong, without marks, finds all three as Pagefind scores them', async () => {
    expect(await order('duong')).toEqual(['/duong-stroke/', '/duong-plain/', '/duong-exact/']);
  });
});
