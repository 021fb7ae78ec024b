import { visitorsPaths } from '../../src/channels/visitors/paths';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { useBuiltSite } from '../support/built-site';
import type { Catalogue } from '../../src/manifest/catalogue';
import { loadSettings } from '../../src/config/settings';
import { PORTAL_MAX_BYTES } from '../../src/channels/visitors/portal';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';
import { routes } from '../../src/manifest/paths';
import { LANGUAGES as UI_STRINGS, otherStrings } from '../../src/i18n/strings';

const vi = UI_STRINGS.vi;
const en = otherStrings('en')!;

const dist = process.env.LOA_DIST ?? 'dist';
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const settings = loadSettings();
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const site = useBuiltSite();

const html = (route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');
const other = catalogue.pages.filter((p) => p.lang && p.lang !== 'vi');
const portals = catalogue.files.filter((f) => f.kind === 'visitor-portal');
/** The pages in another language the content calls for: under each language's own segment. */
const otherRoutes = expected.pages.filter((r) =>
  expected.languages.some((l) => l !== 'vi' && r.startsWith(`${routes.languageSegment(l)}/`)),
);
const visitorPages = catalogue.pages.filter((x) => x.kind === 'visitors');
/** axe-core's WCAG 2.2 AA violations on a loaded page (injected: the context must bypass the CSP). */
async function violations(page: import('playwright-core').Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id}: ${v.nodes[0].target}`);
  });
}
const routeOf = (absolute: string) => new URL(absolute).pathname.slice(catalogue.base.length);

/** Phrases of a UI file worth looking for: each string cut at its placeholders, the short bits left out. */
function phrases(strings: Record<string, string>, except: Record<string, string>): string[] {
  const shared = new Set(Object.values(except));
  return [
    ...new Set(
      Object.values(strings)
        .filter((s) => !shared.has(s))
        .flatMap((s) => s.split(/\{\w+\}/))
        .map((s) => s.trim())
        .filter((s) => s.length >= 8),
    ),
  ];
}

describe('every language of the settings has its pages', () => {
  itIsTheBuildOfTheContent(dist);
  it(`the content's ${expected.languages.length} languages: ${otherRoutes.length} pages in the others and a notice file each, built and listed`, () => {
    for (const route of otherRoutes) expect(existsSync(join(dist, route, 'index.html')), route).toBe(true);
    expect(other.map((p) => p.route).sort()).toEqual([...otherRoutes].sort());
    const notices = expected.noticeLanguages.map((l) => visitorsPaths.visitorFile(visitorsPaths.visitorPortal(l)));
    for (const route of notices) expect(existsSync(join(dist, route)), route).toBe(true);
    expect(portals.map((f) => f.route).sort()).toEqual(notices.sort());
    expect(visitorPages.length).toBe(expected.noticeLanguages.length);
  });

  it('English has home, measures, every measure, the install guide and the notice; the others their notice', () => {
    const kinds = (lang: string) => [...new Set(other.filter((p) => p.lang === lang).map((p) => p.kind))].sort();
    // Language is a dimension of pages: the same kinds as the Vietnamese pages, told apart by lang.
    expect(kinds('en')).toEqual(['home', 'install', 'measure', 'measures', 'visitors']);
    expect(other.filter((p) => p.kind === 'measure' && p.lang === 'en').length).toBe(
      catalogue.pages.filter((p) => p.kind === 'measure' && p.lang === 'vi').length,
    );
    for (const lang of settings.languages.slice(1)) expect(kinds(lang), lang).toContain('visitors');
    expect(portals.map((f) => f.fileName).sort()).toEqual(
      settings.languages.map((l) => `thong-bao-${l.toLowerCase()}.html`).sort(),
    );
  });

  it('every page says its language on <html>, as the manifest has it', () => {
    const wrong = catalogue.pages
      .map((p) => [p.url, p.lang, /<html lang="([^"]+)"/.exec(html(p.route))?.[1]])
      .filter(([, want, got]) => want !== got);
    expect(wrong).toEqual([]);
  });
});

describe('hreflang', () => {
  it('every alternate exists, names the page back, and x-default is the Vietnamese page', () => {
    const problems: string[] = [];
    let pairs = 0;
    for (const p of catalogue.pages) {
      const links = [...html(p.route).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      if (!links.length) continue;
      const alternates = links.filter(([, lang]) => lang !== 'x-default');
      const self = alternates.find(([, lang]) => lang === p.lang);
      if (!self || routeOf(self[2]) !== p.route) problems.push(`${p.url}: no hreflang for itself`);
      const xDefault = links.find(([, lang]) => lang === 'x-default');
      const viLink = alternates.find(([, lang]) => lang === 'vi');
      if (!xDefault || !viLink || xDefault[2] !== viLink[2]) problems.push(`${p.url}: x-default is not the vi page`);
      for (const [, lang, href] of alternates) {
        const target = catalogue.pages.find((q) => q.route === routeOf(href));
        if (!target) {
          problems.push(`${p.url} → ${href}: no such page`);
          continue;
        }
        if (target.lang !== lang) problems.push(`${p.url} → ${href}: says ${lang}, the page is ${target.lang}`);
        const back = [...html(target.route).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
        if (!back.some(([, l, h]) => l === p.lang && routeOf(h) === p.route))
          problems.push(`${target.url} does not point back to ${p.url}`);
        pairs++;
      }
    }
    expect(problems).toEqual([]);
    expect(pairs).toBeGreaterThan(other.length);
  });
});

describe('sitemap', () => {
  it('names, for each page with alternates, the same page in every language', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    const withLinks = entries.filter(([, , links]) => links.includes('hreflang'));
    expect(withLinks.length).toBe(catalogue.pages.filter((p) => /hreflang="x-default"/.test(html(p.route))).length);
    const visitors = entries.find(([, loc]) => routeOf(loc) === 'du-lich/')!;
    expect([...visitors[2].matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(settings.languages);
  });
});

describe('no UI word of another language', () => {
  const enOnly = phrases(en, vi);
  const viOnly = phrases(vi, en);
  it('finds phrases to look for', () => {
    expect(viOnly.length).toBeGreaterThan(100);
    expect(enOnly.length).toBeGreaterThan(20);
  });
  it('each page’s own text (leaving out blocks marked with another lang) has none of the other UI file', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const leaks: string[] = [];
    const sample = [
      ...other,
      ...catalogue.pages.filter((p) => p.lang === 'vi' && ['home', 'measures', 'visitors'].includes(p.kind)),
      catalogue.pages.find((p) => p.kind === 'measure' && p.lang === 'vi')!,
    ];
    for (const p of sample) {
      await page.goto(site.server.url + p.url);
      const own = await page.evaluate(() => {
        const root = document.documentElement.lang;
        const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('script, style')) continue;
          if ((el.closest('[lang]') as HTMLElement).lang !== root) continue;
          out.push(n.textContent!);
        }
        for (const el of document.querySelectorAll('[aria-label], [alt], [placeholder]'))
          if ((el.closest('[lang]') as HTMLElement).lang === root)
            out.push(...['aria-label', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
        return out.join('\n').replace(/\s+/g, ' ');
      });
      const foreign = p.lang === 'vi' ? enOnly : p.lang === 'en' ? viOnly : [...viOnly, ...enOnly];
      for (const phrase of foreign) if (own.includes(phrase)) leaks.push(`${p.url} (${p.lang}): “${phrase}”`);
    }
    await context.close();
    expect(leaks).toEqual([]);
  });
});

describe('language switch', () => {
  it('every page of another language links to the Vietnamese one, each language named in itself', () => {
    expect(other.length).toBe(otherRoutes.length);
    for (const p of other) {
      const h = html(p.route);
      const nav = /<nav class="site-languages"[^>]*>([\s\S]*?)<\/nav>/.exec(h)?.[1] ?? '';
      expect(nav, p.url).toMatch(/<a href="[^"]+" lang="vi" hreflang="vi"[^>]*>Tiếng Việt<\/a>/);
    }
  });
});

describe('notices for Wi-Fi login pages', () => {
  for (const f of portals) {
    const text = readFileSync(join(dist, f.route), 'utf8');
    it(`${f.fileName}: one self-contained file within ${PORTAL_MAX_BYTES / 1024} KB`, () => {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(PORTAL_MAX_BYTES);
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/<link/i);
      expect(text).not.toMatch(/@import|url\(/i);
      const refs = [...text.matchAll(/\s(?:src|href|srcset|action|poster)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]);
      expect(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#'))).toEqual([]);
      expect(text).toMatch(/<html lang="[^"]+">/);
    });
    it(`${f.fileName}: its QR code, drawn from the inline SVG, reads the install address`, async () => {
      const svg = /<svg[\s\S]*?<\/svg>/.exec(text)![0];
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
        .resize(400, 400)
        .flatten({ background: '#ffffff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(code?.data).toBe(settings.app.installUrl);
    });
    it(`${f.fileName}: opens with no request but itself, its style applied, no axe violation`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      const requests: string[] = [];
      const csp: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused/.test(m.text())) csp.push(m.text());
      });
      await page.goto(site.server.url + f.url, { waitUntil: 'networkidle' });
      expect(requests).toEqual([site.server.url + f.url]);
      // The site's CSP names the hash of this style: served by the site, the notice looks as it does in a portal.
      expect(csp).toEqual([]);
      const maxWidth = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth);
      expect(maxWidth).not.toBe('none');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
      const axeContext = await site.browser.newContext({ viewport: { width: 390, height: 800 }, bypassCSP: true });
      const axePage = await axeContext.newPage();
      await axePage.goto(site.server.url + f.url);
      expect(await violations(axePage)).toEqual([]);
      await axeContext.close();
    });
  }

  it('every visitors’ page links to its own notice file', () => {
    expect(visitorPages.length).toBe(expected.noticeLanguages.length);
    for (const p of visitorPages) {
      const file = portals.find((f) => f.fileName === `thong-bao-${p.lang!.toLowerCase()}.html`);
      expect(file, p.url).toBeDefined();
      expect(html(p.route), p.url).toContain(`href="${file!.url}"`);
    }
  });
});

describe('accessibility of the pages in other languages', () => {
  for (const width of [390, 1280])
    it(`zero axe violations at ${width} px, none scrolls sideways`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const failures: string[] = [];
      const pages = [...other, ...visitorPages.filter((x) => x.lang === 'vi')];
      expect(pages.length).toBe(otherRoutes.length + (expected.noticeLanguages.includes('vi') ? 1 : 0));
      for (const p of pages) {
        await page.goto(site.server.url + p.url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (overflow > 0) failures.push(`${p.url} scrolls sideways by ${overflow} px`);
        for (const v of await violations(page)) failures.push(`${p.url} ${v}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
});

describe('search', () => {
  it('Pagefind keeps one index per language, English apart from Vietnamese', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toContain('vi');
    expect(entry.languages.en?.page_count).toBeGreaterThan(0);
  });
});
