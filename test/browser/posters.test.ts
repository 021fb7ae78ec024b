import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFNumber } from 'pdf-lib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';

// Runs against the built site: the files a print shop downloads.
const dist = process.env.LOA_DIST ?? 'dist';
const dir = join(dist, 'ap-phich');
const files = readdirSync(dir);
/** The files of ap-phich/ the content calls for: every measure's posters, the visitors' notice, the zips. */
const want = expected.files.filter((f) => /^ap-phich\/[^/]+$/.test(f)).map((f) => f.slice('ap-phich/'.length));
const pdfs = want.filter((f) => f.endsWith('.pdf'));
/** The measures' posters; the visitors' notice (…-khach-den-…) is printed the same way but not zipped. */
const isDirectory = (f: string) => statSync(join(dir, f)).isDirectory();
const isMeasurePoster = (f: string) => /-bien-phap-\d\d-/.test(f);
const MM = 72 / 25.4;
const PAPER = { a4: [210, 297], a3: [297, 420] } as const;

function box(page: ReturnType<PDFDocument['getPage']>, name: string): number[] {
  const arr = page.node.lookup(PDFName.of(name), PDFArray);
  return arr.asArray().map((n) => (n as PDFNumber).asNumber());
}

describe('print PDFs', () => {
  itIsTheBuildOfTheContent(dist);
  it(`one PDF per measure and size: ${expected.posterPdfs.length} for the content's ${expected.measures.length} measures`, () => {
    expect(expected.posterPdfs.length).toBe(expected.measures.length * 2);
    expect(pdfs.filter(isMeasurePoster).sort()).toEqual(expected.posterPdfs.map((f) => f.split('/').at(-1)!).sort());
    // Every poster file the content calls for is built, and nothing else sits beside them.
    expect(files.filter((f) => f !== 'index.html' && !isDirectory(f)).sort()).toEqual([...want].sort());
  });
  for (const name of pdfs) {
    it(`${name}: trim, bleed and media boxes in points; title and author set`, async () => {
      const paper = /-(a4|a3)\.pdf$/.exec(name)![1] as keyof typeof PAPER;
      const doc = await PDFDocument.load(readFileSync(join(dir, name)), { updateMetadata: false });
      expect(doc.getPageCount()).toBe(1);
      const page = doc.getPage(0);
      const [w, h] = PAPER[paper];
      const trim = box(page, 'TrimBox');
      const bleed = box(page, 'BleedBox');
      const media = box(page, 'MediaBox');
      expect(trim[2] - trim[0]).toBeCloseTo(w * MM, 1);
      expect(trim[3] - trim[1]).toBeCloseTo(h * MM, 1);
      expect(bleed[2] - bleed[0]).toBeCloseTo((w + 6) * MM, 1);
      expect(bleed[3] - bleed[1]).toBeCloseTo((h + 6) * MM, 1);
      expect(trim[0] - bleed[0]).toBeCloseTo(3 * MM, 2);
      // MediaBox ⊇ BleedBox ⊇ TrimBox, with room for the crop marks outside the bleed.
      expect(media[0]).toBeLessThan(bleed[0]);
      expect(media[2]).toBeGreaterThan(bleed[2]);
      expect(bleed[0]).toBeLessThan(trim[0]);
      expect(doc.getTitle()).toMatch(isMeasurePoster(name) ? /Biện pháp \d+/ : /\((A4|A3)\)$/);
      expect(doc.getAuthor()?.length).toBeGreaterThan(0);
      // Text is outlines: no font is embedded or referenced.
      expect(readFileSync(join(dir, name), 'latin1')).not.toMatch(/\/Type\s*\/Font\b|\/FontFile/);
    });
  }
});

describe('raster files', () => {
  it('PNGs are 300 dpi with bleed: A4 2551×3579 px, A3 3579×5031 px', async () => {
    const pngs = files.filter((f) => f.endsWith('.png'));
    expect(pngs.sort()).toEqual(want.filter((f) => f.endsWith('.png')).sort());
    expect(pngs.length).toBeGreaterThanOrEqual(2 * expected.measures.length);
    for (const name of pngs) {
      const meta = await sharp(join(dir, name)).metadata();
      const expected = name.endsWith('-a4.png') ? [2551, 3579] : [3579, 5031];
      expect([meta.width, meta.height], name).toEqual(expected);
      expect(Math.round(meta.density ?? 0), name).toBe(300);
    }
  });
  it('the A3 QR code reads back as the target URL', async () => {
    const name = files.find((f) => isMeasurePoster(f) && f.endsWith('-a3.png'));
    expect(name, 'an A3 poster PNG').toBeDefined();
    const { data, info } = await sharp(join(dir, name!))
      .resize({ width: 1600 })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(code?.data).toMatch(/^https:\/\//);
  });
  // Each language alone and all on one sheet, a PDF and a PNG of each: where the content has two languages or more.
  const sheets = expected.noticeLanguages.length > 1 ? expected.noticeLanguages.length + 1 : 0;
  it.skipIf(!sheets)(
    `the visitors’ zip of each size holds every language’s PDF and PNG of that size (${expected.noticeLanguages.length} languages)`,
    () => {
      for (const paper of ['a4', 'a3']) {
        const zip = files.find((f) => f.endsWith(`-khach-den-${paper}.zip`));
        expect(zip, `the visitors’ ${paper} zip`).toBeDefined();
        const names = Object.keys(unzipSync(readFileSync(join(dir, zip!)))).sort();
        const visitor = files.filter((f) => /-khach-den-.+-(a4|a3)\.(pdf|png)$/.test(f) && f.includes(`-${paper}.`));
        expect(visitor.length).toBe(2 * sheets);
        expect(names).toEqual(visitor.sort());
      }
    },
  );
  it('each zip holds every PDF and PNG of its size', () => {
    for (const paper of ['a4', 'a3']) {
      const zip = files.find((f) => f.endsWith(`-ap-phich-${paper}.zip`));
      expect(zip, `the ${paper} zip`).toBeDefined();
      const names = Object.keys(unzipSync(readFileSync(join(dir, zip!)))).sort();
      expect(names.length).toBe(2 * expected.measures.length);
      expect(names).toEqual(
        files
          .filter(isMeasurePoster)
          .filter((f) => f.endsWith(`-${paper}.pdf`) || f.endsWith(`-${paper}.png`))
          .sort(),
      );
    }
  });
});
