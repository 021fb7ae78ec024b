import { fittedLines } from '../render/element';
import type { CopySource } from '../render/draw';
import type { Theme } from '../config/palette';
import {
  Sheet,
  addressFit,
  appNameFit,
  posterBands,
  posterBasis,
  qrPanel,
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

/**
 * Lays out one poster. Copy that cannot fit its box stops the build, naming the measure and field.
 * A local edition prints the place's name, hotline and address in a band above the QR panel; the
 * campaign's copy then gets less room, and a name too long for both names the edition's field.
 */
export function layoutPoster(copy: PosterCopy, paper: PaperSize, palette: Theme, edition?: Edition): PosterLayout {
  const s = Sheet.poster(paper, palette);
  const { W, H, b, x, inner } = s;
  const item = `biện pháp ${copy.measureNumber}, áp phích ${paper.toUpperCase()}`;
  const src = (field: string): CopySource => ({ file: copy.file, field, label: item });
  const settings = (field: string): CopySource => ({ ...src(field), file: copy.settingsFile });
  const bandH = b + 0.15 * H;
  const panelTop = b + 0.64 * H;
  posterBands(s, bandH, panelTop);

  const band = s.column(x, b + 0.025 * H, inner);
  band.put('app.name', copy.appName.toLocaleUpperCase('vi'), appNameFit(s), settings('app.name'), {
    color: palette.onDark,
    fontWeight: 800,
    letterSpacing: 2,
  });
  band.skip(0.01 * H);
  const kickerFit = { maxLines: 2, maxSize: 0.026 * W, minSize: 0.018 * W, weight: 700, lineHeight: 1.2 } as const;
  band.put('title', copy.kicker.toLocaleUpperCase('vi'), kickerFit, src('title'), {
    color: palette.onDark,
    fontWeight: 700,
  });

  const main = s.column(x, bandH + 0.05 * H, inner);
  const headlineFit = { height: 0.27 * H, maxLines: 3, maxSize: 0.085 * W, minSize: 0.05 * W, weight: 800 } as const;
  main.put('poster.headline', copy.headline, { ...headlineFit, lineHeight: 1.12 }, src('poster.headline'), {
    color: palette.primaryDark,
    fontWeight: 800,
  });
  main.skip(0.03 * H);
  // The rule beside the place's name, and the gutter after it.
  const rule = 0.012 * W;
  const gutter = 0.025 * W;
  const place = edition
    ? editionLines(edition, inner - rule - gutter, W, { hotline: copy.hotlineLabel, item })
    : undefined;
  const placeTop = place ? panelTop - 0.035 * H - place.height : panelTop;
  const bodyFit = {
    height: Math.min(0.2 * H, placeTop - 0.025 * H - main.y),
    maxLines: 6,
    maxSize: 0.042 * W,
    minSize: 0.028 * W,
    weight: 400,
    lineHeight: 1.35,
  } as const;
  const bodySource = place ? { ...src('poster.body'), ...place.source } : src('poster.body');
  main.put('poster.body', copy.body, bodyFit, bodySource, { color: palette.ink, fontWeight: 400 });

  const { qrSide, cta } = qrPanel(s, panelTop, 0.3);
  const ctaFit = { height: qrSide * 0.62, maxLines: 3, maxSize: 0.055 * W, minSize: 0.032 * W, weight: 800 } as const;
  cta.put('poster.cta', copy.cta, { ...ctaFit, lineHeight: 1.15 }, src('poster.cta'), {
    color: palette.onDark,
    fontWeight: 800,
  });
  cta.skip(0.02 * H);
  cta.put('app.installUrl', copy.addressLabel, addressFit(s, 2), settings('app.installUrl'), {
    color: palette.accent,
    fontWeight: 700,
  });
  posterBasis(s, copy.basis, src('basis'));

  if (place) {
    // The rule is its own box: satori draws a border as a clipped group the PDF writer does not take.
    s.fill({ x, y: placeTop, width: rule, height: place.height }, palette.accent);
    s.block('edition', { x: x + rule + gutter, y: placeTop, width: inner - rule - gutter, height: place.height }, [
      ...fittedLines(place.name, { color: palette.primaryDark, fontWeight: 800 }),
      ...place.details.flatMap((d) => fittedLines(d, { color: palette.ink, fontWeight: 400 })),
    ]);
  }
  return { ...s.face(), qr: s.qr! };
}
