import type { Theme } from '../config/palette';
import { fitOrFail } from '../render/draw';
import { Sheet } from './sheet';
import {
  art,
  brandBand,
  checkGreyContrast,
  faceSvg,
  kitFile,
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
 * What both faces share: the band with the app's name and the measure, or a
 * local edition's name, which a guest should read first; the basis at the
 * foot; the QR code at the right. Returns the column left for the face's text,
 * from `gap` under the band.
 */
function tentFace(copy: TentCopy, theme: Theme, edition: Edition | undefined, gap: number) {
  const s = new Sheet(TENT_SHEET.widthMm, TENT_FOLD_MM, theme, 120);
  const { W, H, b, x, inner } = s;
  // The fold is this face's top edge: the band's text keeps clear of it as of any trim.
  const band = { scale: 0.7 * W, appY: b + 0.07 * H, gap: 0.01 * H, after: 0.045 * H };
  const sizes = { app: [0.05, 0.035], kicker: [1, 0.022, 0.016] } as const;
  const { height: bandH, place, src } = brandBand(s, copy, ITEM, edition, band, sizes);
  const basisY = basisLine(s, copy);
  const qrSide = qrColumn(s, copy, bandH, basisY);
  const col = s.column(x, bandH + gap * H, inner - qrSide - 0.06 * W);
  return { s, col, basisY, place, src };
}

/** The QR code at the face's right, centred between band and basis, the install address under it. */
function qrColumn(s: Sheet, copy: TentCopy, top: number, bottom: number) {
  const { W, H, theme } = s;
  const right = s.x + s.inner;
  const side = Math.min(480, bottom - top - 0.12 * H);
  const width = side + 0.06 * W;
  const addressFit = { width, maxLines: 1, maxSize: 0.026 * W, minSize: 0.018 * W, weight: 700 } as const;
  const address = fitOrFail(
    copy.installAddress,
    { ...addressFit, lineHeight: 1.2 },
    sources(copy, ITEM).settings('app.installUrl'),
  );
  const y = top + (bottom - top - side - 0.01 * H - address.height) / 2;
  s.place(right - side, y, side);
  const style = { color: theme.primaryDark, fontWeight: 700 };
  s.text('app.installUrl', right - side - 0.03 * W, y + side + 0.01 * H, width, [address], [style], {
    align: 'center',
  });
  return side;
}

function basisLine(s: Sheet, copy: TentCopy) {
  const { W, H, b, x, inner, theme } = s;
  const basis = fitOrFail(
    copy.basis,
    { width: inner, maxLines: 1, maxSize: 0.016 * W, minSize: 0.012 * W, weight: 400, lineHeight: 1.3 },
    sources(copy, ITEM).content('basis'),
  );
  const y = b + H - 0.05 * H - basis.height;
  s.text('basis', x, y, inner, [basis], [{ color: theme.ink }]);
  return y;
}

/** Lays out both faces. Each is an A5-landscape half of the sheet; the layout draws them upright. */
export function layoutTent(copy: TentCopy, theme: Theme, edition?: Edition): TentLayout {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  return { front: tentFront(copy, theme, edition), back: tentBack(copy, theme, edition) };
}

/** The invitation: headline, body, and the call to action at the foot of the column. */
function tentFront(copy: TentCopy, theme: Theme, edition?: Edition): KitFace {
  const { s, col, basisY, src } = tentFace(copy, theme, edition, 0.06);
  const { W, H } = s;
  col.bottom = basisY - 0.05 * H;
  const headlineFit = { maxLines: 3, maxSize: 0.06 * W, minSize: 0.04 * W, weight: 800, lineHeight: 1.12 } as const;
  const headlineH = Math.min(0.34 * H, col.room);
  col.put(
    'kit.tent.headline',
    copy.headline,
    { ...headlineFit, height: headlineH },
    src.squeezed('kit.tent.headline'),
    { color: theme.primaryDark, fontWeight: 800 },
    0.035 * H,
  );
  const ctaFit = { maxLines: 2, maxSize: 0.032 * W, minSize: 0.022 * W, weight: 800, lineHeight: 1.2 } as const;
  const cta = col.fit(copy.cta, ctaFit, src.content('poster.cta'));
  const bodyFit = { maxLines: 5, maxSize: 0.028 * W, minSize: 0.02 * W, weight: 400, lineHeight: 1.35 } as const;
  const body = { ...bodyFit, height: col.room - cta.height - 0.03 * H };
  col.put('kit.tent.body', copy.body, body, src.squeezed('kit.tent.body'), { color: theme.ink }, 0.03 * H);
  col.draw('poster.cta', cta, { color: theme.primaryDark, fontWeight: 800 });
  return s.face();
}

/** How to install: the steps beside the QR code, a local edition's hotline and address under them. */
function tentBack(copy: TentCopy, theme: Theme, edition?: Edition): KitFace {
  const { s, col, basisY, place, src } = tentFace(copy, theme, edition, 0.05);
  const { W, H } = s;
  const titleFit = { maxLines: 1, maxSize: 0.04 * W, minSize: 0.028 * W, weight: 800, lineHeight: 1.15 } as const;
  const style = { color: theme.primaryDark, fontWeight: 800 };
  col.put('kit.stepsTitle', copy.title, titleFit, src.content('kit.steps'), style, 0.035 * H);
  const details = place?.details ?? [];
  const detailsH = details.reduce((sum, d) => sum + d.height, 0);
  const stepsLimit = basisY - 0.04 * H - (detailsH ? detailsH + 0.03 * H : 0);
  const at = { x: col.x, y: col.y, width: col.width, room: stepsLimit - col.y, scale: 0.7 * W };
  stepsBlock(s, copy, at, ITEM, place);
  if (detailsH) s.text('edition', col.x, stepsLimit + 0.03 * H, col.width, details, [{ color: theme.ink }]);
  return s.face();
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
