import { h, textLine } from '../../render/element';
import { fitOrFail, type CopySource } from '../../render/draw';
import { textWidthEm, type Weight } from '../../render/fonts';
import type { FitBox, FittedText } from '../../render/fit-text';
import type { Theme } from '../../config/palette';
import {
  Sheet,
  posterAddress,
  posterAppName,
  posterBands,
  posterBasis,
  qrPanel,
  type Column,
  type PosterLayout,
} from '../../print/sheet';
import type { PaperSize } from '../../manifest/build';
import { LoaContentError } from '../../core/errors';

/** One language's words on a visitor poster or slide, with where each one is written. */
export interface VisitorText {
  /** BCP 47: "zh-Hans". */
  lang: string;
  /** The language's name in itself: "日本語". */
  name: string;
  kicker: string;
  headline: string;
  body: string;
  cta: string;
  help: string;
  scanToInstall: string;
  basis: string;
  /** Where a field is written: file and field as the author knows them. */
  source: (field: VisitorField) => { file: string; field: string };
}

export type VisitorField = 'name' | 'kicker' | 'headline' | 'body' | 'cta' | 'help' | 'scanToInstall' | 'basis';

export interface VisitorPosterCopy {
  /** One language, or every language on one sheet. */
  texts: VisitorText[];
  appName: string;
  /** The install address as printed: "app.gov.vn". */
  address: string;
  qrUrl: string;
  settingsFile: string;
}

/** Fits one language's field, naming its file and field when it does not fit or cannot be drawn. */
function fitField(t: VisitorText, field: VisitorField, box: Omit<FitBox, 'lang'>, label: string): FittedText {
  const where = t.source(field);
  const src: CopySource = { ...where, label };
  return fitOrFail(t[field], { ...box, lang: t.lang }, src);
}

/** What both kinds of visitor poster start from: the sheet, its band, its QR panel and how errors name it. */
interface VisitorSheet {
  s: Sheet;
  copy: VisitorPosterCopy;
  label: string;
  bandH: number;
  panelTop: number;
  /** The band's column, below the app's name. */
  band: Column;
  appTop: number;
  panel: ReturnType<typeof qrPanel>;
}

/**
 * The visitor notice on paper: one language per sheet (headline, body, help,
 * a QR code to install), or every language on one sheet (each language's
 * headline and call, one QR code). Each block carries its language, so its
 * Han characters are drawn in that language's face.
 */
export function layoutVisitorPoster(copy: VisitorPosterCopy, paper: PaperSize, palette: Theme): PosterLayout {
  const s = Sheet.poster(paper, palette);
  const { H, b, inner } = s;
  const many = copy.texts.length > 1;
  const which = many ? `${copy.texts.length} ngôn ngữ` : `(${copy.texts[0].lang})`;
  const label = `áp phích cho khách ${which}, ${paper.toUpperCase()}`;
  const bandH = b + 0.14 * H;
  const panelTop = b + 0.66 * H;
  posterBands(s, bandH, panelTop);
  const band = posterAppName(s, copy.appName, { file: copy.settingsFile, field: 'app.name', label }, inner * 0.6);
  const panel = qrPanel(s, panelTop, 0.27);
  const sheet = { s, copy, label, bandH, panelTop, band, appTop: b + 0.025 * H, panel };
  if (many) everyLanguage(sheet);
  else oneLanguage(sheet, copy.texts[0]);
  return { ...s.face(), qr: panel.qr };
}

/** The install address under the call to action, in as many lines as there is room for. */
function installAddress(at: VisitorSheet, column: Column, maxLines: number) {
  posterAddress(column, at.copy.address, maxLines, {
    file: at.copy.settingsFile,
    field: 'app.installUrl',
    label: at.label,
  });
}

/** One language: its name and kicker in the band, then headline, body and help, the call beside the QR code. */
function oneLanguage(at: VisitorSheet, t: VisitorText) {
  const { s, label, band, panel } = at;
  const { W, H, x, inner, theme } = s;
  const lang = t.lang;
  const nameW = inner * 0.36;
  const name = fitField(
    t,
    'name',
    { width: nameW, maxLines: 1, maxSize: 0.032 * W, minSize: 0.02 * W, weight: 700 },
    label,
  );
  const kickerFit = { width: inner, maxLines: 2, maxSize: 0.032 * W, minSize: 0.02 * W, weight: 700 } as const;
  const kicker = fitField(t, 'kicker', { ...kickerFit, lineHeight: 1.2 }, label);
  s.text('name', x + inner - nameW, at.appTop, nameW, [name], [{ color: theme.accent, fontWeight: 700 }], {
    lang,
    align: 'flex-end',
  });
  band.skip(0.012 * H).draw('kicker', kicker, { color: theme.onDark, fontWeight: 700 }, 0, { lang });

  // Short copy leaves room: the words move down towards the middle of the white area, once all are fitted.
  const main = s.column(x, at.bandH + 0.03 * H, inner, at.panelTop - 0.03 * H);
  const headlineFit = { width: inner, height: 0.16 * H, maxLines: 4, maxSize: 0.075 * W, minSize: 0.042 * W } as const;
  const headline = fitField(t, 'headline', { ...headlineFit, weight: 800, lineHeight: 1.15 }, label);
  main.hold('headline', headline, { color: theme.primaryDark, fontWeight: 800 }, { lang }).skip(0.02 * H);
  const bodyFit = { width: inner, height: 0.16 * H, maxLines: 7, maxSize: 0.038 * W, minSize: 0.024 * W } as const;
  const body = fitField(t, 'body', { ...bodyFit, weight: 400, lineHeight: 1.4 }, label);
  main.hold('body', body, { color: theme.ink, fontWeight: 400 }, { lang }).skip(0.02 * H);
  const helpFit = { width: inner, height: Math.max(0, main.room), maxLines: 5, maxSize: 0.028 * W } as const;
  const help = fitField(t, 'help', { ...helpFit, minSize: 0.019 * W, weight: 400, lineHeight: 1.35 }, label);
  main.hold('help', help, { color: theme.muted, fontWeight: 400 }, { lang });
  main.release(Math.min(Math.max(0, main.room) / 2, 0.05 * H));

  const ctaFit = { width: panel.ctaWidth, height: panel.qrSide * 0.62, maxLines: 4 } as const;
  const cta = fitField(t, 'cta', { ...ctaFit, maxSize: 0.055 * W, minSize: 0.03 * W, weight: 800 }, label);
  panel.cta.draw('cta', cta, { color: theme.onDark, fontWeight: 800 }, 0, { lang });
  installAddress(at, panel.cta.skip(0.02 * H), 2);
  posterBasis(s, t.basis, { ...t.source('basis'), label }, lang);
}

/** Every language: the names in the band, a row each (name, headline, call), each "scan to install" by the QR code. */
function everyLanguage(at: VisitorSheet) {
  const { s, copy, label } = at;
  languageNames(at);
  const { W, H, inner } = s;
  const rowsTop = at.bandH + 0.025 * H;
  const gap = 0.012 * H;
  const rowH = (at.panelTop - 0.03 * H - rowsTop - gap * (copy.texts.length - 1)) / copy.texts.length;
  const nameCol = inner * 0.2;
  const textCol = inner - nameCol - 0.02 * W;
  // Every language's headline at one size, the largest all of them fit at, so no language looks louder.
  const headBox = (maxSize: number) => ({
    width: textCol,
    height: rowH * 0.56,
    maxLines: 2,
    maxSize,
    minSize: 0.022 * W,
    weight: 800 as const,
    lineHeight: 1.15,
  });
  const common = Math.min(...copy.texts.map((t) => fitField(t, 'headline', headBox(0.036 * W), label).size));
  copy.texts.forEach((t, i) => {
    const row = { top: rowsTop + i * (rowH + gap), height: rowH, gap, nameCol, textCol };
    languageRow(at, t, i, row, headBox(common));
  });
  scanToInstall(at);
  posterBasis(s, copy.texts[0].basis, { ...copy.texts[0].source('basis'), label }, copy.texts[0].lang);
}

/** Every language's name in the band, side by side, each drawn in its own language. */
function languageNames(at: VisitorSheet) {
  const { s, copy, label } = at;
  const { W, H, x, inner, theme } = s;
  const names = namesRow(copy.texts, inner, 0.03 * W, 0.016 * W, label);
  const row = h(
    'div',
    { style: { flexDirection: 'row', width: inner } },
    ...copy.texts.map((t, i) =>
      h(
        'div',
        { lang: t.lang, style: { marginLeft: i ? names.gap : 0 } },
        textLine(t.name, names.size, 1.2, { color: theme.onDark, fontWeight: 700 }),
      ),
    ),
  );
  at.band.skip(0.015 * H);
  s.block('name', { x, y: at.band.y, width: inner, height: names.size * 1.2 }, [row]);
}

/** One language's row: a rule above it (but the first), its name, and beside it the headline over the call. */
function languageRow(
  at: VisitorSheet,
  t: VisitorText,
  i: number,
  row: { top: number; height: number; gap: number; nameCol: number; textCol: number },
  headBox: Omit<FitBox, 'lang'>,
) {
  const { s, label } = at;
  const { W, H, x, inner, theme } = s;
  const { top, nameCol, textCol } = row;
  const lang = t.lang;
  const nameFit = { width: nameCol, maxLines: 2, maxSize: 0.028 * W, minSize: 0.016 * W } as const;
  const name = fitField(t, 'name', { ...nameFit, weight: 700, lineHeight: 1.2 }, label);
  const headline = fitField(t, 'headline', headBox, label);
  const ctaFit = { width: textCol, height: row.height - headline.height - 0.004 * H, maxLines: 2 } as const;
  const cta = fitField(
    t,
    'cta',
    { ...ctaFit, maxSize: 0.028 * W, minSize: 0.018 * W, weight: 400, lineHeight: 1.25 },
    label,
  );
  s.fill({ x, y: top - row.gap / 2, width: inner, height: i ? Math.max(2, 0.0012 * H) : 0 }, theme.lineSoft);
  s.text(`${lang}.name`, x, top, nameCol, [name], [{ color: theme.primary, fontWeight: 700 }], { lang });
  const text = s.column(x + nameCol + 0.02 * W, top, textCol);
  text.draw(`${lang}.headline`, headline, { color: theme.primaryDark, fontWeight: 800 }, 0, { lang });
  text.skip(0.004 * H).draw(`${lang}.cta`, cta, { color: theme.ink, fontWeight: 400 }, 0, { lang });
}

/** Under the panel's edge, every language's "scan to install", each in an equal share of the room, then the address. */
function scanToInstall(at: VisitorSheet) {
  const { s, copy, label, panel } = at;
  const { W, H, x, theme } = s;
  const scanH = (panel.qrSide * 0.78) / copy.texts.length;
  const scans = panel.cta;
  for (const t of copy.texts) {
    const scanFit = {
      width: panel.ctaWidth,
      height: scanH,
      maxLines: 1,
      maxSize: 0.04 * W,
      minSize: 0.02 * W,
    } as const;
    const scan = fitField(t, 'scanToInstall', { ...scanFit, weight: 800 }, label);
    const style = { color: theme.onDark, fontWeight: 800 };
    s.text(`${t.lang}.scanToInstall`, x, scans.y, panel.ctaWidth, [scan], [style], { lang: t.lang });
    scans.skip(scanH);
  }
  installAddress(at, scans.skip(0.01 * H), 1);
}

/** The largest size at which every language's name fits on one line, side by side. */
function namesRow(texts: VisitorText[], width: number, maxSize: number, minSize: number, label: string) {
  const weight: Weight = 700;
  const em = texts.reduce((sum, t) => sum + textWidthEm(t.name, weight, t.lang), 0);
  const gapEm = 1.2 * (texts.length - 1);
  for (let size = Math.floor(maxSize); size >= minSize; size--) {
    if ((em + gapEm) * size <= width * 0.97) return { size, gap: 1.2 * size };
  }
  const where = texts[0].source('name');
  throw new LoaContentError(
    where.file,
    where.field,
    `${label}: tên ${texts.length} ngôn ngữ không vừa một dòng`,
    'rút ngắn tên ngôn ngữ',
  );
}
