import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { parseAtomFeed } from 'feedsmith';
import { useBuiltSite } from '../support/built-site';
import { expected, itIsTheBuildOfTheContent, missingFrom } from '../support/expected';

const dist = process.env.LOA_DIST ?? 'dist';
/** The content's directives: each must have its page, whatever the build made. */
const directivePages = expected.directives;

const site = useBuiltSite();

async function phone(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 });
  const res = await page.goto(site.server.url + path);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('what the content calls for is built', () => {
  itIsTheBuildOfTheContent(dist);
  it(`every one of the ${expected.pages.length} pages and ${expected.files.length} files the content calls for is in ${dist}`, () => {
    expect(missingFrom(dist)).toEqual([]);
  });
});

describe('every directive on a 375 px phone', () => {
  it('there are directive pages, one per directive of the content', () => {
    expect(directivePages.length).toBeGreaterThan(0);
    const built = readdirSync(join(dist, 'van-ban')).filter((d) => existsSync(join(dist, 'van-ban', d, 'index.html')));
    expect(built.sort()).toEqual([...directivePages].sort());
  });
  for (const slug of directivePages) {
    it(`/van-ban/${slug}/ fits the screen and reads in Vietnamese`, async () => {
      const page = await phone(`/van-ban/${slug}/`);
      await page.evaluate(() => document.fonts.ready);
      const m = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        h1: document.querySelector('h1')?.textContent ?? '',
        props: [...document.querySelectorAll('.props dt')].map((e) => e.textContent),
        text: document.body.innerText,
        // JSON-LD is data for search engines, not a script a browser runs.
        scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        fonts: performance.getEntriesByType('resource').filter((r) => /\.(woff2?|ttf|otf)(\?|$)/.test(r.name)).length,
      }));
      expect(m.lang).toBe('vi');
      expect(m.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(m.h1.length).toBeGreaterThan(5);
      expect(m.props).toEqual(
        expect.arrayContaining(['Số ký hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu']),
      );
      expect(m.text).toBe(m.text.normalize('NFC'));
      expect(m.text).toMatch(/Văn bản dẫn chiếu/);
      expect(m.text).toMatch(/Được dẫn chiếu bởi/);
      expect(m.scripts, 'content pages ship no JavaScript').toBe(0);
      expect(m.jsonLd, 'one schema.org description').toBe(1);
      expect(m.fonts, 'content pages use the phone’s own typeface: no font download').toBe(0);
      await page.close();
    });
  }
});

describe('print layout', () => {
  it('prints a directive on A4 with the quốc hiệu block and without site chrome', async () => {
    const slug = directivePages.find((s) => /^\d/.test(s));
    expect(slug, 'a directive with a number').toBeDefined();
    const page = await phone(`/van-ban/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const shown = (sel: string) => {
        const e = document.querySelector(sel);
        return !!e && getComputedStyle(e).display !== 'none';
      };
      return {
        header: shown('.site-header'),
        props: shown('.props'),
        qh: shown('.o-qh'),
        tn: shown('.o-tn'),
        body: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(visible).toMatchObject({ header: false, props: false, qh: true, tn: true });
    expect(visible.body).toMatch(/Times New Roman/);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
    const { width, height } = pdf.getPage(0).getSize();
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    await page.close();
  });
});

describe('cross-references', () => {
  it('every citing link on a directive page has a matching back-link', async () => {
    const page = await phone('/van-ban/');
    const pairs: Array<[string, string]> = [];
    for (const slug of directivePages) {
      await page.goto(`${site.server.url}/van-ban/${slug}/`);
      const cited = await page.$$eval('#cites-list a', (as) => as.map((a) => a.getAttribute('href')!));
      for (const href of cited) pairs.push([`/van-ban/${slug}/`, href]);
    }
    expect(pairs.length).toBeGreaterThan(0);
    for (const [from, to] of pairs) {
      await page.goto(site.server.url + to);
      const back = await page.$$eval('#cited-by-list a', (as) => as.map((a) => a.getAttribute('href')));
      expect(back, `${to} should list ${from} under “Được dẫn chiếu bởi”`).toContain(from);
    }
    await page.close();
  });

  it("the 2841 family: each page's diagram, typed relations both ways, JSON-LD and announced feeds", async () => {
    const page = await phone('/van-ban/');
    // What each page of the family shows: its diagram's branches and labels, and its typed relations.
    const family = [
      {
        slug: '2723-vpubnd-kgvx',
        branches: ['Dẫn chiếu; triển khai, thực hiện; đính kèm'],
        typed: [['implements', 'forward', '/van-ban/2841-btttt-thh/']],
        applies: ['2841/BTTTT-THH'],
      },
      {
        slug: '2841-btttt-thh',
        branches: [
          'Được dẫn chiếu bởi; được triển khai, thực hiện bởi',
          'Được dẫn chiếu bởi; được triển khai, thực hiện bởi; được đính kèm theo',
        ],
        typed: [
          ['implements', 'reverse', '/van-ban/tin-ubnd-hai-phong-2020-08-06/'],
          ['implements', 'reverse', '/van-ban/2723-vpubnd-kgvx/'],
        ],
        applies: [],
      },
      {
        slug: '1061-ubnd',
        branches: ['Dẫn chiếu; triển khai, thực hiện'],
        typed: [['implements', 'forward', '']],
        applies: ['6751/UBND-CT'],
      },
      { slug: '760-kkt-vp', branches: 5, typed: [['implements', 'forward', '']], applies: ['3733/UBND-VX'] },
    ];
    expect(family).toHaveLength(4);
    for (const f of family) {
      const path = `/van-ban/${f.slug}/`;
      await page.goto(site.server.url + path);
      const seen = await page.evaluate(() => {
        const svg = document.querySelector('#luoc-do + svg')!;
        const jsonLd = document.querySelector('head script[type="application/ld+json"]')!.textContent!;
        return {
          hidden: svg.getAttribute('aria-hidden'),
          links: svg.querySelectorAll('a, [tabindex]').length,
          fits: svg.getBoundingClientRect().right <= innerWidth,
          labels: [...svg.querySelectorAll('g')].map((g) =>
            [...g.querySelectorAll('text.label')].map((t) => t.textContent).join(' '),
          ),
          typed: [...document.querySelectorAll('#relations-list dd')].map((dd) => [
            dd.getAttribute('data-kind'),
            dd.getAttribute('data-direction'),
            dd.querySelector('a')?.getAttribute('href') ?? '',
          ]),
          jsonLd,
          feeds: [...document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map(
            (l) => new URL(l.getAttribute('href')!).pathname,
          ),
        };
      });
      expect(seen.hidden, path).toBe('true');
      expect(seen.links, path).toBe(0);
      expect(seen.fits, path).toBe(true);
      if (typeof f.branches === 'number') expect(seen.labels, path).toHaveLength(f.branches);
      else expect(seen.labels, path).toEqual(f.branches);
      expect(seen.typed, path).toEqual(f.typed);
      const ld = JSON.parse(seen.jsonLd) as {
        '@type': string;
        legislationApplies?: Array<{ legislationIdentifier: string }>;
      };
      expect(ld['@type'], path).toBe('Legislation');
      expect(
        (ld.legislationApplies ?? []).map((x) => x.legislationIdentifier),
        path,
      ).toEqual(f.applies);
      // The site-wide feed, the issuer's and the province's, each served as Atom.
      expect(seen.feeds, path).toHaveLength(3);
      for (const feed of seen.feeds) {
        const res = await page.request.get(site.server.url + feed);
        expect(res.status(), feed).toBe(200);
        expect(parseAtomFeed(await res.text()).entries?.length, feed).toBeGreaterThan(0);
      }
    }
    await page.close();
  });

  it('document numbers in a body link to the document when it is on the site', async () => {
    const page = await phone('/van-ban/');
    let links = 0;
    for (const slug of directivePages) {
      await page.goto(`${site.server.url}/van-ban/${slug}/`);
      for (const href of await page.$$eval('.o-body a.doc-ref', (as) => as.map((a) => a.getAttribute('href')!))) {
        links++;
        const res = await page.request.get(site.server.url + href);
        expect(res.status(), href).toBe(200);
      }
    }
    expect(links).toBeGreaterThan(0);
    await page.close();
  });
});

describe('measures', () => {
  it('the coverage matrix has a row per implementing document and a column per measure', async () => {
    const page = await phone('/bien-phap/');
    const { cols, rows, hits } = await page.evaluate(() => ({
      cols: document.querySelectorAll('.matrix thead th').length,
      rows: document.querySelectorAll('.matrix tbody tr').length,
      hits: document.querySelectorAll('.matrix td.hit').length,
    }));
    const measures = readdirSync(join(dist, 'bien-phap')).filter((d) =>
      existsSync(join(dist, 'bien-phap', d, 'index.html')),
    ).length;
    expect(measures).toBe(expected.measures.length);
    expect(cols).toBe(expected.measures.length + 2);
    expect(rows).toBe(directivePages.length - 1);
    expect(hits).toBeGreaterThan(0);
    await page.close();
  });
});
