import { editionsPaths } from '../../src/channels/editions/paths';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { createRequire } from 'node:module';
import { useBuiltSite } from '../support/built-site';
import { carries, watch } from '../support/requests';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';
import { pdfPages } from '../support/pdf-pages';
import type { Catalogue } from '../../src/manifest/catalogue';

const dist = process.env.LOA_DIST ?? 'dist';
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const customiser = catalogue.pages.find((p) => p.kind === 'customiser');
const site = useBuiltSite();
const MM = 72 / 25.4;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function open(width = 390) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests = watch(page);
  await page.goto(`${site.server.url}${customiser!.url}`);
  await page.waitForFunction(() => document.getElementById('kit-status')?.textContent === '');
  return { context, page, requests };
}

function box(doc: PDFDocument, name: string) {
  return doc
    .getPage(0)
    .node.lookup(PDFName.of(name), PDFArray)
    .asArray()
    .map((n) => (n as PDFNumber).asNumber());
}

/** The QR code on the PDF's first page, drawn by pdf.js. */
async function qrOf(pdf: Uint8Array): Promise<string | undefined> {
  const [png] = await pdfPages(pdf, 150);
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/** The first place of the content's editions.csv, as the form takes it. */
function firstPlace(): [name: string, hotline: string] {
  const csv = readFileSync(expected.editionsCsv, 'utf8').replace(/^\uFEFF/, '');
  const [name, hotline] = csv.split(/\r?\n/)[1].split(',');
  return [name, hotline];
}
const places = expected.places.length;
const leafletMeasures = expected.kitMeasures.filter((m) => m.kit.includes('leaflet'));

describe('the customiser: a place makes its own edition in the browser', () => {
  const edition = catalogue.files.find((f) => f.kind === 'edition' && /-a4-/.test(f.fileName));

  itIsTheBuildOfTheContent(dist);
  it(`is built, with the editions of the ${places} places of the content's editions.csv`, () => {
    expect(customiser?.route).toBe(editionsPaths.customiser());
    expect(existsSync(join(dist, editionsPaths.customiser(), 'index.html'))).toBe(true);
    for (const route of expected.editionFiles) expect(existsSync(join(dist, route)), route).toBe(true);
    expect(
      catalogue.files
        .filter((f) => f.kind === 'edition')
        .map((f) => f.route)
        .sort(),
    ).toEqual([...expected.editionFiles].sort());
  });

  it.skipIf(!places)(
    'makes the same bytes as the build for the same place, and nothing typed leaves the browser (the content has editions)',
    async () => {
      // The build made this edition from content's editions.csv; the form gets the same details.
      expect(edition, 'the content has an editions.csv with at least one place').toBeDefined();
      const { context, page, requests } = await open();
      const [name, hotline] = firstPlace();
      await page.selectOption('#kit-item', 'a4');
      await page.selectOption('#kit-measure', { index: edition!.measure! - 1 });
      await page.fill('#kit-name', name);
      await page.fill('#kit-hotline', hotline);
      const before = requests.length;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kit-download')]);
      expect(download.suggestedFilename()).toBe(edition!.fileName);
      const bytes = readFileSync((await download.path())!);
      expect(Buffer.compare(bytes, readFileSync(join(dist, edition!.route)))).toBe(0);
      // Making the PDF asked the network for nothing at all, and no request ever carried what was typed.
      expect(
        requests
          .slice(before)
          .filter((r) => !r.url().startsWith('blob:'))
          .map((r) => r.url()),
      ).toEqual([]);
      expect(carries(requests, [name, hotline, hotline.replace(/\s/g, ''), 'phuong-vinh'])).toEqual([]);
      expect(requests.every((r) => r.url().startsWith(site.server.url) || r.url().startsWith('blob:'))).toBe(true);
      await expect.poll(() => page.textContent('#kit-status')).toContain(edition!.fileName);
      await context.close();
    },
  );

  it.skipIf(!places || !leafletMeasures.length)(
    'the paper kit too: a two-sided leaflet for the same place is the build’s bytes, both faces previewed (the content has editions and a leaflet)',
    async () => {
      const leaflet = catalogue.files.find((f) => f.kind === 'edition' && f.fileName.includes('-to-roi-a5-'));
      expect(leaflet, 'a measure with a leaflet and a place in editions.csv').toBeDefined();
      const { context, page } = await open();
      const [name, hotline] = firstPlace();
      await page.selectOption('#kit-item', 'leaflet');
      // Only measures that have a leaflet can be chosen for it.
      const enabled = await page.$$eval('#kit-measure option:not([disabled])', (o) => o.map((x) => x.textContent));
      expect(enabled).toHaveLength(leafletMeasures.length);
      expect(enabled).toHaveLength(
        catalogue.files.filter((f) => f.kind === 'kit' && /-to-roi-a5\.pdf$/.test(f.fileName)).length,
      );
      await page.fill('#kit-name', name);
      await page.fill('#kit-hotline', hotline);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kit-download')]);
      expect(download.suggestedFilename()).toBe(leaflet!.fileName);
      const bytes = readFileSync((await download.path())!);
      expect(Buffer.compare(bytes, readFileSync(join(dist, leaflet!.route)))).toBe(0);
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
      await expect.poll(() => page.locator('#kit-preview img').count()).toBe(2);
      await context.close();
    },
  );

  it('the PDF is print-ready: A4 trim, 3 mm bleed, the place in its title, a QR that leads where asked', async () => {
    const { context, page, requests } = await open(1280);
    const qrUrl = 'https://example.org/phuong-thu-nghiem';
    await page.selectOption('#kit-item', 'a3');
    await page.fill('#kit-name', 'Trường THCS Nguyễn Tri Phương');
    await page.fill('#kit-qrUrl', qrUrl);
    await page.fill('#kit-address', '26 Lê Lợi, phường Vĩnh Ninh');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kit-download')]);
    const pdf = readFileSync((await download.path())!);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const [trim, bleed, media] = ['TrimBox', 'BleedBox', 'MediaBox'].map((b) => box(doc, b));
    expect(trim[2] - trim[0]).toBeCloseTo(297 * MM, 1);
    expect(trim[3] - trim[1]).toBeCloseTo(420 * MM, 1);
    expect(trim[0] - bleed[0]).toBeCloseTo(3 * MM, 2);
    expect(media[0]).toBeLessThan(bleed[0]);
    expect(doc.getTitle()).toContain('Trường THCS Nguyễn Tri Phương');
    expect(await qrOf(pdf)).toBe(qrUrl);
    expect(carries(requests, ['Nguyễn Tri Phương', 'nguyen-tri-phuong', 'example.org', 'Lê Lợi'])).toEqual([]);
    // The preview shows the same drawing, described for screen readers.
    expect(await page.getAttribute('#kit-preview img', 'alt')).toContain('Trường THCS Nguyễn Tri Phương');
    await context.close();
  });

  it('a bad field is named beside it, focused, and no file is made', async () => {
    const { context, page } = await open();
    await page.fill('#kit-name', 'UBND xã Quảng Thọ');
    await page.fill('#kit-hotline', '0123');
    await page.fill('#kit-qrUrl', 'http://example.org');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#kit-download');
    await expect.poll(() => page.textContent('#kit-status')).toContain('đường dây nóng');
    expect(await page.textContent('#kit-hotline-error')).toContain('không phải số điện thoại Việt Nam');
    expect(await page.textContent('#kit-qrUrl-error')).toContain('https');
    expect(await page.getAttribute('#kit-hotline', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kit-hotline');
    expect(downloads).toBe(0);
    await context.close();
  });

  it('works from the keyboard on a phone, and axe finds nothing with a preview and an error shown', async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${customiser!.url}`);
    await page.waitForFunction(() => document.getElementById('kit-status')?.textContent === '');
    await page.focus('#kit-item');
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'kit-name'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kit-name');
    await page.keyboard.type('UBND xã Hải Dương');
    await expect.poll(() => page.locator('#kit-preview img').count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.type('12345');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.isVisible('#kit-hotline-error')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kit-hotline');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('a name that cannot fit the print layout is a message on the name field, never a clipped PDF', async () => {
    const { context, page } = await open();
    // Wide capitals: within the character limit, too wide for two lines at the smallest size.
    await page.fill('#kit-name', 'W'.repeat(88));
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#kit-download');
    await expect.poll(() => page.textContent('#kit-name-error')).toContain('không vừa');
    expect(downloads).toBe(0);
    await context.close();
  });

  it('a CSV of places gives one zip of every good row, each bad row reported with its line, field and fix', async () => {
    const { context, page, requests } = await open();
    const csv = [
      '\uFEFFtên đơn vị;đường dây nóng;địa chỉ mã QR;địa chỉ',
      'UBND phường Phú Hội;0234 3822 123;;',
      'UBND phường Phú Hội;;;',
      'Khách sạn Sông Hương;0912345678;ftp://khach-san;',
      '"Trường Tiểu học Lê Lợi; cơ sở 2";;https://example.org/le-loi;12 Lê Lợi',
      ';1900 9095;;',
      'Bến xe phía Nam;1900 9095;;97 An Dương Vương',
    ].join('\r\n');
    const dir = mkdtempSync(join(tmpdir(), 'loa-csv-'));
    writeFileSync(join(dir, 'don-vi.csv'), csv);
    await page.setInputFiles('#kit-csv', join(dir, 'don-vi.csv'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kit-batch-start')]);
    const zip = unzipSync(readFileSync((await download.path())!));
    const names = Object.keys(zip).sort();
    expect(names).toHaveLength(3);
    expect(names.join(' ')).toMatch(/ubnd-phuong-phu-hoi.*/);
    expect(names.some((n) => n.includes('truong-tieu-hoc-le-loi-co-so-2'))).toBe(true);
    expect(names.some((n) => n.includes('ben-xe-phia-nam'))).toBe(true);
    for (const n of names) expect((await PDFDocument.load(zip[n])).getPageCount()).toBe(1);
    const errors = await page.locator('#kit-batch-errors li').allTextContents();
    expect(errors[0]).toBe('3 dòng chưa tạo được:');
    expect(errors.slice(1)).toEqual([
      expect.stringMatching(/^dòng 3: tên đơn vị trùng với dòng 2/),
      expect.stringMatching(/^dòng 4: địa chỉ mã QR “ftp:\/\/khach-san” không phải địa chỉ https\. Cách sửa: /),
      expect.stringMatching(/^dòng 6: tên đơn vị còn trống\. Cách sửa: /),
    ]);
    // Progress counts the files to make (three good rows), not the rows read.
    expect(await page.getAttribute('#kit-progress', 'value')).toBe('3');
    expect(await page.getAttribute('#kit-progress', 'max')).toBe('3');
    expect(carries(requests, ['Phú Hội', 'phu-hoi', 'Sông Hương', 'An Dương Vương', '3822'])).toEqual([]);
    await context.close();
  });

  it('says what happened: no file chosen, rows not problems counted, columns ignored, a stale preview cleared (issue 27)', async () => {
    const { context, page } = await open();
    // "Tạo tệp zip" with no file chosen says so.
    await page.click('#kit-batch-start');
    await expect.poll(() => page.textContent('#kit-batch-status')).toContain('Hãy chọn tệp CSV');
    // Three problems on one row are one row; an extra column is ignored and said once.
    const csv = [
      '\uFEFFtên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ,ghi chú',
      ',0123,ftp://x,,',
      'UBND W,,,,gọi trước',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'loa-csv-'));
    writeFileSync(join(dir, 'don-vi.csv'), csv.join('\r\n'));
    await page.setInputFiles('#kit-csv', join(dir, 'don-vi.csv'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kit-batch-start')]);
    expect(Object.keys(unzipSync(readFileSync((await download.path())!)))).toEqual([
      expect.stringMatching(/-a4-ubnd-w\.pdf$/),
    ]);
    const items = await page.locator('#kit-batch-errors li').allTextContents();
    expect(items).toHaveLength(5);
    expect(items[0]).toBe('1 dòng chưa tạo được:');
    expect(items.slice(1, 4).every((m) => m.startsWith('dòng 2: '))).toBe(true);
    expect(items[4]).toMatch(/^Lưu ý: dòng 1: bỏ qua cột “ghi chú”/);
    expect(await page.textContent('#kit-batch-status')).toContain('Đã tạo 1 tệp');
    // A preview that no longer matches the form is taken away, not left looking current.
    await page.fill('#kit-name', 'UBND phường Vĩnh Ninh');
    await expect.poll(() => page.locator('#kit-preview img').count(), { timeout: 10_000 }).toBe(1);
    await page.fill('#kit-hotline', '0123');
    await expect.poll(() => page.locator('#kit-preview img').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.textContent('#kit-preview')).toContain('Chưa có bản xem trước');
    await page.fill('#kit-hotline', '');
    await expect.poll(() => page.locator('#kit-preview img').count(), { timeout: 10_000 }).toBe(1);
    await page.fill('#kit-name', '');
    await expect.poll(() => page.locator('#kit-preview img').count(), { timeout: 10_000 }).toBe(0);
    await context.close();
  });

  it('the CSV template downloads with the four column names', () => {
    const template = catalogue.files.find((f) => f.kind === 'editions-template')!;
    const text = readFileSync(join(dist, template.route), 'utf8');
    expect(text).toBe('\uFEFFtên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ\r\n');
  });

  it('without JavaScript, says why and points to the ready-made posters', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${customiser!.url}`);
    expect(await page.isVisible('#kit-form')).toBe(false);
    expect(await page.textContent('noscript')).toContain('JavaScript');
    expect(await page.getAttribute('noscript a', 'href')).toBe(catalogue.pages.find((p) => p.kind === 'posters')!.url);
    await context.close();
  });

  it('build-time editions come in a zip per place', () => {
    const zips = catalogue.files.filter((f) => f.kind === 'edition-zip');
    expect(zips.length).toBe(places);
    for (const place of expected.places) expect(existsSync(join(dist, 'ap-phich/don-vi', place)), place).toBe(true);
    for (const z of zips) {
      const inside = Object.keys(unzipSync(readFileSync(join(dist, z.route))));
      expect(inside.sort()).toEqual(z.members!.map((m) => m.split('/').at(-1)).sort());
    }
  });
});
