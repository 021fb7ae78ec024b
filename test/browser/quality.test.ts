import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { LinkChecker } from 'linkinator';
import { useBuiltSite } from '../support/built-site';
import { PAGE_WEIGHT_BUDGET } from '../support/budgets';
import type { Catalogue } from '../../src/manifest/catalogue';

const dist = process.env.LOA_DIST ?? 'dist';
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The build's own list of its pages: a page the manifest does not know could not have been built.
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const pages = catalogue.pages.map((p) => p.url);

const site = useBuiltSite();

/** One representative page of each kind: the privacy and weight checks load these. */
function kinds(): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const kind =
      p.split('/').filter(Boolean).slice(0, 1).join('/') + (p.split('/').filter(Boolean).length > 1 ? '/*' : '');
    if (!seen.has(kind)) seen.set(kind, p);
  }
  return [...seen.values()];
}

describe('accessibility: axe-core, WCAG 2.2 AA, every page at every width', () => {
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(5));
  for (const width of [320, 390, 1280])
    it(`has zero violations on every built page at ${width} px, and none scrolls sideways`, async () => {
      // axe is injected as an inline script, which the site's CSP rightly refuses.
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(site.server.url + path, { waitUntil: 'load' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (overflow > 0) failures.push(`${path} scrolls sideways by ${overflow} px`);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return r.violations.map(
            (v: { id: string; nodes: Array<{ target: string[] }> }) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        });
        for (const v of violations) failures.push(`${path} ${v}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
});

describe('words around links', () => {
  it('a link never runs into the word before or after it (“Do<a>Công văn</a>đề ra”)', () => {
    const glued: string[] = [];
    for (const page of catalogue.pages) {
      const html = readFileSync(join(dist, page.route, 'index.html'), 'utf8').replace(
        /<(script|style|svg)[\s\S]*?<\/\1>/g,
        '',
      );
      for (const m of html.matchAll(/([^\s>“([«/])<a\s[^>]*>([^<]*)/g))
        glued.push(`${page.url}: “${m[1]}” + “${m[2]}”`);
      for (const m of html.matchAll(/([^>]{0,20})<\/a>([^\s<.,;:!?)”\]»])/g))
        glued.push(`${page.url}: “${m[1]}” + “${m[2]}”`);
    }
    expect(glued).toEqual([]);
  });
});

describe('social cards', () => {
  it('every page names a 1200×630 Open Graph image that exists in dist/', async () => {
    const { default: sharp } = await import('sharp');
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const path of pages) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const m = /<meta property="og:image" content="([^"]+)"/.exec(html);
      if (!m) {
        missing.push(`${path}: no og:image`);
        continue;
      }
      const file = join(dist, new URL(m[1]).pathname.slice(catalogue.base.length - 1));
      try {
        statSync(file);
      } catch {
        missing.push(`${path}: ${m[1]}`);
        continue;
      }
      if (seen.has(file)) continue;
      seen.add(file);
      const meta = await sharp(file).metadata();
      expect([meta.width, meta.height], file).toEqual([1200, 630]);
    }
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });
});

describe('links', () => {
  it('every internal link and asset in dist/ resolves', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: dist,
      recurse: true,
      // No network here, and external sites are not ours to check: internal links only.
      linksToSkip: ['^(?!http://localhost)'],
    });
    const broken = result.links
      .filter((l) => l.state === 'BROKEN')
      .map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThanOrEqual(pages.length);
    expect(broken).toEqual([]);
  });
});

describe('security headers and CSP', () => {
  it('ships a _headers file the static host applies, with CSP and the usual hardening', async () => {
    const res = await fetch(site.server.url + '/');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = await res.text();
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
  });

  it('no page kind breaks its own CSP', async () => {
    const violations: string[] = [];
    for (const path of kinds()) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${path}: ${m.text()}`);
      });
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});

describe('privacy and weight', () => {
  it('no page kind makes a request to another origin', async () => {
    const foreign: string[] = [];
    for (const path of kinds()) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
          foreign.push(`${path} → ${r.url()}`);
      });
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await context.close();
    }
    expect(foreign).toEqual([]);
  });

  it(`every directive page's first visit stays within ${PAGE_WEIGHT_BUDGET.withFonts / 1024} KB compressed (${PAGE_WEIGHT_BUDGET.withoutFonts / 1024} KB without fonts), with no JavaScript`, async () => {
    const directives = catalogue.pages.filter((p) => p.kind === 'directive').map((p) => p.url);
    expect(directives.length).toBeGreaterThan(0);
    for (const directive of directives) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const bodies: Array<{ type: string; url: string; bytes: number }> = [];
      page.on('response', async (r) => {
        const type = r.request().resourceType();
        if (!['document', 'stylesheet', 'script', 'font'].includes(type)) return;
        try {
          bodies.push({ type, url: r.url(), bytes: gzipSync(await r.body(), { level: 9 }).length });
        } catch {
          /* redirects have no body */
        }
      });
      await page.goto(site.server.url + directive, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      await context.close();
      const sum = (f: (b: (typeof bodies)[number]) => boolean) => bodies.filter(f).reduce((a, b) => a + b.bytes, 0);
      const total = sum(() => true);
      const noFonts = sum((b) => b.type !== 'font');
      expect(
        bodies.filter((b) => b.type === 'script'),
        directive,
      ).toEqual([]);
      expect(total, `${directive} ${JSON.stringify(bodies, null, 1)}`).toBeLessThanOrEqual(
        PAGE_WEIGHT_BUDGET.withFonts,
      );
      expect(noFonts, directive).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGET.withoutFonts);
    }
  });
});
