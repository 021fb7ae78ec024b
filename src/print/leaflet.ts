import type { Theme } from '../config/palette';
import type { CopySource } from '../render/draw';
import type { FittedText } from '../render/fit-text';
import { fitText } from '../render/fit-text';
import type { EditionLines } from './edition';
import { LoaContentError } from '../core/errors';
import {
  Sheet,
  art,
  brandBand,
  ctaBesideQr,
  checkGreyContrast,
  faceSvg,
  fit,
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
  texts.forEach((t, i) => fit(t, { ...box, minSize: 1, maxLines: 99 }, source(i)));
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
  const s = new Sheet(A5.widthMm, A5.heightMm, theme);
  const { W, H, b } = s;
  const m = 100;
  const inner = W - 2 * m;
  const x = b + m;
  const place = placeLines(copy, ITEM, inner, W, edition);
  const src = sources(copy, ITEM, place?.source);

  // A local edition's name takes the kicker's place in the band: residents read whose leaflet it is first.
  const bandH = brandBand(
    s,
    copy,
    src,
    place,
    { x, inner, appY: b + 0.03 * H, gap: 0.008 * H, after: 0.03 * H },
    { app: [0.075, 0.05], kicker: [2, 0.03, 0.022] },
  );

  // The panel at the foot is laid out from the bottom up; the message takes the room above it.
  const turn = fit(
    copy.turnOver,
    { width: inner, maxLines: 2, maxSize: 0.045 * W, minSize: 0.032 * W, weight: 800, lineHeight: 1.2 },
    src.content('kit.leaflet'),
  );
  const address = fit(
    copy.installAddress,
    { width: inner, maxLines: 1, maxSize: 0.05 * W, minSize: 0.03 * W, weight: 700, lineHeight: 1.2 },
    src.settings('app.installUrl'),
  );
  const basis = fit(
    copy.basis,
    { width: inner, maxLines: 2, maxSize: 0.023 * W, minSize: 0.018 * W, weight: 400, lineHeight: 1.3 },
    src.content('basis'),
  );
  const basisY = b + H - 0.6 * m - basis.height;
  const addressY = basisY - 0.025 * H - address.height;
  const turnY = addressY - 0.008 * H - turn.height;
  const panelTop = turnY - 0.03 * H;
  const limit = panelTop - 0.025 * H;

  let y = bandH + 0.045 * H;
  const headline = fit(
    copy.headline,
    {
      width: inner,
      height: Math.min((place ? 0.16 : 0.2) * H, limit - y),
      maxLines: 3,
      maxSize: 0.08 * W,
      minSize: 0.055 * W,
      weight: 800,
      lineHeight: 1.12,
    },
    src.squeezed('kit.leaflet.headline'),
  );
  s.text('kit.leaflet.headline', x, y, inner, [headline], [{ color: theme.primaryDark, fontWeight: 800 }]);
  y += headline.height + 0.025 * H;
  const body = fit(
    copy.body,
    {
      width: inner,
      height: Math.min(0.22 * H, limit - y),
      maxLines: 7,
      maxSize: 0.036 * W,
      minSize: 0.027 * W,
      weight: 400,
      lineHeight: 1.4,
    },
    src.squeezed('kit.leaflet.body'),
  );
  s.text('kit.leaflet.body', x, y, inner, [body], [{ color: theme.ink }]);
  y += body.height + 0.022 * H;
  if (copy.points.length) {
    const bullet = 0.018 * W;
    const gap = 0.012 * H;
    const points = fitList(
      copy.points,
      { width: inner - 3 * bullet, maxLines: 2, maxSize: 0.034 * W, minSize: 0.027 * W, weight: 700, lineHeight: 1.3 },
      limit - y,
      () => gap,
      (i) => src.squeezed(`kit.leaflet.points[${i}]`),
    );
    points.forEach((p, i) => {
      s.fill({ x, y: y + (p.size * 1.3 - bullet) / 2, width: bullet, height: bullet }, theme.accent);
      s.text(
        `kit.leaflet.points[${i}]`,
        x + 2 * bullet,
        y,
        inner - 2 * bullet,
        [p],
        [{ color: theme.ink, fontWeight: 700 }],
      );
      y += p.height + gap;
    });
  }

  s.fill({ x: 0, y: panelTop, width: s.width, height: s.height - panelTop }, theme.primaryDark);
  s.text('kit.leaflet.turnOver', x, turnY, inner, [turn], [{ color: theme.onDark, fontWeight: 800 }]);
  s.text('app.installUrl', x, addressY, inner, [address], [{ color: theme.accent, fontWeight: 700 }]);
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.onDark }]);
  return s.face();
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
  const s = new Sheet(A5.widthMm, A5.heightMm, theme);
  const { W, H, b } = s;
  const m = 100;
  const inner = W - 2 * m;
  const x = b + m;
  const place = placeLines(copy, ITEM, inner - 0.08 * W, W, edition);
  const src = sources(copy, ITEM, place?.source);

  const title = fit(
    copy.title,
    { width: inner, maxLines: 2, maxSize: 0.062 * W, minSize: 0.042 * W, weight: 800, lineHeight: 1.15 },
    src.content('kit.steps'),
  );
  const titleY = b + 0.035 * H;
  const bandH = titleY + title.height + 0.03 * H;
  s.fill({ x: 0, y: 0, width: s.width, height: bandH }, theme.primaryDark);
  s.text('kit.stepsTitle', x, titleY, inner, [title], [{ color: theme.onDark, fontWeight: 800 }]);

  const basis = fit(
    copy.basis,
    { width: inner, maxLines: 2, maxSize: 0.023 * W, minSize: 0.018 * W, weight: 400, lineHeight: 1.3 },
    src.content('basis'),
  );
  const basisY = b + H - 0.6 * m - basis.height;

  // The help panel sits at the foot; the QR row above it; the steps take what is left at the top.
  const pad = 0.045 * W;
  const helpTitle = fit(
    copy.helpTitle,
    { width: inner - 2 * pad, maxLines: 1, maxSize: 0.045 * W, minSize: 0.035 * W, weight: 800, lineHeight: 1.2 },
    src.content('kit.leaflet.help'),
  );
  // The place's name is on the front; here its hotline and address say whom to call.
  const details = place?.details ?? [];
  const detailsH = details.reduce((sum, d) => sum + d.height, 0);
  const help = fit(
    copy.help,
    {
      width: inner - 2 * pad,
      maxLines: detailsH ? 3 : 5,
      maxSize: 0.035 * W,
      minSize: 0.027 * W,
      weight: 400,
      lineHeight: 1.35,
    },
    src.squeezed('kit.leaflet.help'),
  );
  const helpH = pad + helpTitle.height + 0.01 * H + help.height + (detailsH ? 0.012 * H + detailsH : 0) + pad;
  const helpTop = basisY - 0.025 * H - helpH;
  s.fill({ x, y: helpTop, width: inner, height: helpH }, theme.tint);
  s.fill({ x, y: helpTop, width: 0.012 * W, height: helpH }, theme.accent);
  let hy = helpTop + pad;
  s.text('kit.helpTitle', x + pad, hy, inner - 2 * pad, [helpTitle], [{ color: theme.primaryDark, fontWeight: 800 }]);
  hy += helpTitle.height + 0.01 * H;
  s.text('kit.leaflet.help', x + pad, hy, inner - 2 * pad, [help], [{ color: theme.ink }]);
  hy += help.height;
  if (detailsH) {
    hy += 0.012 * H;
    s.text('edition', x + pad, hy, inner - 2 * pad, details, [{ color: theme.ink }]);
  }

  const qrSide = 420;
  const qrTop = helpTop - 0.03 * H - qrSide;
  const qr = s.place(x, qrTop, qrSide);
  ctaBesideQr(
    s,
    qr,
    inner,
    { cta: copy.cta, address: copy.installAddress, src },
    { cta: [0.05, 0.034], address: [0.042, 0.026] },
  );

  const stepsTop = bandH + 0.04 * H;
  stepsBlock(s, copy, { x, y: stepsTop, width: inner, room: qrTop - 0.03 * H - stepsTop, scale: W }, ITEM, place);
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.ink }]);
  return s.face();
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
