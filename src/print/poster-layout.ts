import { fittedLines } from '../render/element';
import { fitText } from '../render/fit-text';
import { LoaContentError } from '../core/errors';
import { mmText, ptText } from './units';
import type { CopySource } from '../render/draw';
import type { Theme } from '../config/palette';
import {
  Sheet,
  posterAddress,
  posterAppName,
  posterBands,
  posterBasis,
  qrPanel,
  type MeasurePrintCopy,
  type PosterLayout,
} from './sheet';
import type { PaperSize } from '../manifest/build';
import { editionLines, type Edition, type EditionLines } from './edition';

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
  const { W, H, b } = s;
  const item = `biện pháp ${copy.measureNumber}, áp phích ${paper.toUpperCase()}`;
  const src = (field: string): CopySource => ({ file: copy.file, field, label: item });
  const settings = (field: string): CopySource => ({ ...src(field), file: copy.settingsFile });
  const bandH = b + 0.15 * H;
  const panelTop = b + 0.64 * H;
  posterBands(s, bandH, panelTop);

  const band = posterAppName(s, copy.appName, settings('app.name'));
  const kickerFit = { maxLines: 2, maxSize: 0.026 * W, minSize: 0.018 * W, weight: 700, lineHeight: 1.2 } as const;
  const kickerStyle = { color: palette.onDark, fontWeight: 700 };
  band.skip(0.01 * H).put('title', copy.kicker.toLocaleUpperCase('vi'), kickerFit, src('title'), kickerStyle);

  const place = message(s, copy, bandH + 0.05 * H, panelTop, src, item, edition);

  const { qrSide, cta } = qrPanel(s, panelTop, 0.3);
  const ctaFit = { height: qrSide * 0.62, maxLines: 3, maxSize: 0.055 * W, minSize: 0.032 * W, weight: 800 } as const;
  const ctaStyle = { color: palette.onDark, fontWeight: 800 };
  cta.put('poster.cta', copy.cta, { ...ctaFit, lineHeight: 1.15 }, src('poster.cta'), ctaStyle);
  posterAddress(cta.skip(0.02 * H), copy.addressLabel, 2, settings('app.installUrl'));
  posterBasis(s, copy.basis, src('basis'));
  if (place) placeLines(s, place.lines, place.top);
  return { ...s.face(), qr: s.qr! };
}

/**
 * The headline and the body in the white area. A local edition's name and
 * details sit above the panel and take their room from the body; returns them
 * and their top, drawn last.
 */
function message(
  s: Sheet,
  copy: PosterCopy,
  top: number,
  panelTop: number,
  src: (field: string) => CopySource,
  item: string,
  edition?: Edition,
) {
  const { W, H, x, inner, theme } = s;
  const main = s.column(x, top, inner);
  const headlineFit = { height: 0.27 * H, maxLines: 3, maxSize: 0.085 * W, minSize: 0.05 * W, weight: 800 } as const;
  const headlineStyle = { color: theme.primaryDark, fontWeight: 800 };
  const bodyFit = { maxLines: 6, maxSize: 0.042 * W, minSize: 0.028 * W, weight: 400, lineHeight: 1.35 } as const;
  const bodyStyle = { color: theme.ink, fontWeight: 400 };
  const headline = main.fit(copy.headline, { ...headlineFit, lineHeight: 1.12 }, src('poster.headline'));
  if (!edition) {
    main.draw('poster.headline', headline, headlineStyle).skip(0.03 * H);
    const body = { ...bodyFit, height: Math.min(0.2 * H, panelTop - 0.025 * H - main.y) };
    main.put('poster.body', copy.body, body, src('poster.body'), bodyStyle);
    return undefined;
  }
  // A place's name and details take their room from the body. Before anything is refused the
  // layout makes room: the body goes smaller, then the place's lines, then the headline.
  const labels = { hotline: copy.hotlineLabel, item };
  const width = inner - RULE * W - GUTTER * W;
  const smallerBody = { ...bodyFit, maxLines: 8, minSize: 0.022 * W };
  const smallerHeadline = { ...headlineFit, height: 0.2 * H, maxSize: 0.065 * W, minSize: 0.04 * W, lineHeight: 1.12 };
  let place: EditionLines | undefined;
  for (const [compact, fit, headlineBox] of [
    [false, bodyFit, undefined],
    [false, smallerBody, undefined],
    [true, smallerBody, undefined],
    [true, smallerBody, smallerHeadline],
  ] as const) {
    const title = headlineBox ? fitText(copy.headline, { width: inner, ...headlineBox }) : headline;
    if (!title) continue;
    place = editionLines(edition, width, W, labels, compact);
    const placeTop = panelTop - 0.035 * H - place.height;
    const bodyTop = main.y + title.height + 0.03 * H;
    const body = fitText(copy.body, {
      width: inner,
      ...fit,
      height: Math.min(0.2 * H, placeTop - 0.025 * H - bodyTop),
    });
    if (body) {
      main.draw('poster.headline', title, headlineStyle).skip(0.03 * H);
      main.draw('poster.body', body, bodyStyle);
      return { lines: place, top: placeTop };
    }
  }
  throw new LoaContentError(
    place!.source.file,
    place!.source.field,
    `${item}: tên, đường dây nóng và địa chỉ của đơn vị chiếm ${mmText(place!.height)} chiều cao, ` +
      `phần lời chính của áp phích không còn vừa 8 dòng kể cả ở cỡ chữ ${ptText(smallerBody.minSize)}`,
    'rút gọn tên đơn vị (viết tắt phần chung) hoặc địa chỉ',
  );
}

/** The rule beside a place's name, and the gutter after it, as shares of the width. */
const RULE = 0.012;
const GUTTER = 0.025;

/** A local edition's name and details behind an accent rule. */
function placeLines(s: Sheet, place: EditionLines, top: number) {
  const { W, x, inner, theme } = s;
  const [rule, gutter] = [RULE * W, GUTTER * W];
  // The rule is its own box: satori draws a border as a clipped group the PDF writer does not take.
  s.fill({ x, y: top, width: rule, height: place.height }, theme.accent);
  s.block('edition', { x: x + rule + gutter, y: top, width: inner - rule - gutter, height: place.height }, [
    ...fittedLines(place.name, { color: theme.primaryDark, fontWeight: 800 }),
    ...place.details.flatMap((d) => fittedLines(d, { color: theme.ink, fontWeight: 400 })),
  ]);
}
