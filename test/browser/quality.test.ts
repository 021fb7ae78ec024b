import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { LinkChecker } from 'linkinator';
import { useBuiltSite } from '../support/built-site';
import { PAGE_WEIGHT_BUDGET } from '../support/budgets';
import type { BrowserContext, Page, Request } from 'playwright-core';
import type { Catalogue } from '../../src/manifest/catalogue';

const dist = process.env.LOA_DIST ?? 'dist';
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The build's own list of its pages: a page the manifest does not know could not have been built.
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const pages = catalogue.pages.map((p) => p.url);

const site = useBuiltSite();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Every HTML file of the build as the URL it is served at: the manifest's pages and the others (visitors' notices). */
const htmlPages = walk(dist)
  .filter((f) => f.endsWith('.html'))
  .map((f) => '/' + relative(dist, f).replace(/(^|\/)index\.html$/, '$1'))
  .sort();

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
      // url(…) in stylesheets, and the #fragment of every link: the element it names must exist.
      checkCss: true,
      checkFragments: true,
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

  it('every page of the manifest carries a CSP <meta> with the hash of each of its inline scripts and styles', () => {
    const header = parseCsp(headerCsp());
    const problems: string[] = [];
    let inline = 0;
    expect(catalogue.pages.length).toBeGreaterThan(5);
    for (const p of catalogue.pages) {
      const html = readFileSync(join(dist, p.route, 'index.html'), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
      if (metas.length !== 1) {
        problems.push(`${p.url}: ${metas.length} CSP <meta> elements`);
        continue;
      }
      const meta = parseCsp(metas[0][1].replace(/&#39;|&apos;/g, "'"));
      // The same directives as the header a static host sends; script-src and style-src add hashes only.
      // (The header's own hashes are those of the notices' styles, which pages do not need.)
      const keywords = (list: string[] = []) => list.filter((x) => !/^'sha(256|384|512)-/.test(x)).sort();
      for (const [name, sources] of header)
        if (keywords(meta.get(name)).join(' ') !== keywords(sources).join(' '))
          problems.push(`${p.url}: ${name} is “${meta.get(name)?.join(' ')}”, the header's “${sources.join(' ')}”`);
      if (meta.size !== header.size) problems.push(`${p.url}: ${[...meta.keys()]} against ${[...header.keys()]}`);
      for (const name of ['script-src', 'style-src'])
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*'])
          if (meta.get(name)?.includes(unsafe)) problems.push(`${p.url}: ${name} allows ${unsafe}`);
      const check = (kind: 'script-src' | 'style-src', body: string) => {
        inline++;
        const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
        if (!meta.get(kind)?.includes(hash)) problems.push(`${p.url}: inline ${kind} ${hash} is not in its CSP`);
      };
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const type = /\btype="([^"]*)"/i.exec(m[1])?.[1];
        // Data blocks (JSON) are not run, so the CSP does not apply to them.
        if (/\bsrc=/i.test(m[1]) || (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)))
          continue;
        check('script-src', m[2]);
      }
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) check('style-src', m[1]);
      // Attributes that no hash can allow without 'unsafe-hashes'.
      for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+|style)=/gi)) problems.push(`${p.url}: inline ${m[1]}=`);
      for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/gi))
        if (/^(https?:)?\/\//.test(m[1])) problems.push(`${p.url}: script from ${m[1]}`);
    }
    expect(problems).toEqual([]);
    // Pages without a <meta> (the notices for Wi-Fi login pages) rely on the header alone.
    const others = htmlPages.filter((u) => !pages.includes(u));
    for (const url of others) {
      const html = readFileSync(join(dist, url), 'utf8');
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        inline++;
        const hash = `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`;
        expect(header.get('style-src'), `${url}: inline style ${hash}`).toContain(hash);
      }
      expect(html, url).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
    }
    expect(inline).toBeGreaterThan(0);
  });

  it(
    'no page breaks its CSP, on loading or after any of its buttons and same-page links is clicked',
    { timeout: 900_000 },
    async () => {
      const crawl = await completeCrawl();
      expect(crawl.violations).toEqual([]);
    },
  );
});

/** A CSP as directive name → its sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The CSP of `_headers`' rule for every page. */
function headerCsp(): string {
  const m = /^\s+Content-Security-Policy:\s*(.+)$/im.exec(readFileSync(join(dist, '_headers'), 'utf8'));
  expect(m, 'no CSP in _headers').toBeTruthy();
  return m![1];
}

interface Crawl {
  visited: string[];
  clicks: number;
  /** Requests to anything but the local server, by the page they came from: "page → URL". */
  foreign: string[];
  violations: string[];
  /** What stopped the crawl from checking a page: a page that would not load, a click that threw. */
  problems: string[];
}
let crawled: Promise<Crawl> | undefined;
/** One walk over every page, shared by the CSP and privacy checks: run once, by whichever asks first. */
function crawlEveryPage(): Promise<Crawl> {
  return (crawled ??= crawl());
}

/** The shared walk, once it is known to have reached every page, clicked on them and checked each. */
async function completeCrawl(): Promise<Crawl> {
  const crawl = await crawlEveryPage();
  expect(crawl.visited).toEqual(htmlPages);
  expect(crawl.clicks).toBeGreaterThan(pages.length);
  expect(crawl.problems).toEqual([]);
  return crawl;
}

const CLICKABLE = 'button, [role="button"], input[type="button"], input[type="submit"], summary, a[href]';

/**
 * Loads every HTML page of the build in one page of one browser context, then clicks each of its buttons and
 * each link that stays on the page (a fragment, or the page's own address), coming back when a click leaves.
 * Records every request to another origin, every CSP violation (the console's and the DOM's event) and what
 * could not be checked.
 */
async function crawl(): Promise<Crawl> {
  const result: Crawl = { visited: [], clicks: 0, foreign: [], violations: [], problems: [] };
  const origin = new URL(site.server.url).origin;
  const isLocal = (u: string) => new URL(u, origin).origin === origin || /^(data|blob|about):/.test(u);
  let current = '';
  const open = new Set<Request>();
  const context: BrowserContext = await site.browser.newContext();
  context.on('request', (r) => {
    open.add(r);
    if (!isLocal(r.url())) result.foreign.push(`${current} → ${r.url()}`);
  });
  context.on('requestfinished', (r) => open.delete(r));
  context.on('requestfailed', (r) => open.delete(r));
  // A request the CSP stops never reaches the network: the violation's blocked URL still counts as an attempt.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  const page: Page = await context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (!/CSP violation|Content Security Policy|Refused to/.test(text)) return;
    result.violations.push(`${current}: ${text}`);
    const blocked = /^CSP violation: \S+ (\S+)/.exec(text)?.[1];
    if (blocked && /^[a-z]+:/.test(blocked) && !isLocal(blocked)) result.foreign.push(`${current} → ${blocked}`);
  });
  page.on('dialog', (d) => void d.dismiss());
  page.on('popup', (p) => void p.close());

  /** Until every request the last step started has finished (a click's fetch, a lazy image). */
  const settle = async () => {
    // Two frames for what a click starts; a page that is navigating meanwhile has no frames to wait for.
    await page
      .evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      .catch(() => page.waitForLoadState('load'));
    for (let i = 0; i < 200 && open.size > 0; i++) await page.waitForTimeout(25);
  };
  /** Loads `url` and marks what to click on it; returns the marks. */
  const load = async (url: string): Promise<string[]> => {
    // `load`, then settle(): it waits for every request still open, where networkidle waits 500 ms on each page.
    const res = await page.goto(site.server.url + url, { waitUntil: 'load' });
    if (res?.status() !== 200) result.problems.push(`${url}: status ${res?.status()}`);
    return page.evaluate((selector) => {
      const here = location.href.split('#')[0];
      const marks: string[] = [];
      document.querySelectorAll(selector).forEach((el, i) => {
        if (el instanceof HTMLAnchorElement) {
          const stays = el.href.split('#')[0] === here && !el.hasAttribute('download') && !el.target;
          if (!stays) return;
        }
        // A form that sends to another page (the header's search box, on every page) leads away like a link: the
        // page it opens has its own visit.
        const form = (el as HTMLButtonElement).form;
        const submits = form && (el as HTMLButtonElement).type === 'submit';
        if (submits && new URL(form.action || here, here).href.split(/[?#]/)[0] !== here.split('?')[0]) return;
        el.setAttribute('data-loa-click', String(i));
        marks.push(String(i));
      });
      return marks;
    }, CLICKABLE);
  };

  for (const url of htmlPages) {
    current = url;
    result.visited.push(url);
    try {
      const marks = await load(url);
      await settle();
      for (const mark of marks) {
        const target = page.locator(`[data-loa-click="${mark}"]`);
        // Hidden (a closed menu's items, the other language's variant) or disabled: not a thing a visitor clicks.
        if (!(await target.count()) || !(await target.isVisible()) || !(await target.isEnabled())) continue;
        // What the pointer can reach is clicked; the rest (a skip link, shown only on focus) is activated the way
        // a keyboard user does it, focused and Enter pressed.
        const hittable = await target.evaluate((el) => {
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.width > 0 && r.height > 0 && hit !== null && (hit === el || el.contains(hit));
        });
        if (hittable) await target.click({ timeout: 5_000, noWaitAfter: true });
        else {
          await target.focus();
          await page.keyboard.press('Enter');
        }
        result.clicks++;
        await settle();
        if (page.url().split('#')[0] !== site.server.url + url) {
          // The click left the page (a form's submit): back to it, marked again as it was.
          await load(url);
          await settle();
        }
      }
    } catch (e) {
      result.problems.push(`${url}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await context.close();
  return result;
}

describe('privacy and weight', () => {
  it(
    'no page makes a request to another origin, on loading or after any of its buttons and same-page links is clicked',
    { timeout: 900_000 },
    async () => {
      const crawl = await completeCrawl();
      expect(crawl.foreign).toEqual([]);
    },
  );

  it(`every directive page's first visit stays within ${PAGE_WEIGHT_BUDGET.withFonts / 1024} KB compressed (${PAGE_WEIGHT_BUDGET.withoutFonts / 1024} KB without fonts), with no JavaScript`, async () => {
    const directives = catalogue.pages.filter((p) => p.kind === 'directive').map((p) => p.url);
    expect(directives.length).toBeGreaterThan(0);
    const COUNTED = ['document', 'stylesheet', 'script', 'font'];
    for (const directive of directives) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const bodies: Array<{ type: string; url: string; bytes: number }> = [];
      // Every body is read and awaited, however late it comes; one that cannot be read fails the test.
      const reads: Array<Promise<void>> = [];
      const unread: string[] = [];
      const waiting = new Set<Request>();
      page.on('request', (r) => {
        if (COUNTED.includes(r.resourceType())) waiting.add(r);
      });
      page.on('requestfailed', (r) => {
        if (COUNTED.includes(r.resourceType())) unread.push(`${r.url()}: ${r.failure()?.errorText}`);
        waiting.delete(r);
      });
      page.on('response', (r) => {
        const type = r.request().resourceType();
        if (!COUNTED.includes(type)) return;
        // A redirect has no body of its own: the request it leads to is counted instead.
        if (r.status() >= 300 && r.status() < 400) {
          waiting.delete(r.request());
          return;
        }
        reads.push(
          r.body().then(
            (body) => {
              bodies.push({ type, url: r.url(), bytes: gzipSync(body, { level: 9 }).length });
              waiting.delete(r.request());
            },
            (e: Error) => {
              unread.push(`${r.url()}: ${e.message.split('\n')[0]}`);
              waiting.delete(r.request());
            },
          ),
        );
      });
      await page.goto(site.server.url + directive, { waitUntil: 'networkidle' });
      // Reads started while earlier ones were awaited are awaited too.
      for (let i = 0; i < reads.length; i++) await reads[i];
      await context.close();
      expect(unread, directive).toEqual([]);
      expect(
        [...waiting].map((r) => r.url()),
        `${directive}: requests whose body was never read`,
      ).toEqual([]);
      expect(bodies.filter((b) => b.type === 'document').length, directive).toBe(1);
      expect(bodies.filter((b) => b.type === 'stylesheet').length, directive).toBeGreaterThan(0);
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
