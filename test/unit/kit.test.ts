import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import '../../src/render/node-assets';
import { svgToPng } from '../../src/render/raster';
import { themeOf, type Theme } from '../../src/config/palette';
import { loadSettings } from '../../src/config/settings';
import { LoaContentError } from '../../src/core/errors';
import { SAFE_MM, UNITS_PER_MM } from '../../src/print/units';
import { checkGreyContrast, contrastRatio, faceSvg, MIN_CONTRAST, type KitFace } from '../../src/print/kit-common';
import { layoutLeaflet, leafletPdf, leafletSheetPdf, type LeafletCopy } from '../../src/print/leaflet';
import { layoutTent, tentPdf, TENT_FOLD_MM, type TentCopy } from '../../src/print/tent';
import { layoutSign, signPdf, type SignCopy } from '../../src/print/sign';
import { layoutRegister, MIN_REGISTER_ROWS, registerPdf, type RegisterCopy } from '../../src/print/register';
import { socialSvg } from '../../src/print/social';
import type { Edition } from '../../src/print/edition';
import { makeKitFile } from '../../src/print/kit-pdf';
import { pdfPages } from '../support/pdf-pages';
import { kitSchema } from '../../src/print/kit-schema';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';
import { kitBase, steps } from '../support/print-copies';

const vi = UI_STRINGS.vi;

// The campaign's own wording, read from content as the build reads it.
const settings = loadSettings();
const theme = themeOf(settings.palette);
const measure = (n: number) => {
  const file = readdirSync('content/measures').find((f) => f.startsWith(String(n).padStart(2, '0')))!;
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/measures/${file}`, 'utf8'))![1];
  return { file: `content/measures/${file}`, data: parse(fm) };
};
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));
const app = settings.app.name;
const base = kitBase;
const m1 = measure(1).data;
const m2 = measure(2).data;
const m6 = measure(6).data;
const leaflet: LeafletCopy = {
  ...base(2),
  ...steps,
  ...m2.kit.leaflet,
  cta: m2.poster.cta,
  turnOver: vi['kit.turnOver'],
  helpTitle: vi['kit.helpTitle'],
};
const tent: TentCopy = { ...base(6), ...steps, ...m6.kit.tent, cta: m6.poster.cta };
const sign: SignCopy = { ...base(1), ...m1.kit.sign, cta: m1.poster.cta, placeLabel: vi['kit.placeLabel'] };
const register: RegisterCopy = {
  ...base(1),
  title: vi['kit.registerTitle'],
  intro: m1.kit.register.intro,
  placeLabel: vi['kit.placeLabel'],
  columns: {
    number: vi['kit.column.number'],
    date: vi['kit.column.date'],
    time: vi['kit.column.time'],
    name: vi['kit.column.name'],
    phone: vi['kit.column.phone'],
    installed: fill(vi['kit.column.installed'], { app }),
  },
  pageLabel: vi['kit.registerPage'],
  stringsFile: 'src/i18n/vi.json',
};
const meta = { title: 'Tệp thử', subject: 'Thử', author: 'Loa', date: '2020-08-01' };
const edition: Edition = {
  name: 'UBND phường Vĩnh Ninh',
  hotline: '0234 3822 123',
  address: '28 Lê Lợi, phường Vĩnh Ninh, thành phố Huế',
  qrUrl: 'https://vinhninh.example.gov.vn/bluezone',
  source: 'editions.csv, dòng 2',
};

const MM = 72 / 25.4;
const boxOf = (page: ReturnType<PDFDocument['getPage']>, name: string) =>
  page.node
    .lookup(PDFName.of(name), PDFArray)
    .asArray()
    .map((n) => (n as PDFNumber).asNumber());

/** Page count, and each page's boxes in points: trim of the size given, 3 mm bleed, media beyond both. */
async function expectPrintFile(pdf: Uint8Array, pages: number, widthMm: number, heightMm: number) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  expect(doc.getPageCount()).toBe(pages);
  for (const page of doc.getPages()) {
    const [trim, bleed, media] = ['TrimBox', 'BleedBox', 'MediaBox'].map((n) => boxOf(page, n));
    expect(trim[2] - trim[0]).toBeCloseTo(widthMm * MM, 1);
    expect(trim[3] - trim[1]).toBeCloseTo(heightMm * MM, 1);
    expect(trim[0] - bleed[0]).toBeCloseTo(3 * MM, 2);
    expect(bleed[3] - trim[3]).toBeCloseTo(3 * MM, 2);
    expect(media[0]).toBeLessThan(bleed[0]);
    expect(media[1]).toBeLessThan(bleed[1]);
    expect(media[2]).toBeGreaterThan(bleed[2]);
    expect(media[3]).toBeGreaterThan(bleed[3]);
  }
  expect(doc.getTitle()).toBe(meta.title);
  // Text is outlines: no font in the file.
  expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/\/FontFile|\/Type\s*\/Font\b/);
}

/** Every text block stays SAFE_MM inside the trim, and no two overlap. */
function expectSafe(face: KitFace, what: string) {
  const safe = SAFE_MM * UNITS_PER_MM;
  const { trim } = face;
  expect(face.textBoxes.length, what).toBeGreaterThan(3);
  for (const b of face.textBoxes) {
    const where = `${what}: ${b.field}`;
    expect(b.x, where).toBeGreaterThanOrEqual(trim.x + safe - 0.01);
    expect(b.y, where).toBeGreaterThanOrEqual(trim.y + safe - 0.01);
    expect(b.x + b.width, where).toBeLessThanOrEqual(trim.x + trim.width - safe + 0.01);
    expect(b.y + b.height, where).toBeLessThanOrEqual(trim.y + trim.height - safe + 0.01);
  }
  const boxes = [...face.textBoxes, ...(face.qr ? [{ ...face.qr, field: 'qr' }] : [])];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${what}: ${a.field} overlaps ${b.field}`).toBe(false);
    }
}

const greyLuminance = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/**
 * The face as a grey photocopy would see it: rasterised at 200 dpi, turned
 * to grey, then in every text block the contrast between its background
 * (the commonest grey) and its ink (the grey farthest from it), as WCAG counts it.
 */
async function greyContrasts(face: KitFace, qrUrl: string, tamper = (svg: string) => svg) {
  const dpi = 200;
  const width = Math.round((face.width / UNITS_PER_MM / 25.4) * dpi);
  const png = await svgToPng(tamper(await faceSvg(face, qrUrl)), width);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const k = info.width / face.width;
  return face.textBoxes.map((b) => {
    const counts = new Map<number, number>();
    const x0 = Math.ceil(b.x * k);
    const x1 = Math.floor((b.x + b.width) * k);
    const y0 = Math.ceil(b.y * k);
    const y1 = Math.floor((b.y + b.height) * k);
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const v = data[(y * info.width + x) * info.channels];
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    const background = [...counts.entries()].sort((p, q) => q[1] - p[1])[0][0];
    const ink = [...counts.keys()].reduce((far, v) =>
      Math.abs(v - background) > Math.abs(far - background) ? v : far,
    );
    return { field: b.field, ratio: contrastRatio(greyLuminance(background), greyLuminance(ink)) };
  });
}

it('the grey check finds pale text: a mid-grey ink fails it', async () => {
  // Past the palette check: the ink is paled in the drawing itself.
  const pale = (svg: string) => svg.replaceAll(`fill="${theme.ink}"`, 'fill="#9a9a9a"');
  const ratios = await greyContrasts(layoutSign(sign, theme), settings.app.installUrl, pale);
  expect(ratios.find((c) => c.field === 'kit.sign.body')!.ratio).toBeLessThan(MIN_CONTRAST);
});

async function expectGreyReadable(face: KitFace, what: string) {
  for (const c of await greyContrasts(face, settings.app.installUrl))
    expect(c.ratio, `${what}: ${c.field} in grey`).toBeGreaterThanOrEqual(MIN_CONTRAST);
}

function expectError(fn: () => unknown, file: string | RegExp, field: string | RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LoaContentError);
    const err = e as LoaContentError;
    expect(err.file).toMatch(file);
    expect(err.field).toMatch(field);
    return;
  }
  throw new Error('expected a LoaContentError');
}

const long = (s: string) => `${s} ${s} ${s} ${s} ${s} ${s}`;

describe('leaflet', () => {
  it('is two A5 pages, front and back, with the print boxes', async () => {
    await expectPrintFile(await leafletPdf(leaflet, theme, meta), 2, 148, 210);
  });
  it('imposes two up on an A4 sheet, landscape, front and back pages', async () => {
    await expectPrintFile(await leafletSheetPdf(leaflet, theme, meta), 2, 297, 210);
  });
  it(`keeps every text ≥ ${SAFE_MM} mm inside the trim, with and without an edition`, () => {
    for (const [e, what] of [
      [undefined, 'campaign'],
      [edition, 'edition'],
    ] as const) {
      const L = layoutLeaflet(leaflet, theme, e);
      expectSafe(L.front, `front (${what})`);
      expectSafe(L.back, `back (${what})`);
    }
  });
  it('survives a grey photocopy: every text block ≥ 4.5:1 against its background', async () => {
    const L = layoutLeaflet(leaflet, theme, edition);
    await expectGreyReadable(L.front, 'front');
    await expectGreyReadable(L.back, 'back');
  });
  it("puts the edition's QR address on the back, and it reads back", async () => {
    const L = layoutLeaflet(leaflet, theme, edition);
    const png = await svgToPng(await faceSvg(L.back, edition.qrUrl!), 900);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(edition.qrUrl);
  });
  it('stops on copy too long to fit, naming the measure file and the field', () => {
    expectError(
      () => layoutLeaflet({ ...leaflet, headline: long(leaflet.headline) }, theme),
      leaflet.file,
      'kit.leaflet.headline',
    );
    expectError(
      () => layoutLeaflet({ ...leaflet, steps: [long(long(steps.steps[0]))] }, theme),
      'content/settings.yaml',
      /app\.installSteps\[0\]/,
    );
  });
  it("blames the edition's name when the campaign's copy no longer fits beside it", () => {
    expectError(
      () => layoutLeaflet(leaflet, theme, { ...edition, name: long(long(edition.name)) }),
      edition.source,
      'tên đơn vị',
    );
  });
});

describe('table tent', () => {
  it('is one A4 page with a dashed fold mark at the middle', async () => {
    const pdf = await tentPdf(tent, theme, meta);
    await expectPrintFile(pdf, 1, 210, 297);
  });
  it(`keeps every text ≥ ${SAFE_MM} mm inside each face, so ≥ ${SAFE_MM} mm from the fold too`, () => {
    const L = layoutTent(tent, theme, edition);
    expect(L.front.trim.height / UNITS_PER_MM).toBeCloseTo(TENT_FOLD_MM, 5);
    expectSafe(L.front, 'front');
    expectSafe(L.back, 'back');
  });
  it('survives a grey photocopy', async () => {
    const L = layoutTent(tent, theme);
    await expectGreyReadable(L.front, 'front');
    await expectGreyReadable(L.back, 'back');
  });
  it('prints the back face upside down on the upper half (drawn by pdf.js)', async () => {
    const pages = await pdfPages(await tentPdf(tent, theme, meta), 30);
    expect(pages.length).toBe(1);
    const png = pages[0];
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    // The page is the trim with 3 mm of bleed and 10 mm of margin for the marks on every side.
    const edge = 13;
    const px = (mm: number, of: number, total: number) => Math.round(((mm + edge) / (of + 2 * edge)) * total);
    // Share of dark pixels across the trim's width, between two depths in mm from the trim's top.
    const dark = (fromMm: number, toMm: number) => {
      const [y0, y1] = [fromMm, toMm].map((mm) => px(mm, 297, info.height));
      const [x0, x1] = [0, 210].map((mm) => px(mm, 210, info.width));
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (data[y * info.width + x] < 100) n++;
      return n / ((y1 - y0) * (x1 - x0));
    };
    // Both faces' bands meet at the fold; the sheet's top edge is the back face's foot, mostly paper.
    expect(dark(TENT_FOLD_MM - 12, TENT_FOLD_MM - 2)).toBeGreaterThan(0.9);
    expect(dark(TENT_FOLD_MM + 2, TENT_FOLD_MM + 12)).toBeGreaterThan(0.9);
    expect(dark(2, 12)).toBeLessThan(0.2);
  });
});

describe('entrance sign and visitor register', () => {
  it('are one A4 page each', async () => {
    await expectPrintFile(await signPdf(sign, theme, meta), 1, 210, 297);
    await expectPrintFile(await registerPdf(register, theme, meta, edition), 1, 210, 297);
  });
  it(`keep every text ≥ ${SAFE_MM} mm inside the trim`, () => {
    expectSafe(layoutSign(sign, theme), 'sign');
    expectSafe(layoutSign(sign, theme, edition), 'sign (edition)');
    expectSafe(layoutRegister(register, theme), 'register');
    expectSafe(layoutRegister(register, theme, edition), 'register (edition)');
  });
  it(`give the register at least ${MIN_REGISTER_ROWS} rows and every column its heading`, () => {
    for (const e of [undefined, edition]) {
      const L = layoutRegister(register, theme, e);
      expect(L.rows).toBeGreaterThanOrEqual(MIN_REGISTER_ROWS);
      for (const key of Object.keys(register.columns))
        expect(L.textBoxes.some((b) => b.field === `kit.register.columns.${key}`)).toBe(true);
    }
  });
  it('print the edition name, or a blank to write it in', () => {
    expect(layoutSign(sign, theme, edition).textBoxes.map((b) => b.field)).toContain('edition');
    const plain = layoutSign(sign, theme).textBoxes.map((b) => b.field);
    expect(plain).toContain('kit.placeLabel');
    expect(plain).not.toContain('edition');
  });
  it('survive a grey photocopy', async () => {
    await expectGreyReadable(layoutSign(sign, theme, edition), 'sign');
    await expectGreyReadable(layoutRegister(register, theme), 'register');
  });
  it('stop on copy that does not fit, naming the file and the field', () => {
    expectError(() => layoutSign({ ...sign, body: long(long(sign.body)) }, theme), sign.file, 'kit.sign.body');
    expectError(
      () => layoutSign(sign, theme, { ...edition, name: long(long(edition.name)) }),
      edition.source,
      'tên đơn vị',
    );
    expectError(
      () => layoutRegister({ ...register, intro: long(register.intro) }, theme),
      register.file,
      'kit.register.intro',
    );
  });
});

describe('social images', () => {
  it('are 1080×1080 and 1080×1920', async () => {
    const copy = { ...base(2), headline: m2.poster.headline, body: m2.poster.body };
    for (const [shape, height] of [
      ['vuong', 1080],
      ['doc', 1920],
    ] as const) {
      const meta = await sharp(await svgToPng(await socialSvg(copy, theme, shape))).metadata();
      expect([meta.width, meta.height]).toEqual([1080, height]);
    }
  });
});

describe('one entry for every item', () => {
  it('gives the same bytes every time, and the faces for a preview', async () => {
    const copies = { leaflet, tent, sign, register };
    for (const [item, faces] of [
      ['leaflet', 2],
      ['leaflet-sheet', 2],
      ['tent', 2],
      ['sign', 1],
      ['register', 1],
    ] as const) {
      const a = await makeKitFile(item, copies, theme, meta, edition);
      const b = await makeKitFile(item, copies, theme, meta, edition);
      expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf)), item).toBe(true);
      expect(a.faces.length, item).toBe(faces);
    }
    const direct = await leafletPdf(leaflet, theme, meta, edition);
    expect(
      Buffer.from(direct).equals(Buffer.from((await makeKitFile('leaflet', copies, theme, meta, edition)).pdf)),
    ).toBe(true);
  });
});

describe('kit wording in content', () => {
  it('takes the measures 1, 2 and 6 give, and refuses an unknown field', () => {
    for (const m of [m1, m2, m6]) expect(kitSchema.safeParse(m.kit).success).toBe(true);
    const bad = kitSchema.safeParse({ leaflet: { ...m2.kit.leaflet, subtitle: 'Thêm một dòng' } });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('subtitle');
    expect(kitSchema.safeParse({ leaflet: { ...m2.kit.leaflet, points: ['a', 'b', 'c', 'd', 'e'] } }).success).toBe(
      false,
    );
  });
});

describe('palette', () => {
  it('stops a palette too light for a grey photocopy, naming the settings field', () => {
    const light: Theme = { ...theme, primaryDark: '#7fa7e0' };
    expectError(
      () => checkGreyContrast(light, 'content/settings.yaml', 'tờ rơi'),
      'content/settings.yaml',
      /^palette\./,
    );
    expect(() => checkGreyContrast(theme, 'content/settings.yaml', 'tờ rơi')).not.toThrow();
  });
});
