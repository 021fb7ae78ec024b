import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';

const dist = process.env.LOA_DIST ?? 'dist';
// The query table is written for the real campaign; the fixture campaign has its own below.
const isReal = existsSync(join(dist, 'van-ban/2841-btttt-thh/index.html'));

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
  { q: 'cua khau', filters: { năm: '2020' }, first: '/van-ban/760-kkt-vp/' },
  { q: 'xyzzyq', none: true },
];
const mini: Row[] = [
  { q: '100/BYT-CNTT', first: '/van-ban/100-byt-cntt/' },
  { q: 'so suc khoe', mark: /Sổ|Sức/ },
  { q: 'dien thoai', mark: /điện/i },
  { q: 'xyzzyq', none: true },
];

describe('search: query table', () => {
  for (const row of isReal ? real : mini) {
    it(`${row.q || '(no words)'} ${row.filters ? JSON.stringify(row.filters) : ''}`, async () => {
      const results = await search(row.q, row.filters);
      const hrefs = results.map((r) => r.href);
      if (row.none) {
        expect(hrefs).toEqual([]);
        expect(await page.textContent('#search-status')).toMatch(/Không tìm thấy/);
        return;
      }
      expect(hrefs.length, 'results').toBeGreaterThan(0);
      if (row.first) expect(hrefs[0]).toBe(row.first);
      if (row.top3) expect(hrefs.slice(0, 3)).toContain(row.top3);
      if (row.includes) expect(hrefs).toContain(row.includes);
      if (row.includesAll) expect(hrefs).toEqual(expect.arrayContaining(row.includesAll));
      if (row.only) expect([...hrefs].sort()).toEqual([...row.only].sort());
      if (row.mark) expect(results[0].marks.join(' ')).toMatch(row.mark);
    });
  }

  it.runIf(isReal)(
    'typed without diacritics, the best results hold the accented words, as with the accented query',
    async () => {
      for (const [plain, accented, word] of [
        ['doan thanh nien', 'Đoàn Thanh niên', /Đoàn/],
        ['khach san', 'khách sạn', /khách/i],
        ['dien thoai', 'điện thoại', /điện/i],
      ] as const) {
        const a = await search(plain);
        const b = await search(accented);
        // The pages that rank highest for the bare spelling are ones holding the accented words.
        expect(a[0].marks.join(' '), `${plain}: ${a[0].href}`).toMatch(word);
        // And the accented query's best page is among the bare spelling's best five.
        expect(
          a.slice(0, 5).map((r) => r.href),
          plain,
        ).toContain(b[0].href);
      }
    },
  );

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
