import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server';
import { useBuiltSite } from '../support/built-site';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';

const dist = process.env.LOA_DIST ?? 'dist';
/** A slide per measure of the content: what the build must have made. */
const slugs = expected.measures.map((m) => m.id);

const site = useBuiltSite();

const active = (page: Page) => page.$eval('.slide.active', (s) => Number((s as HTMLElement).dataset.number));

/** What the active slide shows: the drawing matching the screen, whole, inside the viewport, loaded. */
async function fits(page: Page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const slide = document.querySelector('.slide.active')!;
    const shown = [...slide.querySelectorAll<HTMLImageElement>('img.art')].filter(
      (i) => getComputedStyle(i).display !== 'none',
    );
    const img = shown[0];
    const r = img.getBoundingClientRect();
    // object-fit: contain: the drawing's own box inside the element's box.
    const scale = Math.min(r.width / img.naturalWidth, r.height / img.naturalHeight);
    const drawn = { width: img.naturalWidth * scale, height: img.naturalHeight * scale };
    return {
      shown: shown.length,
      src: img.getAttribute('src'),
      loaded: img.complete && img.naturalWidth > 0,
      // The stage drifts by up to 0.4 vmin against burn-in.
      inside: [r.left, r.top, vw - r.right, vh - r.bottom].every((gap) => gap >= -0.01 * Math.min(vw, vh) - 1),
      fill: Math.max(drawn.width / vw, drawn.height / vh),
      scroll: [document.documentElement.scrollWidth - vw, document.documentElement.scrollHeight - vh],
      cursor: getComputedStyle(document.body).cursor,
    };
  });
}

/** The QR code's side in a slide drawing, as a share of the drawing's short side. */
function qrShare(svg: string): number {
  const size = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg)!;
  const rects = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#ffffff"\/>/g)];
  return Number(rects.at(-1)![1]) / Math.min(Number(size[1]), Number(size[2]));
}

describe('signage slides fill the screen', () => {
  itIsTheBuildOfTheContent(dist);
  it(`has a slide page and its drawings for each of the content's ${slugs.length} measures`, () => {
    expect(slugs.length).toBeGreaterThan(0);
    const built = readdirSync(join(dist, 'man-hinh'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d\d-/.test(d.name))
      .map((d) => d.name);
    expect(built.sort()).toEqual([...slugs].sort());
    for (const route of expected.slideFiles) expect(existsSync(join(dist, route)), route).toBe(true);
  });

  for (const [w, h] of [
    [1920, 1080],
    [1080, 1920],
    [1366, 768],
    [1280, 720],
  ]) {
    it(`${w}×${h}: every slide shows its whole drawing for this shape, nothing scrolls`, async () => {
      const page = await site.browser.newPage({ viewport: { width: w, height: h } });
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of slugs) {
        await page.goto(`${site.server.url}/man-hinh/${slug}/`, { waitUntil: 'load' });
        const r = await fits(page);
        expect(r.shown, slug).toBe(1);
        expect(r.src, slug).toMatch(h > w ? /-doc\.svg$/ : /-ngang\.svg$/);
        expect(r.loaded, slug).toBe(true);
        expect(r.inside, slug).toBe(true);
        expect(r.fill, `${slug}: the drawing should fill the screen along one side`).toBeGreaterThan(0.98);
        expect(r.scroll, slug).toEqual([0, 0]);
        expect(r.cursor).toBe('none');
      }
      expect(
        await page.evaluate(() =>
          document.documentElement.classList.contains(innerHeight > innerWidth ? 'portrait' : 'landscape'),
        ),
      ).toBe(true);
      await page.close();
    });
  }

  it('every slide drawing carries a QR code at least 30 % of the screen’s short side', () => {
    const dir = join(dist, 'man-hinh/anh');
    const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    // The measures' slides and the visitors' notice in each language, each in two orientations: as the content says.
    const want = expected.files.filter((f) => f.startsWith('man-hinh/anh/') && f.endsWith('.svg'));
    expect(want.filter((f) => /-bien-phap-\d\d-/.test(f)).length).toBe(expected.measures.length * 2);
    expect(svgs.sort()).toEqual(want.map((f) => f.split('/').at(-1)!).sort());
    for (const f of svgs) expect(qrShare(readFileSync(join(dir, f), 'utf8')), f).toBeGreaterThanOrEqual(0.3);
  });
});

describe('the loop advances on its own', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  });
  afterAll(() => context.close());

  it('every s seconds, through the chosen measures, round and round', async () => {
    page = await context.newPage();
    await page.clock.install();
    await page.goto(`${site.server.url}/man-hinh/?s=5&m=2,4-5`);
    // The fake clock still creeps with real time while the page loads, so
    // each step checks one boundary crossed per 5 s, never two, never none.
    expect(await active(page)).toBe(2);
    await page.clock.runFor(2500);
    expect(await active(page)).toBe(2);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.clock.runFor(5000);
      seen.push(await active(page));
    }
    expect(seen).toEqual([4, 5, 2, 4, 5, 2]);
    await page.close();
  });

  it('?lang= shows the visitors’ notice after its measure, in each language asked, in turn', async () => {
    page = await context.newPage();
    await page.clock.install();
    await page.goto(`${site.server.url}/man-hinh/?s=5&m=4-5&lang=ja,EN,qqz-zzqq`);
    const now = () =>
      page.$eval('.slide.active', (s) => `${(s as HTMLElement).dataset.number}:${s.getAttribute('lang') ?? ''}`);
    expect(await now()).toBe('4:');
    await page.clock.runFor(2500);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.clock.runFor(5000);
      seen.push(await now());
    }
    expect(seen).toEqual(['5:', '5:ja', '5:en', '4:', '5:']);
    // The notice's words are in the page, marked with their language, for screen readers.
    expect(await page.textContent('.slide[lang="ja"] h1')).toMatch(/Bluezone/);
    expect(await page.content()).not.toContain('qqz');
    await page.close();
  });

  it('bad parameters fall back to the defaults and never reach the page', async () => {
    page = await context.newPage();
    await page.clock.install();
    await page.goto(`${site.server.url}/man-hinh/?s=abc&m=%3Cscript%3Ealert(1)%3C/script%3E&o=sideways`);
    const scripts = await page.$$eval('script', (s) => s.length);
    expect(await page.content()).not.toContain('alert(1)');
    expect(await active(page)).toBe(1);
    await page.clock.runFor(7000); // not yet: the default is 10 s
    expect(await active(page)).toBe(1);
    await page.clock.runFor(4000);
    expect(await active(page)).toBe(2);
    await page.clock.runFor(10_000);
    expect(await active(page)).toBe(3);
    expect(await page.$$eval('script', (s) => s.length)).toBe(scripts);
    expect(await page.evaluate(() => document.documentElement.classList.contains('landscape'))).toBe(true);
    await page.close();
  });

  it('keeps DOM and timers flat over 2,000 transitions', async () => {
    page = await context.newPage();
    await page.clock.install();
    await page.addInitScript(() => {
      const w = window as unknown as { __pending: Set<number> };
      w.__pending = new Set();
      const set = window.setTimeout.bind(window);
      const clear = window.clearTimeout.bind(window);
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id = set(() => {
          w.__pending.delete(id);
          fn();
        }, ms);
        w.__pending.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id: number) => {
        w.__pending.delete(id);
        clear(id);
      }) as typeof window.clearTimeout;
    });
    await page.goto(`${site.server.url}/man-hinh/?s=3`);
    await page.clock.runFor(3000 * 10);
    const before = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      pending: (window as unknown as { __pending: Set<number> }).__pending.size,
    }));
    for (let i = 0; i < 20; i++) await page.clock.runFor(3000 * 100);
    const after = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      pending: (window as unknown as { __pending: Set<number> }).__pending.size,
      active: document.querySelectorAll('.slide.active').length,
    }));
    expect(after.nodes).toBe(before.nodes);
    expect(after.pending).toBeLessThanOrEqual(before.pending);
    expect(after.pending).toBeLessThanOrEqual(2);
    expect(after.active).toBe(1);
    await page.close();
  });
});

describe('unattended: offline and updates', () => {
  it('after one visit, a reload with the network down still shows slides', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/man-hinh/?o=doc`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 50));
      return reg.active?.state;
    });
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.reload();
    expect(await page.textContent('.slide.active h1')).toBeTruthy();
    expect((await fits(page)).loaded).toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('portrait'))).toBe(true);
    // A slide page never visited before also comes from the precache.
    await page.goto(`${site.server.url}/man-hinh/${slugs[1]}/`);
    expect(await page.textContent('.slide.active h1')).toBeTruthy();
    expect((await fits(page)).loaded).toBe(true);
    await context.close();
  });

  it('picks up a newer build on its own, at a slide boundary, once it is fully cached', async () => {
    const next = mkdtempSync(join(tmpdir(), 'loa-next-'));
    cpSync(dist, next, { recursive: true });
    const oldVersion = JSON.parse(readFileSync(join(dist, 'man-hinh/version.json'), 'utf8')).version as string;
    const newVersion = 'f'.repeat(16);
    for (const f of ['man-hinh/version.json', 'man-hinh/sw.js', 'man-hinh/index.html']) {
      const p = join(next, f);
      writeFileSync(p, readFileSync(p, 'utf8').replaceAll(oldVersion, newVersion));
    }
    const first = readFileSync(join(next, 'man-hinh/index.html'), 'utf8');
    const headline = /<h1 class="headline"[^>]*>([^<]+)<\/h1>/.exec(first)![1];
    writeFileSync(join(next, 'man-hinh/index.html'), first.replace(headline, 'Bản tin mới nhất'));

    const local = await serveStatic(dist);
    const context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${local.url}/man-hinh/?s=5`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    expect(await page.getAttribute('#stage', 'data-version')).toBe(oldVersion);

    local.setRoot(next);
    await page.clock.runFor(5 * 60 * 1000); // the poll finds the new version and the worker precaches it
    await page.waitForFunction(
      async () => !!(await navigator.serviceWorker.getRegistration('/man-hinh/'))?.waiting,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.getAttribute('#stage', 'data-version')).toBe(oldVersion); // not mid-slide
    await page.clock.runFor(5000); // next slide boundary: switch
    await page.waitForFunction((v) => document.getElementById('stage')?.dataset.version === v, newVersion, {
      timeout: 30_000,
    });
    expect(await page.textContent('.slide[data-number="1"] h1')).toBe('Bản tin mới nhất');
    await context.close();
    await local.close();
  });
});
