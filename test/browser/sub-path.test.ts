import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import type { Browser } from 'playwright-core';
import { buildCampaign } from '../support/fixture-build';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

// The real campaign, built to live under a provincial portal's sub-path and
// served there by a plain static host: nothing may point at the host's root.
const BASE = '/chien-dich/bluezone/';
let out: string;
let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const content = mkdtempSync(join(tmpdir(), 'loa-subpath-'));
  cpSync('content', content, { recursive: true });
  const settings = join(content, 'settings.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8') + `basePath: ${BASE}\n`);
  const built = buildCampaign(content);
  if (built.status !== 0) throw new Error(built.output);
  out = built.outDir;
  root = mkdtempSync(join(tmpdir(), 'loa-host-'));
  mkdirSync(join(root, 'chien-dich'));
  symlinkSync(out, join(root, 'chien-dich', 'bluezone'));
  server = await serveStatic(root);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the site built with basePath ${BASE}`, () => {
  it('has zero broken links when served under that path', async () => {
    const result = await new LinkChecker().check({
      path: `${server.url}${BASE}`,
      recurse: true,
      // Only this host: external sites are not ours to check, and there is no network here.
      linksToSkip: [`^(?!${server.url.replace(/[.]/g, '\\.')})`],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    // Every page of the build was reached by following links from the home page.
    const ok = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    const catalogue = JSON.parse(readFileSync(join(out, 'danh-muc.json'), 'utf8')) as { pages: Array<{ url: string }> };
    const unreached = catalogue.pages.filter((p) => !ok.has(p.url));
    expect(unreached.map((p) => p.url)).toEqual([]);
  });

  it('writes no root-absolute link or asset that misses the base', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const paths = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(p.startsWith(BASE), p).toBe(true);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain(`${BASE}_astro/*`);
  });

  it('searches, and its results lead to pages under the base', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}tim-kiem/?q=cai+dat`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    const hrefs = await page.$$eval('#search-results a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);
    const first = await page.goto(`${server.url}${hrefs[0]}`);
    expect(first?.status()).toBe(200);
    await page.close();
  });

  it('runs the signage loop with its service worker scoped to the base, and keeps showing slides offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${BASE}man-hinh/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(`${BASE}man-hinh/`);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.reload();
    expect(await page.textContent('.slide.active h1')).toBeTruthy();
    const loaded = await page.$eval('.slide.active img.art-ngang', (i) => (i as HTMLImageElement).naturalWidth);
    expect(loaded).toBe(1920);
    await context.close();
  });
});
