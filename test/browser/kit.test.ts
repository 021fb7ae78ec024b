import { kitPaths } from '../../src/channels/kit/paths';
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import jsQR from 'jsqr';
import type { Catalogue } from '../../src/manifest/catalogue';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';
import { pdfPages } from '../support/pdf-pages';

// Runs against the built site: the paper kit a ward, an office or a restaurant downloads.
const dist = process.env.LOA_DIST ?? 'dist';
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const kit = catalogue.files.filter((f) => f.kind === 'kit');
const social = catalogue.files.filter((f) => f.kind === 'social-image');
const zips = catalogue.files.filter((f) => f.kind === 'kit-zip' || f.kind === 'social-zip');
const at = (route: string) => join(dist, route);
const pdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;

/** The PDF's pages as PNG at 150 dpi, through poppler: what a print shop's RIP would see. */
function rasterise(route: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'loa-kit-'));
  const r = spawnSync('pdftoppm', ['-r', '150', '-png', at(route), join(dir, 'p')]);
  expect(r.status).toBe(0);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** The first QR code found on the page, or in one of its halves: a sheet may carry two codes. */
async function qrOf(png: string | Buffer): Promise<string | undefined> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const regions = [
    { left: 0, top: 0, width, height },
    { left: 0, top: 0, width, height: Math.floor(height / 2) },
    { left: 0, top: Math.floor(height / 2), width, height: Math.floor(height / 2) },
    { left: 0, top: 0, width: Math.floor(width / 2), height },
    { left: Math.floor(width / 2), top: 0, width: Math.floor(width / 2), height },
  ];
  for (const r of regions) {
    const { data, info } = await sharp(png).extract(r).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
    if (code) return code;
  }
  return undefined;
}

const sorted = (list: string[]) => [...list].sort();
const withKit = expected.kitMeasures;
/** Kit PDFs that carry a QR code: all but the visitor register. */
const withQr = kit.filter((f) => !f.fileName.endsWith('-so-ra-vao.pdf'));

describe('the paper kit in the built site', () => {
  itIsTheBuildOfTheContent(dist);

  it(`has every kit file the content's ${withKit.length} kit measures call for, and a social image pair for each of ${expected.measures.length} measures`, () => {
    // What the content calls for is in dist, and the manifest the other gates walk lists exactly that.
    for (const route of [...expected.kitFiles, ...expected.socialFiles, ...expected.kitZips])
      expect(existsSync(at(route)), route).toBe(true);
    expect(sorted(kit.map((f) => f.route))).toEqual(sorted(expected.kitFiles));
    expect(sorted(social.map((f) => f.route))).toEqual(sorted(expected.socialFiles));
    expect(sorted(zips.map((f) => f.route))).toEqual(
      sorted([...expected.kitZips, kitPaths.kitFile(kitPaths.socialZip(expected.slug))]),
    );
    for (const f of [...kit, ...social, ...zips]) expect(existsSync(at(f.route)), f.route).toBe(true);
    expect(social.length).toBe(2 * expected.measures.length);
  });

  it('makes each kit PDF with its page count', async () => {
    const pages: Record<string, number> = {
      'to-roi-a5.pdf': 2,
      'to-roi-a5-ghep-a4.pdf': 2,
      'the-de-ban.pdf': 1,
      'bien-cua-ra-vao.pdf': 1,
      'so-ra-vao.pdf': 1,
    };
    expect(kit.length).toBe(expected.kitFiles.length);
    for (const f of kit) {
      const doc = await PDFDocument.load(readFileSync(at(f.route)), { updateMetadata: false });
      const suffix = Object.keys(pages).find((s) => f.fileName.endsWith(`-${s}`));
      expect(suffix, f.fileName).toBeDefined();
      expect(doc.getPageCount(), f.fileName).toBe(pages[suffix!]);
    }
  });

  it('sizes social images 1080×1080 and 1080×1920', async () => {
    expect(social.length).toBe(expected.socialFiles.length);
    for (const f of social) {
      const m = await sharp(at(f.route)).metadata();
      expect([m.width, m.height], f.fileName).toEqual([1080, f.fileName.endsWith('-doc.png') ? 1920 : 1080]);
    }
  });

  it.skipIf(!withKit.length)(
    "prints a QR code that reads back as the campaign's address (pdf.js, jsQR; the content has a kit)",
    async () => {
      expect(withQr.length).toBe(expected.kitFiles.filter((f) => !f.endsWith('-so-ra-vao.pdf')).length);
      expect(withQr.length).toBeGreaterThan(0);
      for (const f of withQr) {
        const pngs = await pdfPages(readFileSync(at(f.route)), 150);
        // The leaflet's QR code is on its back; the tent has one on each face.
        const codes = await Promise.all(pngs.map(qrOf));
        expect(
          codes.some((c) => c?.startsWith('https://')),
          f.fileName,
        ).toBe(true);
      }
    },
  );

  it.skipIf(!pdftoppm || !withKit.length)(
    "poppler's pdftoppm reads the same QR codes back: what a print shop's RIP sees (needs poppler-utils)",
    async () => {
      expect(withQr.length).toBeGreaterThan(0);
      for (const f of withQr) {
        const pngs = rasterise(f.route);
        // The leaflet's QR code is on its back; the tent has one on each face.
        const codes = await Promise.all(pngs.map(qrOf));
        expect(
          codes.some((c) => c?.startsWith('https://')),
          f.fileName,
        ).toBe(true);
      }
    },
  );

  it('packs each zip with exactly its members', () => {
    expect(zips.length).toBe(expected.kitZips.length + 1);
    for (const z of zips) {
      const names = Object.keys(unzipSync(readFileSync(at(z.route)))).sort();
      expect(names, z.fileName).toEqual(z.members!.map((m) => m.split('/').at(-1)!).sort());
    }
  });

  it('lists every kit file and zip on the downloads page, with its size and how to print it', () => {
    const page = catalogue.pages.find((p) => p.kind === 'posters')!;
    const html = readFileSync(join(dist, page.route, 'index.html'), 'utf8');
    const listed = [...expected.kitFiles, ...expected.socialFiles, ...expected.kitZips];
    expect(kit.length + social.length + zips.length).toBe(listed.length + 1);
    for (const f of [...kit, ...social, ...zips]) expect(html, f.url).toContain(`href="${f.url}"`);
    // Sizes come from the drawn files, stamped after the build.
    for (const f of [...kit, ...zips]) expect(html).toMatch(new RegExp(`data-loa-size="${f.route}">[\\d,.]+ [KM]B<`));
    // How to turn the sheet over, where the content has a leaflet (long edge) or the sheet of two (short edge).
    const leaflets = withKit.filter((m) => m.kit.includes('leaflet')).length;
    const sheets = withKit.filter((m) => m.kit.includes('leaflet-sheet')).length;
    expect(html.includes('lật cạnh dài'), `${leaflets} measures with a leaflet`).toBe(leaflets > 0);
    expect(html.includes('lật cạnh ngắn'), `${sheets} measures with a sheet of two leaflets`).toBe(sheets > 0);
  });
});
