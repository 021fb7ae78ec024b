import { visitorsPaths } from '../../src/channels/visitors/paths';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { parse } from 'yaml';
import '../../src/render/node-assets';
import {
  layoutVisitorPoster,
  type VisitorPosterCopy,
  type VisitorText,
} from '../../src/channels/visitors/poster-layout';
import { visitorPosterSvg } from '../../src/channels/visitors/posters';
import { renderVisitorSlide } from '../../src/channels/visitors/slides';
import { missingGlyphs } from '../../src/render/fonts';
import { printPdf, PT_PER_MM } from '../../src/render/svg-to-pdf';
import { BLEED_MM, MARK_MARGIN_MM, PAPER, SAFE_MM, UNITS_PER_MM, MIN_QR_MM } from '../../src/print/units';
import { addressLabel, type PaperSize } from '../../src/manifest/build';
import { themeOf } from '../../src/config/palette';
import { loadSettings } from '../../src/config/settings';
import { LoaContentError } from '../../src/core/errors';
import { pdfPages } from '../support/pdf-pages';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';

const vi = UI_STRINGS.vi;

const settings = loadSettings();
const theme = themeOf(settings.palette);
const langs = settings.languages;
const V = settings.visitors!;

/** Every language's notice as the build prints it, read straight from content/. */
const texts: VisitorText[] = langs.map((lang) => {
  if (lang === 'vi')
    return {
      lang,
      name: vi['visitors.languageName'],
      kicker: vi['visitors.kicker'],
      scanToInstall: vi['visitors.scanToInstall'],
      headline: V.headline,
      body: V.body,
      cta: V.cta,
      help: V.help,
      basis: 'Theo Công văn 2841/BTTTT-THH ngày 01/08/2020 của Bộ Thông tin và Truyền thông',
      source: (field) => ({ file: 'content/settings.yaml', field: `visitors.${field}` }),
    };
  const file = `content/translations/${lang}.yaml`;
  const y = parse(readFileSync(file, 'utf8'));
  return {
    lang,
    name: y.name,
    kicker: y.labels.kicker,
    scanToInstall: y.labels.scanToInstall,
    ...y.visitors,
    basis: y.labels.basis,
    source: (field) => ({ file, field: `visitors.${field}` }),
  };
});

const copyOf = (ts: VisitorText[]): VisitorPosterCopy => ({
  texts: ts,
  appName: settings.app.name,
  address: addressLabel(settings.app.installUrl),
  qrUrl: settings.app.installUrl,
  settingsFile: 'content/settings.yaml',
});
const sets: VisitorText[][] = [...texts.map((t) => [t]), texts];
const setName = (ts: VisitorText[]) => (ts.length > 1 ? 'all' : ts[0].lang);

describe('visitor copy', () => {
  it('has every language of the campaign', () => {
    expect(langs).toEqual(['vi', 'en', 'zh-Hans', 'ko', 'ja']);
  });
  for (const t of texts) {
    it(`${t.lang}: every character of the notice has a glyph at every weight`, () => {
      const all = [t.name, t.kicker, t.scanToInstall, t.headline, t.body, t.cta, t.help, t.basis].join(' ');
      for (const w of [400, 700, 800] as const) expect(missingGlyphs(all, w, t.lang), `${t.lang} ${w}`).toEqual([]);
    });
  }
  it('names the files for the language, the "all languages" sheet by its count', () => {
    expect(visitorsPaths.visitorPoster('bluezone', ['zh-Hans'], 'a4', 'pdf')).toBe('bluezone-khach-den-zh-hans-a4.pdf');
    expect(visitorsPaths.visitorPoster('bluezone', langs, 'a3', 'png')).toBe('bluezone-khach-den-5-ngon-ngu-a3.png');
    expect(visitorsPaths.visitorSlide('bluezone', 'ko', 'doc', 'svg')).toBe('bluezone-khach-den-ko-doc.svg');
  });
});

describe('visitor poster layout', () => {
  for (const paper of ['a4', 'a3'] as PaperSize[])
    for (const ts of sets)
      it(`${setName(ts)} ${paper}: text ≥ ${SAFE_MM} mm inside the trim, nothing overlaps, QR ≥ ${MIN_QR_MM} mm`, () => {
        const L = layoutVisitorPoster(copyOf(ts), paper, theme);
        const safe = SAFE_MM * UNITS_PER_MM;
        for (const b of L.textBoxes) {
          expect(b.x, b.field).toBeGreaterThanOrEqual(L.trim.x + safe);
          expect(b.y, b.field).toBeGreaterThanOrEqual(L.trim.y + safe);
          expect(b.x + b.width, b.field).toBeLessThanOrEqual(L.trim.x + L.trim.width - safe);
          expect(b.y + b.height, b.field).toBeLessThanOrEqual(L.trim.y + L.trim.height - safe);
        }
        const boxes = [...L.textBoxes, { ...L.qr, field: 'qr' }];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${a.field} overlaps ${b.field}`).toBe(true);
          }
        expect(L.qr.width / UNITS_PER_MM).toBeGreaterThanOrEqual(MIN_QR_MM);
      });
});

describe('bad visitor copy', () => {
  const ja = texts.find((t) => t.lang === 'ja')!;
  it('an emoji stops the build naming the file, the field and the code point', () => {
    const bad = { ...ja, headline: `${ja.headline} 😷` };
    expect(() => layoutVisitorPoster(copyOf([bad]), 'a4', theme)).toThrow(LoaContentError);
    expect(() => layoutVisitorPoster(copyOf([bad]), 'a4', theme)).toThrow(
      /content\/translations\/ja\.yaml: trường "visitors\.headline": .*“😷” \(U\+1F637\)/,
    );
  });
  it('a Han character outside every Noto subset stops the build', () => {
    const zh = texts.find((t) => t.lang === 'zh-Hans')!;
    const bad = { ...zh, cta: `${zh.cta}𠀀` };
    expect(() => layoutVisitorPoster(copyOf([bad]), 'a3', theme)).toThrow(
      /content\/translations\/zh-Hans\.yaml: trường "visitors\.cta": .*U\+20000/,
    );
  });
  it('copy too long for its box stops the build instead of overflowing', () => {
    const ko = texts.find((t) => t.lang === 'ko')!;
    const bad = { ...ko, headline: ko.headline.repeat(6) };
    expect(() => layoutVisitorPoster(copyOf([bad]), 'a4', theme)).toThrow(
      /content\/translations\/ko\.yaml: trường "visitors\.headline": .*chữ quá dài/,
    );
  });
});

/** The languages tesseract reads here (`tesseract --list-langs`), none without tesseract. */
const ocrLanguages = (() => {
  try {
    const out = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
  } catch {
    return [];
  }
})();
/** Tesseract's code for each language, and the Debian package with its data. */
const OCR_LANG: Record<string, { code: string; pkg: string }> = {
  vi: { code: 'vie', pkg: 'tesseract-ocr-vie' },
  en: { code: 'eng', pkg: 'tesseract-ocr' },
  'zh-Hans': { code: 'chi_sim', pkg: 'tesseract-ocr-chi-sim' },
  ko: { code: 'kor', pkg: 'tesseract-ocr-kor' },
  ja: { code: 'jpn', pkg: 'tesseract-ocr-jpn' },
};
/**
 * Words the OCR must find on each language's sheet (spaces dropped: CJK OCR spaces every character).
 * Page segmentation 4 (one column of text of varying sizes) reads the poster's blocks in order.
 */
const OCR_WORDS: Record<string, string[]> = {
  vi: ['Bluezone', 'mừng'],
  en: ['Bluezone', 'Welcome'],
  'zh-Hans': ['Bluezone', '安装', '越南'],
  ko: ['설치', '베트남'],
  ja: ['Bluezone', 'ベトナム'],
};

/** Each sheet's print PDF, made once for the checks of the file and for the OCR. */
const made = new Map<string, Promise<{ pdf: Uint8Array; language: string }>>();
function sheet(ts: VisitorText[], paper: PaperSize) {
  const key = `${setName(ts)}-${paper}`;
  if (!made.has(key))
    made.set(
      key,
      (async () => {
        const { svg, layout } = await visitorPosterSvg(copyOf(ts), paper, theme);
        expect(svg).not.toContain('<text');
        const language = ts.length > 1 || ts[0].lang === 'vi' ? 'vi-VN' : ts[0].lang;
        const pdf = await printPdf({
          svg,
          widthUnits: layout.width,
          heightUnits: layout.height,
          unitsPerMm: UNITS_PER_MM,
          bleedMm: BLEED_MM,
          markMarginMm: MARK_MARGIN_MM,
          title: 't',
          author: 'a',
          subject: 's',
          date: new Date('2020-08-01T00:00:00Z'),
          language,
        });
        return { pdf, language };
      })(),
    );
  return made.get(key)!;
}

describe('visitor poster files', () => {
  for (const paper of ['a4', 'a3'] as PaperSize[])
    for (const ts of sets) {
      const name = setName(ts);
      it(`${name} ${paper}: a print PDF with bleed, trim and its language`, { timeout: 120_000 }, async () => {
        const { pdf, language } = await sheet(ts, paper);
        const doc = await PDFDocument.load(pdf);
        expect(doc.getPageCount()).toBe(1);
        const page = doc.getPage(0);
        const mm = (v: number) => Math.round((v / PT_PER_MM) * 10) / 10;
        const trim = page.getTrimBox();
        const bleed = page.getBleedBox();
        const media = page.getMediaBox();
        expect([mm(trim.width), mm(trim.height)]).toEqual([PAPER[paper].widthMm, PAPER[paper].heightMm]);
        expect([mm(bleed.width), mm(bleed.height)]).toEqual([
          PAPER[paper].widthMm + 2 * BLEED_MM,
          PAPER[paper].heightMm + 2 * BLEED_MM,
        ]);
        expect(media.x).toBeLessThanOrEqual(bleed.x);
        expect(bleed.x).toBeLessThan(trim.x);
        expect(media.x + media.width).toBeGreaterThanOrEqual(bleed.x + bleed.width);
        expect(bleed.x + bleed.width).toBeGreaterThan(trim.x + trim.width);
        const lang = doc.catalog.lookup(PDFName.of('Lang'));
        expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe(language);
      });
    }
});

describe('visitor posters read back by OCR (tesseract, with each language’s data)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-visitor-'));
  // The A4 sheet of each language alone and of all of them, drawn from the PDF itself by pdf.js at 300 dpi, as printed.
  for (const ts of sets) {
    const name = setName(ts);
    for (const t of ts) {
      const { code, pkg } = OCR_LANG[t.lang];
      it.skipIf(!ocrLanguages.includes(code))(
        `${name} a4: tesseract -l ${code} reads ${OCR_WORDS[t.lang].join(', ')} (needs ${pkg})`,
        { timeout: 120_000 },
        async () => {
          const [png] = await pdfPages((await sheet(ts, 'a4')).pdf, 300);
          const file = join(dir, `${name}-a4.png`);
          writeFileSync(file, png);
          const text = execFileSync('tesseract', [file, '-', '-l', code, '--psm', '4'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          });
          const flat = text.replace(/\s+/g, '');
          expect(OCR_WORDS[t.lang].length).toBeGreaterThan(0);
          for (const w of OCR_WORDS[t.lang])
            expect(flat, `${name}: OCR ${code} finds “${w}”`).toContain(w.replace(/\s+/g, ''));
        },
      );
    }
  }
});

describe('visitor slides', () => {
  for (const t of texts)
    for (const o of ['ngang', 'doc'] as const)
      it(`${t.lang} ${o}: drawn as outlines at screen size`, { timeout: 60_000 }, async () => {
        const paths = await renderVisitorSlide(
          {
            text: t,
            appName: settings.app.name,
            address: addressLabel(settings.app.installUrl),
            qrUrl: settings.app.installUrl,
            settingsFile: 'content/settings.yaml',
          },
          o,
          theme,
        );
        const svg = readFileSync(paths.svg, 'utf8');
        expect(svg).toMatch(o === 'ngang' ? /width="1920"[^>]*height="1080"/ : /width="1080"[^>]*height="1920"/);
        expect(svg).not.toContain('<text');
      });
});
