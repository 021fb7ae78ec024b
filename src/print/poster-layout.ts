import { fittedLines, h } from '../render/element';
import { fitOrFail, type CopySource } from '../render/draw';
import type { FittedText } from '../render/fit-text';
import type { Theme } from '../config/palette';
import {
  addressFit,
  appNameFit,
  basisBox,
  basisFit,
  posterBands,
  posterFrame,
  qrPanel,
  textBlocks,
  type Box,
  type MeasurePrintCopy,
  type PosterLayout,
} from './sheet';
import type { PaperSize } from '../manifest/build';
import { editionLines, type Edition } from './edition';

export interface PosterCopy extends MeasurePrintCopy {
  headline: string;
  body: string;
  cta: string;
  /** Short address printed under the call to action, e.g. "app.gov.vn". */
  addressLabel: string;
}

const lines = (fit: FittedText, style: Record<string, unknown>) => fittedLines(fit, style);

/**
 * Lays out one poster. Copy that cannot fit its box stops the build, naming the measure and field.
 * A local edition prints the place's name, hotline and address in a band above the QR panel; the
 * campaign's copy then gets less room, and a name too long for both names the edition's field.
 */
export function layoutPoster(copy: PosterCopy, paper: PaperSize, palette: Theme, edition?: Edition): PosterLayout {
  const frame = posterFrame(paper);
  const { W, H, b, m, width, height, inner } = frame;
  const src = (field: string): CopySource => ({
    file: copy.file,
    field,
    label: `biện pháp ${copy.measureNumber}, áp phích ${paper.toUpperCase()}`,
  });
  const textBoxes: PosterLayout['textBoxes'] = [];
  const block = textBlocks(textBoxes);

  const bandH = b + 0.15 * H;
  const app = fitOrFail(copy.appName.toLocaleUpperCase('vi'), appNameFit(frame, inner), {
    ...src('app.name'),
    file: copy.settingsFile,
  });
  const kicker = fitOrFail(
    copy.kicker.toLocaleUpperCase('vi'),
    { width: inner, maxLines: 2, maxSize: 0.026 * W, minSize: 0.018 * W, weight: 700, lineHeight: 1.2 },
    src('title'),
  );

  const headTop = bandH + 0.05 * H;
  const headBox: Box = { x: b + m, y: headTop, width: inner, height: 0.27 * H };
  const headline = fitOrFail(
    copy.headline,
    {
      width: inner,
      height: headBox.height,
      maxLines: 3,
      maxSize: 0.085 * W,
      minSize: 0.05 * W,
      weight: 800,
      lineHeight: 1.12,
    },
    src('poster.headline'),
  );
  const panelTop = b + 0.64 * H;
  const rule = 0.012 * W;
  const gutter = 0.025 * W;
  const place = edition
    ? editionLines(edition, inner - rule - gutter, W, {
        hotline: copy.hotlineLabel,
        item: `biện pháp ${copy.measureNumber}, áp phích ${paper.toUpperCase()}`,
      })
    : undefined;
  const placeTop = place ? panelTop - 0.035 * H - place.height : panelTop;
  const bodyTop = headTop + headline.height + 0.03 * H;
  const bodyRoom = Math.min(0.2 * H, placeTop - 0.025 * H - bodyTop);
  const bodyBox: Box = { x: b + m, y: bodyTop, width: inner, height: bodyRoom };
  const body = fitOrFail(
    copy.body,
    {
      width: inner,
      height: bodyBox.height,
      maxLines: 6,
      maxSize: 0.042 * W,
      minSize: 0.028 * W,
      weight: 400,
      lineHeight: 1.35,
    },
    place ? { ...src('poster.body'), ...place.source } : src('poster.body'),
  );

  const { qrSide, qr, ctaWidth } = qrPanel(frame, panelTop, 0.3);
  const cta = fitOrFail(
    copy.cta,
    {
      width: ctaWidth,
      height: qrSide * 0.62,
      maxLines: 3,
      maxSize: 0.055 * W,
      minSize: 0.032 * W,
      weight: 800,
      lineHeight: 1.15,
    },
    src('poster.cta'),
  );
  const address = fitOrFail(copy.addressLabel, addressFit(frame, ctaWidth, 2), {
    ...src('app.installUrl'),
    file: copy.settingsFile,
  });
  const basis = fitOrFail(copy.basis, basisFit(frame), src('basis'));

  const node = h(
    'div',
    { style: { width, height, position: 'relative', background: palette.paper, color: palette.ink } },
    ...posterBands(frame, bandH, panelTop, palette),
    block(
      'app.name',
      { x: b + m, y: b + 0.025 * H, width: inner, height: app.height },
      lines(app, { color: palette.onDark, fontWeight: 800, letterSpacing: 2 }),
    ),
    block(
      'title',
      { x: b + m, y: b + 0.025 * H + app.height + 0.01 * H, width: inner, height: kicker.height },
      lines(kicker, { color: palette.onDark, fontWeight: 700 }),
    ),
    block(
      'poster.headline',
      { ...headBox, height: headline.height },
      lines(headline, { color: palette.primaryDark, fontWeight: 800 }),
    ),
    block('poster.body', { ...bodyBox, height: body.height }, lines(body, { color: palette.ink, fontWeight: 400 })),
    block(
      'poster.cta',
      { x: b + m, y: qr.y, width: ctaWidth, height: cta.height },
      lines(cta, { color: palette.onDark, fontWeight: 800 }),
    ),
    block(
      'app.installUrl',
      { x: b + m, y: qr.y + cta.height + 0.02 * H, width: ctaWidth, height: address.height },
      lines(address, { color: palette.accent, fontWeight: 700 }),
    ),
    block('basis', basisBox(frame, basis.height), lines(basis, { color: palette.onDark, fontWeight: 400 })),
    // The rule is its own box: satori draws a border as a clipped group the PDF writer does not take.
    place &&
      h('div', {
        style: {
          position: 'absolute',
          left: b + m,
          top: placeTop,
          width: rule,
          height: place.height,
          background: palette.accent,
        },
      }),
    place &&
      block('edition', { x: b + m + rule + gutter, y: placeTop, width: inner - rule - gutter, height: place.height }, [
        ...lines(place.name, { color: palette.primaryDark, fontWeight: 800 }),
        ...place.details.flatMap((d) => lines(d, { color: palette.ink, fontWeight: 400 })),
      ]),
  );
  return { node, width, height, trim: { x: b, y: b, width: W, height: H }, qr, textBoxes };
}
