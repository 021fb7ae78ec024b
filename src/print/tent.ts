import type { Theme } from '../config/palette';
import {
  Sheet,
  art,
  brandBand,
  checkGreyContrast,
  faceSvg,
  fit,
  kitFile,
  placeLines,
  sources,
  type Edition,
  type KitCopy,
  type KitFace,
  type KitFile,
  type PrintMeta,
} from './kit-common';
import { stepsBlock, type StepsCopy } from './leaflet';

/** One A4 sheet, portrait, folded across its middle: two A5-landscape faces. */
export const TENT_SHEET = { widthMm: 210, heightMm: 297 } as const;
export const TENT_FOLD_MM = TENT_SHEET.heightMm / 2;

export interface TentCopy extends KitCopy, StepsCopy {
  headline: string;
  body: string;
  /** "Quét mã QR để cài …". */
  cta: string;
}

export interface TentLayout {
  /** The face guests read first: the invitation. */
  front: KitFace;
  /** The other side of the tent: how to install. */
  back: KitFace;
}

const ITEM = 'thẻ để bàn';

/**
 * The band both faces share: the app's name and the measure, or a local
 * edition's name, which a guest should read first. Returns its height.
 */
function band(s: Sheet, copy: TentCopy, edition: Edition | undefined, inner: number, x: number) {
  const { W, H, b } = s;
  const place = placeLines(copy, ITEM, inner, 0.7 * W, edition);
  const src = sources(copy, ITEM, place?.source);
  // The fold is this face's top edge: the band's text keeps clear of it as of any trim.
  const height = brandBand(
    s,
    copy,
    src,
    place,
    { x, inner, appY: b + 0.07 * H, gap: 0.01 * H, after: 0.045 * H },
    { app: [0.05, 0.035], kicker: [1, 0.022, 0.016] },
  );
  return { height, place, src };
}

function qrColumn(s: Sheet, copy: TentCopy, top: number, bottom: number, right: number, label: string) {
  const { W, H, theme } = s;
  const src = sources(copy, ITEM);
  const side = Math.min(480, bottom - top - 0.12 * H);
  const address = fit(
    label,
    { width: side + 0.06 * W, maxLines: 1, maxSize: 0.026 * W, minSize: 0.018 * W, weight: 700, lineHeight: 1.2 },
    src.settings('app.installUrl'),
  );
  const y = top + (bottom - top - side - 0.01 * H - address.height) / 2;
  s.place(right - side, y, side);
  const aw = side + 0.06 * W;
  s.text(
    'app.installUrl',
    right - side - 0.03 * W,
    y + side + 0.01 * H,
    aw,
    [address],
    [{ color: theme.primaryDark, fontWeight: 700 }],
    'center',
  );
  return side;
}

function basisLine(s: Sheet, copy: TentCopy, x: number, width: number) {
  const { W, H, b, theme } = s;
  const basis = fit(
    copy.basis,
    { width, maxLines: 1, maxSize: 0.016 * W, minSize: 0.012 * W, weight: 400, lineHeight: 1.3 },
    sources(copy, ITEM).content('basis'),
  );
  const y = b + H - 0.05 * H - basis.height;
  s.text('basis', x, y, width, [basis], [{ color: theme.ink }]);
  return y;
}

/** Lays out both faces. Each is an A5-landscape half of the sheet; the layout draws them upright. */
export function layoutTent(copy: TentCopy, theme: Theme, edition?: Edition): TentLayout {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  const make = () => new Sheet(TENT_SHEET.widthMm, TENT_FOLD_MM, theme);

  const front = make();
  const m = 120;
  const x = front.b + m;
  const inner = front.W - 2 * m;
  const top = band(front, copy, edition, inner, x);
  const basisY = basisLine(front, copy, x, inner);
  const qrSide = qrColumn(front, copy, top.height, basisY, x + inner, copy.installAddress);
  const textW = inner - qrSide - 0.06 * front.W;
  let y = top.height + 0.06 * front.H;
  const limit = basisY - 0.05 * front.H;
  const headline = fit(
    copy.headline,
    {
      width: textW,
      height: Math.min(0.34 * front.H, limit - y),
      maxLines: 3,
      maxSize: 0.06 * front.W,
      minSize: 0.04 * front.W,
      weight: 800,
      lineHeight: 1.12,
    },
    top.src.squeezed('kit.tent.headline'),
  );
  front.text('kit.tent.headline', x, y, textW, [headline], [{ color: theme.primaryDark, fontWeight: 800 }]);
  y += headline.height + 0.035 * front.H;
  const cta = fit(
    copy.cta,
    { width: textW, maxLines: 2, maxSize: 0.032 * front.W, minSize: 0.022 * front.W, weight: 800, lineHeight: 1.2 },
    top.src.content('poster.cta'),
  );
  const body = fit(
    copy.body,
    {
      width: textW,
      height: limit - y - cta.height - 0.03 * front.H,
      maxLines: 5,
      maxSize: 0.028 * front.W,
      minSize: 0.02 * front.W,
      weight: 400,
      lineHeight: 1.35,
    },
    top.src.squeezed('kit.tent.body'),
  );
  front.text('kit.tent.body', x, y, textW, [body], [{ color: theme.ink }]);
  y += body.height + 0.03 * front.H;
  front.text('poster.cta', x, y, textW, [cta], [{ color: theme.primaryDark, fontWeight: 800 }]);

  const back = make();
  const bTop = band(back, copy, edition, inner, x);
  const bBasisY = basisLine(back, copy, x, inner);
  const bQr = qrColumn(back, copy, bTop.height, bBasisY, x + inner, copy.installAddress);
  const bTextW = inner - bQr - 0.06 * back.W;
  let by = bTop.height + 0.05 * back.H;
  const title = fit(
    copy.title,
    { width: bTextW, maxLines: 1, maxSize: 0.04 * back.W, minSize: 0.028 * back.W, weight: 800, lineHeight: 1.15 },
    bTop.src.content('kit.steps'),
  );
  back.text('kit.stepsTitle', x, by, bTextW, [title], [{ color: theme.primaryDark, fontWeight: 800 }]);
  by += title.height + 0.035 * back.H;
  const details = bTop.place?.details ?? [];
  const detailsH = details.reduce((sum, d) => sum + d.height, 0);
  const stepsLimit = bBasisY - 0.04 * back.H - (detailsH ? detailsH + 0.03 * back.H : 0);
  stepsBlock(back, copy, { x, y: by, width: bTextW, room: stepsLimit - by, scale: 0.7 * back.W }, ITEM, bTop.place);
  if (detailsH) back.text('edition', x, stepsLimit + 0.03 * back.H, bTextW, details, [{ color: theme.ink }]);
  return { front: front.face(), back: back.face() };
}

/**
 * The tent as one A4 page: the front face on the lower half, upright; the
 * back face on the upper half, turned 180°, so both read upright once the
 * sheet is folded on the dashed marks and stood on the table. One-sided.
 */
export async function tentFile(copy: TentCopy, theme: Theme, meta: PrintMeta, edition?: Edition): Promise<KitFile> {
  const layout = layoutTent(copy, theme, edition);
  const qrUrl = edition?.qrUrl ?? copy.qrUrl;
  const [front, back] = [await faceSvg(layout.front, qrUrl), await faceSvg(layout.back, qrUrl)];
  const fold = TENT_FOLD_MM;
  const wide = TENT_SHEET.widthMm + 20;
  return kitFile(
    [
      {
        trimMm: { width: TENT_SHEET.widthMm, height: TENT_SHEET.heightMm },
        art: [
          art(layout.back, back, 0, 0, { rotate: 180, clipMm: { x: -10, y: -10, width: wide, height: fold + 10 } }),
          art(layout.front, front, 0, fold, { clipMm: { x: -10, y: fold, width: wide, height: fold + 10 } }),
        ],
        foldsMm: { y: [fold] },
      },
    ],
    meta,
    [front, back],
  );
}

export const tentPdf = async (copy: TentCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await tentFile(copy, theme, meta, edition)).pdf;
