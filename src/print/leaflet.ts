import type { Theme } from '../config/palette';
import { fitOrFail, type CopySource } from '../render/draw';
import type { FittedText } from '../render/fit-text';
import { fitText } from '../render/fit-text';
import type { EditionLines } from './edition';
import { LoaContentError } from '../core/errors';
import { Sheet, type Column } from './sheet';
import {
  art,
  brandBand,
  ctaBesideQr,
  checkGreyContrast,
  faceSvg,
  kitFile,
  numbered,
  placeLines,
  sources,
  type Edition,
  type KitCopy,
  type KitFace,
  type KitFile,
  type PrintMeta,
} from './kit-common';

/** ISO A5, and the A4 sheet that carries two of them side by side. */
export const A5 = { widthMm: 148, heightMm: 210 } as const;
export const A4_LANDSCAPE = { widthMm: 297, heightMm: 210 } as const;
/** Between the two leaflets of a sheet: two cuts this far apart, so each keeps a sliver of its own bleed. */
export const GUTTER_MM = A4_LANDSCAPE.widthMm - 2 * A5.widthMm;

export interface StepsCopy {
  /** "Cài … trong 3 bước". */
  title: string;
  steps: string[];
  /** Where the steps are written, for error messages: the measure's kit.steps or the settings' app.installSteps. */
  stepsFile: string;
  stepsField: string;
}

export interface LeafletCopy extends KitCopy, StepsCopy {
  headline: string;
  body: string;
  points: string[];
  help: string;
  /** "Quét mã QR để cài …", beside the QR code. */
  cta: string;
  /** "Cách cài và mã QR ở mặt sau". */
  turnOver: string;
  /** "Cần giúp đỡ?". */
  helpTitle: string;
}

export interface LeafletLayout {
  front: KitFace;
  back: KitFace;
}

const ITEM = 'tờ rơi A5';

/**
 * Fits several texts at one common size (a list reads evenly), the largest
 * at which each takes at most maxLines and all together fit `room`.
 */
export function fitList(
  texts: string[],
  box: {
    width: number;
    maxLines: number;
    maxSize: number;
    minSize: number;
    weight: 400 | 700 | 800;
    lineHeight: number;
  },
  room: number,
  gap: (fit: FittedText) => number,
  source: (i: number) => CopySource,
): FittedText[] {
  // A letter no font draws must be named as such, not reported as "too long".
  texts.forEach((t, i) => fitOrFail(t, { ...box, minSize: 1, maxLines: 99 }, source(i)));
  for (let size = box.maxSize; size >= box.minSize; size--) {
    const fits = texts.map((t) => fitText(t, { ...box, maxSize: size, minSize: size }));
    if (fits.some((f) => !f)) continue;
    const total = fits.reduce((s, f) => s + f!.height + gap(f!), 0) - gap(fits.at(-1)!);
    if (total <= room) return fits as FittedText[];
  }
  const longest = texts.reduce((a, t, i) => (t.length > texts[a].length ? i : a), 0);
  const s = source(longest);
  throw new LoaContentError(
    s.file,
    s.field,
    `${s.label}: chữ quá dài, các dòng không vừa chỗ kể cả ở cỡ chữ nhỏ nhất ${Math.round(box.minSize)}px`,
    'rút gọn câu chữ hoặc bớt một ý',
  );
}

/** Lays out both sides of the leaflet. Copy that does not fit stops with the file and field to shorten. */
export function layoutLeaflet(copy: LeafletCopy, theme: Theme, edition?: Edition): LeafletLayout {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  return { front: leafletFront(copy, theme, edition), back: leafletBack(copy, theme, edition) };
}

function leafletFront(copy: LeafletCopy, theme: Theme, edition?: Edition): KitFace {
  const s = new Sheet(A5.widthMm, A5.heightMm, theme, 100);
  const { W, H, b, m, x, inner } = s;
  // A local edition's name takes the kicker's place in the band: residents read whose leaflet it is first.
  const band = { scale: W, appY: b + 0.03 * H, gap: 0.008 * H, after: 0.03 * H };
  const sizes = { app: [0.075, 0.05], kicker: [2, 0.03, 0.022] } as const;
  const { height: bandH, place, src } = brandBand(s, copy, ITEM, edition, band, sizes);

  // The panel at the foot is laid out from the bottom up; the message takes the room above it.
  const foot = s.column(x, 0, inner);
  const turnFit = { maxLines: 2, maxSize: 0.045 * W, minSize: 0.032 * W, weight: 800, lineHeight: 1.2 } as const;
  const turn = foot.fit(copy.turnOver, turnFit, src.content('kit.leaflet'));
  const addressFit = { maxLines: 1, maxSize: 0.05 * W, minSize: 0.03 * W, weight: 700, lineHeight: 1.2 } as const;
  const address = foot.fit(copy.installAddress, addressFit, src.settings('app.installUrl'));
  const basis = foot.fit(copy.basis, BASIS_FIT(W), src.content('basis'));
  const basisY = b + H - 0.6 * m - basis.height;
  const addressY = basisY - 0.025 * H - address.height;
  const turnY = addressY - 0.008 * H - turn.height;
  const panelTop = turnY - 0.03 * H;

  const col = s.column(x, bandH + 0.045 * H, inner, panelTop - 0.025 * H);
  const headlineFit = { maxLines: 3, maxSize: 0.08 * W, minSize: 0.055 * W, weight: 800, lineHeight: 1.12 } as const;
  const headlineH = Math.min((place ? 0.16 : 0.2) * H, col.room);
  col.put(
    'kit.leaflet.headline',
    copy.headline,
    { ...headlineFit, height: headlineH },
    src.squeezed('kit.leaflet.headline'),
    { color: theme.primaryDark, fontWeight: 800 },
    0.025 * H,
  );
  const bodyFit = { maxLines: 7, maxSize: 0.036 * W, minSize: 0.027 * W, weight: 400, lineHeight: 1.4 } as const;
  const bodyH = Math.min(0.22 * H, col.room);
  const body = { ...bodyFit, height: bodyH };
  col.put('kit.leaflet.body', copy.body, body, src.squeezed('kit.leaflet.body'), { color: theme.ink }, 0.022 * H);
  if (copy.points.length) pointsList(s, copy, col, src);

  s.fill({ x: 0, y: panelTop, width: s.width, height: s.height - panelTop }, theme.primaryDark);
  s.text('kit.leaflet.turnOver', x, turnY, inner, [turn], [{ color: theme.onDark, fontWeight: 800 }]);
  s.text('app.installUrl', x, addressY, inner, [address], [{ color: theme.accent, fontWeight: 700 }]);
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.onDark }]);
  return s.face();
}

/** The legal basis at the foot of either side. */
const BASIS_FIT = (W: number) =>
  ({ maxLines: 2, maxSize: 0.023 * W, minSize: 0.018 * W, weight: 400, lineHeight: 1.3 }) as const;

/** The leaflet's points, each behind a square bullet, at one size in what is left of the column. */
function pointsList(s: Sheet, copy: LeafletCopy, col: Column, src: ReturnType<typeof sources>) {
  const { W, H, theme } = s;
  const bullet = 0.018 * W;
  const gap = 0.012 * H;
  const points = fitList(
    copy.points,
    {
      width: col.width - 3 * bullet,
      maxLines: 2,
      maxSize: 0.034 * W,
      minSize: 0.027 * W,
      weight: 700,
      lineHeight: 1.3,
    },
    col.room,
    () => gap,
    (i) => src.squeezed(`kit.leaflet.points[${i}]`),
  );
  const text = s.column(col.x + 2 * bullet, col.y, col.width - 2 * bullet);
  points.forEach((p, i) => {
    s.fill({ x: col.x, y: text.y + (p.size * 1.3 - bullet) / 2, width: bullet, height: bullet }, theme.accent);
    text.draw(`kit.leaflet.points[${i}]`, p, { color: theme.ink, fontWeight: 700 }, gap);
  });
}

/** The install steps under a band title; shared with the tent's second face. Returns the y below them. */
export function stepsBlock(
  s: Sheet,
  copy: StepsCopy & KitCopy,
  at: { x: number; y: number; width: number; room: number; scale: number },
  item: string,
  place?: EditionLines,
): number {
  const theme = s.theme;
  const src = sources(copy, item, place?.source);
  const gap = 0.022 * at.scale;
  const steps = fitList(
    copy.steps,
    {
      width: at.width - 0.08 * at.scale,
      maxLines: 3,
      maxSize: 0.04 * at.scale,
      minSize: 0.026 * at.scale,
      weight: 400,
      lineHeight: 1.3,
    },
    at.room,
    // A number's square is 1.5 lines tall: a one-line step takes the square's height.
    (f) => Math.max(0, f.size * 1.5 - f.height) + gap,
    (i) =>
      place
        ? src.squeezed(`${copy.stepsField}[${i}]`)
        : { file: copy.stepsFile, field: `${copy.stepsField}[${i}]`, label: src.label },
  );
  const height = numbered(
    s,
    steps,
    { x: at.x, y: at.y, width: at.width, gap },
    { square: theme.primaryDark, number: theme.onDark, text: theme.ink },
    (i) => ({ file: copy.stepsFile, field: `${copy.stepsField}[${i}]`, label: src.label }),
  );
  return at.y + height;
}

function leafletBack(copy: LeafletCopy, theme: Theme, edition?: Edition): KitFace {
  const s = new Sheet(A5.widthMm, A5.heightMm, theme, 100);
  const { W, H, b, m, x, inner } = s;
  const place = placeLines(copy, ITEM, inner - 0.08 * W, W, edition);
  const src = sources(copy, ITEM, place?.source);

  const top = s.column(x, b + 0.035 * H, inner);
  const titleFit = { maxLines: 2, maxSize: 0.062 * W, minSize: 0.042 * W, weight: 800, lineHeight: 1.15 } as const;
  const title = top.fit(copy.title, titleFit, src.content('kit.steps'));
  const bandH = top.y + title.height + 0.03 * H;
  s.fill({ x: 0, y: 0, width: s.width, height: bandH }, theme.primaryDark);
  top.draw('kit.stepsTitle', title, { color: theme.onDark, fontWeight: 800 });

  const basis = top.fit(copy.basis, BASIS_FIT(W), src.content('basis'));
  const basisY = b + H - 0.6 * m - basis.height;

  // The help panel sits at the foot; the QR row above it; the steps take what is left at the top.
  const helpTop = helpPanel(s, copy, basisY, src, place);
  const qrSide = 420;
  const qrTop = helpTop - 0.03 * H - qrSide;
  const qr = s.place(x, qrTop, qrSide);
  const words = { cta: copy.cta, address: copy.installAddress, src };
  ctaBesideQr(s, qr, words, { cta: [0.05, 0.034], address: [0.042, 0.026] });

  const stepsTop = bandH + 0.04 * H;
  stepsBlock(s, copy, { x, y: stepsTop, width: inner, room: qrTop - 0.03 * H - stepsTop, scale: W }, ITEM, place);
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.ink }]);
  return s.face();
}

/** Whom to ask for help, in a tinted panel above the basis; returns the panel's top. */
function helpPanel(
  s: Sheet,
  copy: LeafletCopy,
  basisY: number,
  src: ReturnType<typeof sources>,
  place: EditionLines | undefined,
): number {
  const { W, H, x, inner, theme } = s;
  const pad = 0.045 * W;
  const col = s.column(x + pad, 0, inner - 2 * pad);
  const titleFit = { maxLines: 1, maxSize: 0.045 * W, minSize: 0.035 * W, weight: 800, lineHeight: 1.2 } as const;
  const title = col.fit(copy.helpTitle, titleFit, src.content('kit.leaflet.help'));
  // The place's name is on the front; here its hotline and address say whom to call.
  const details = place?.details ?? [];
  const detailsH = details.reduce((sum, d) => sum + d.height, 0);
  const helpFit = { maxLines: detailsH ? 3 : 5, maxSize: 0.035 * W, minSize: 0.027 * W, weight: 400 } as const;
  const help = col.fit(copy.help, { ...helpFit, lineHeight: 1.35 }, src.squeezed('kit.leaflet.help'));
  const height = pad + title.height + 0.01 * H + help.height + (detailsH ? 0.012 * H + detailsH : 0) + pad;
  const top = basisY - 0.025 * H - height;
  s.fill({ x, y: top, width: inner, height }, theme.tint);
  s.fill({ x, y: top, width: 0.012 * W, height }, theme.accent);
  col.y = top + pad;
  col.draw('kit.helpTitle', title, { color: theme.primaryDark, fontWeight: 800 }, 0.01 * H);
  col.draw('kit.leaflet.help', help, { color: theme.ink });
  if (detailsH) col.skip(0.012 * H).draw('edition', details, { color: theme.ink });
  return top;
}

async function drawn(copy: LeafletCopy, theme: Theme, edition?: Edition) {
  const layout = layoutLeaflet(copy, theme, edition);
  const qrUrl = edition?.qrUrl ?? copy.qrUrl;
  return {
    layout,
    front: await faceSvg(layout.front, qrUrl),
    back: await faceSvg(layout.back, qrUrl),
  };
}

/** The leaflet as a two-page A5 PDF: front, then back (print both sides, flip on the long edge). */
export async function leafletFile(
  copy: LeafletCopy,
  theme: Theme,
  meta: PrintMeta,
  edition?: Edition,
): Promise<KitFile> {
  const d = await drawn(copy, theme, edition);
  const trimMm = { width: A5.widthMm, height: A5.heightMm };
  return kitFile(
    [
      { trimMm, art: [art(d.layout.front, d.front, 0, 0)] },
      { trimMm, art: [art(d.layout.back, d.back, 0, 0)] },
    ],
    meta,
    [d.front, d.back],
  );
}

export const leafletPdf = async (copy: LeafletCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await leafletFile(copy, theme, meta, edition)).pdf;

/**
 * Two leaflets on an A4 sheet, landscape: page 1 the fronts, page 2 the
 * backs. The two are alike and sit symmetrically about the sheet's middle,
 * so a back lands behind its front when the sheet is turned over its short
 * edge. Each is clipped at the middle so neither's bleed paints the other.
 */
export async function leafletSheetFile(
  copy: LeafletCopy,
  theme: Theme,
  meta: PrintMeta,
  edition?: Edition,
): Promise<KitFile> {
  const d = await drawn(copy, theme, edition);
  const trimMm = { width: A4_LANDSCAPE.widthMm, height: A4_LANDSCAPE.heightMm };
  const half = A4_LANDSCAPE.widthMm / 2;
  const right = A5.widthMm + GUTTER_MM;
  const tall = A4_LANDSCAPE.heightMm + 20;
  const twoUp = (face: KitFace, svg: string) => [
    art(face, svg, 0, 0, { clipMm: { x: -10, y: -10, width: half + 10, height: tall } }),
    art(face, svg, right, 0, { clipMm: { x: half, y: -10, width: half + 10, height: tall } }),
  ];
  const cutsMm = { x: [A5.widthMm, right] };
  return kitFile(
    [
      { trimMm, art: twoUp(d.layout.front, d.front), cutsMm },
      { trimMm, art: twoUp(d.layout.back, d.back), cutsMm },
    ],
    meta,
    [d.front, d.back],
  );
}

export const leafletSheetPdf = async (copy: LeafletCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await leafletSheetFile(copy, theme, meta, edition)).pdf;
