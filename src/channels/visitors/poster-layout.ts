import { fittedLines, h, textLine, type RenderNode } from '../../render/element';
import { fitOrFail, type CopySource } from '../../render/draw';
import { textWidthEm, type Weight } from '../../render/fonts';
import type { FitBox, FittedText } from '../../render/fit-text';
import type { Theme } from '../../config/palette';
import {
  addressFit,
  appNameFit,
  basisBox,
  basisFit,
  posterBands,
  posterFrame,
  qrPanel,
  textBlocks,
  type PosterLayout,
} from '../../print/sheet';
import type { PaperSize } from '../../manifest/build';
import { LoaContentError } from '../../core/errors';

/** One language's words on a tourist poster or slide, with where each one is written. */
export interface TouristText {
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
  source: (field: TouristField) => { file: string; field: string };
}

export type TouristField = 'name' | 'kicker' | 'headline' | 'body' | 'cta' | 'help' | 'scanToInstall' | 'basis';

export interface TouristPosterCopy {
  /** One language, or every language on one sheet. */
  texts: TouristText[];
  appName: string;
  /** The install address as printed: "app.gov.vn". */
  address: string;
  qrUrl: string;
  settingsFile: string;
}

/** Fits one language's field, naming its file and field when it does not fit or cannot be drawn. */
function fitField(t: TouristText, field: TouristField, box: Omit<FitBox, 'lang'>, label: string): FittedText {
  const where = t.source(field);
  const src: CopySource = { ...where, label };
  return fitOrFail(t[field], { ...box, lang: t.lang }, src);
}

/**
 * The tourist notice on paper: one language per sheet (headline, body, help,
 * a QR code to install), or every language on one sheet (each language's
 * headline and call, one QR code). Each block carries its language, so its
 * Han characters are drawn in that language's face.
 */
export function layoutTouristPoster(copy: TouristPosterCopy, paper: PaperSize, palette: Theme): PosterLayout {
  const frame = posterFrame(paper);
  const { W, H, b, m, width, height, inner } = frame;
  const many = copy.texts.length > 1;
  const first = copy.texts[0];
  const which = many ? `${copy.texts.length} ngôn ngữ` : `(${first.lang})`;
  const label = `áp phích cho khách ${which}, ${paper.toUpperCase()}`;
  const textBoxes: PosterLayout['textBoxes'] = [];
  const block = textBlocks(textBoxes);

  const bandH = b + 0.14 * H;
  const panelTop = b + 0.66 * H;
  const app = fitOrFail(copy.appName.toLocaleUpperCase('vi'), appNameFit(frame, inner * 0.6), {
    file: copy.settingsFile,
    field: 'app.name',
    label,
  });
  const appTop = b + 0.025 * H;
  const nodes: RenderNode[] = [
    ...posterBands(frame, bandH, panelTop, palette),
    block(
      'app.name',
      { x: b + m, y: appTop, width: inner * 0.6, height: app.height },
      fittedLines(app, { color: palette.onDark, fontWeight: 800, letterSpacing: 2 }),
    ),
  ];

  const { qrSide, qr, ctaWidth } = qrPanel(frame, panelTop, 0.27);

  if (!many) {
    const t = first;
    const name = fitField(
      t,
      'name',
      { width: inner * 0.36, maxLines: 1, maxSize: 0.032 * W, minSize: 0.02 * W, weight: 700 },
      label,
    );
    const kicker = fitField(
      t,
      'kicker',
      { width: inner, maxLines: 2, maxSize: 0.032 * W, minSize: 0.02 * W, weight: 700, lineHeight: 1.2 },
      label,
    );
    const headTop = bandH + 0.03 * H;
    const headline = fitField(
      t,
      'headline',
      {
        width: inner,
        height: 0.16 * H,
        maxLines: 4,
        maxSize: 0.075 * W,
        minSize: 0.042 * W,
        weight: 800,
        lineHeight: 1.15,
      },
      label,
    );
    const bodyTop = headTop + headline.height + 0.02 * H;
    const body = fitField(
      t,
      'body',
      {
        width: inner,
        height: 0.16 * H,
        maxLines: 7,
        maxSize: 0.038 * W,
        minSize: 0.024 * W,
        weight: 400,
        lineHeight: 1.4,
      },
      label,
    );
    const helpTop = bodyTop + body.height + 0.02 * H;
    const help = fitField(
      t,
      'help',
      {
        width: inner,
        height: Math.max(0, panelTop - 0.03 * H - helpTop),
        maxLines: 5,
        maxSize: 0.028 * W,
        minSize: 0.019 * W,
        weight: 400,
        lineHeight: 1.35,
      },
      label,
    );
    // Short copy leaves room: the words move down towards the middle of the white area.
    const shift = Math.min(Math.max(0, panelTop - 0.03 * H - (helpTop + help.height)) / 2, 0.05 * H);
    const cta = fitField(
      t,
      'cta',
      { width: ctaWidth, height: qrSide * 0.62, maxLines: 4, maxSize: 0.055 * W, minSize: 0.03 * W, weight: 800 },
      label,
    );
    const address = fitOrFail(copy.address, addressFit(frame, ctaWidth, 2), {
      file: copy.settingsFile,
      field: 'app.installUrl',
      label,
    });
    const basis = fitField(t, 'basis', basisFit(frame), label);
    nodes.push(
      block(
        'name',
        { x: b + m + inner - inner * 0.36, y: appTop, width: inner * 0.36, height: name.height },
        fittedLines(name, { color: palette.accent, fontWeight: 700 }),
        t.lang,
        { alignItems: 'flex-end' },
      ),
      block(
        'kicker',
        { x: b + m, y: appTop + app.height + 0.012 * H, width: inner, height: kicker.height },
        fittedLines(kicker, { color: palette.onDark, fontWeight: 700 }),
        t.lang,
      ),
      block(
        'headline',
        { x: b + m, y: headTop + shift, width: inner, height: headline.height },
        fittedLines(headline, { color: palette.primaryDark, fontWeight: 800 }),
        t.lang,
      ),
      block(
        'body',
        { x: b + m, y: bodyTop + shift, width: inner, height: body.height },
        fittedLines(body, { color: palette.ink, fontWeight: 400 }),
        t.lang,
      ),
      block(
        'help',
        { x: b + m, y: helpTop + shift, width: inner, height: help.height },
        fittedLines(help, { color: palette.muted, fontWeight: 400 }),
        t.lang,
      ),
      block(
        'cta',
        { x: b + m, y: qr.y, width: ctaWidth, height: cta.height },
        fittedLines(cta, { color: palette.onDark, fontWeight: 800 }),
        t.lang,
      ),
      block(
        'app.installUrl',
        { x: b + m, y: qr.y + cta.height + 0.02 * H, width: ctaWidth, height: address.height },
        fittedLines(address, { color: palette.accent, fontWeight: 700 }),
      ),
      block(
        'basis',
        basisBox(frame, basis.height),
        fittedLines(basis, { color: palette.onDark, fontWeight: 400 }),
        t.lang,
      ),
    );
  } else {
    // Every language's name in the band, each drawn in its own language.
    const names = namesRow(copy.texts, inner, 0.03 * W, 0.016 * W, label);
    const namesTop = appTop + app.height + 0.015 * H;
    nodes.push(
      block('name', { x: b + m, y: namesTop, width: inner, height: names.size * 1.2 }, [
        h(
          'div',
          { style: { flexDirection: 'row', width: inner } },
          ...copy.texts.map((t, i) =>
            h(
              'div',
              { lang: t.lang, style: { marginLeft: i ? names.gap : 0 } },
              textLine(t.name, names.size, 1.2, { color: palette.onDark, fontWeight: 700 }),
            ),
          ),
        ),
      ]),
    );
    const rowsTop = bandH + 0.025 * H;
    const gap = 0.012 * H;
    const rowH = (panelTop - 0.03 * H - rowsTop - gap * (copy.texts.length - 1)) / copy.texts.length;
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
      const top = rowsTop + i * (rowH + gap);
      const name = fitField(
        t,
        'name',
        { width: nameCol, maxLines: 2, maxSize: 0.028 * W, minSize: 0.016 * W, weight: 700, lineHeight: 1.2 },
        label,
      );
      const headline = fitField(t, 'headline', headBox(common), label);
      const cta = fitField(
        t,
        'cta',
        {
          width: textCol,
          height: rowH - headline.height - 0.004 * H,
          maxLines: 2,
          maxSize: 0.028 * W,
          minSize: 0.018 * W,
          weight: 400,
          lineHeight: 1.25,
        },
        label,
      );
      nodes.push(
        h('div', {
          style: {
            position: 'absolute',
            left: b + m,
            top: top - gap / 2,
            width: inner,
            height: i ? Math.max(2, 0.0012 * H) : 0,
            background: palette.lineSoft,
          },
        }),
        block(
          `${t.lang}.name`,
          { x: b + m, y: top, width: nameCol, height: name.height },
          fittedLines(name, { color: palette.primary, fontWeight: 700 }),
          t.lang,
        ),
        block(
          `${t.lang}.headline`,
          { x: b + m + nameCol + 0.02 * W, y: top, width: textCol, height: headline.height },
          fittedLines(headline, { color: palette.primaryDark, fontWeight: 800 }),
          t.lang,
        ),
        block(
          `${t.lang}.cta`,
          {
            x: b + m + nameCol + 0.02 * W,
            y: top + headline.height + 0.004 * H,
            width: textCol,
            height: cta.height,
          },
          fittedLines(cta, { color: palette.ink, fontWeight: 400 }),
          t.lang,
        ),
      );
    });
    // Under the panel's edge, every language's "scan to install", then the address.
    const scanH = (qrSide * 0.78) / copy.texts.length;
    let y = qr.y;
    copy.texts.forEach((t) => {
      const scan = fitField(
        t,
        'scanToInstall',
        { width: ctaWidth, height: scanH, maxLines: 1, maxSize: 0.04 * W, minSize: 0.02 * W, weight: 800 },
        label,
      );
      nodes.push(
        block(
          `${t.lang}.scanToInstall`,
          { x: b + m, y, width: ctaWidth, height: scan.height },
          fittedLines(scan, { color: palette.onDark, fontWeight: 800 }),
          t.lang,
        ),
      );
      y += scanH;
    });
    const address = fitOrFail(copy.address, addressFit(frame, ctaWidth, 1), {
      file: copy.settingsFile,
      field: 'app.installUrl',
      label,
    });
    const basis = fitField(first, 'basis', basisFit(frame), label);
    nodes.push(
      block(
        'app.installUrl',
        { x: b + m, y: y + 0.01 * H, width: ctaWidth, height: address.height },
        fittedLines(address, { color: palette.accent, fontWeight: 700 }),
      ),
      block(
        'basis',
        basisBox(frame, basis.height),
        fittedLines(basis, { color: palette.onDark, fontWeight: 400 }),
        first.lang,
      ),
    );
  }

  const node = h(
    'div',
    { style: { width, height, position: 'relative', background: palette.paper, color: palette.ink } },
    ...nodes,
  );
  return { node, width, height, trim: { x: b, y: b, width: W, height: H }, qr, textBoxes };
}

/** The largest size at which every language's name fits on one line, side by side. */
function namesRow(texts: TouristText[], width: number, maxSize: number, minSize: number, label: string) {
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
