import type { Theme } from '../config/palette';
import { editionSource } from './edition';
import {
  Sheet,
  checkGreyContrast,
  ctaBesideQr,
  faceSvg,
  fit,
  onePageFile,
  sources,
  type Edition,
  type KitCopy,
  type KitFace,
  type KitFile,
  type PrintMeta,
} from './kit-common';

export const A4 = { widthMm: 210, heightMm: 297 } as const;

export interface SignCopy extends KitCopy {
  headline: string;
  body: string;
  /** What a visitor without the app does, printed under the QR panel. */
  register?: string;
  /** "Quét mã QR để cài …". */
  cta: string;
  /** "Cơ quan / đơn vị", above the blank the office writes its name in. */
  placeLabel: string;
}

const ITEM = 'biển cửa ra vào A4';

/**
 * The office's name in the band: a local edition's, large, with its hotline
 * and address; or, in the campaign's own print, a labelled blank to write it in.
 * Returns the band's height.
 */
export function nameBand(
  s: Sheet,
  copy: KitCopy & { placeLabel: string },
  item: string,
  at: { x: number; width: number; nameSize: number; plain?: boolean },
  edition?: Edition,
): number {
  const { H, b, theme } = s;
  // Plain: no dark band, for a sheet photocopied by the hundred; the name stands in the campaign's dark colour.
  const fg = at.plain ? theme.primaryDark : theme.onDark;
  const text = at.plain ? theme.ink : theme.onDark;
  const band = (height: number) => {
    if (!at.plain) s.fill({ x: 0, y: 0, width: s.width, height }, theme.primaryDark);
  };
  const label = `biện pháp ${copy.measureNumber}, ${item}`;
  let y = b + 0.025 * H;
  if (edition) {
    const name = fit(
      edition.name,
      { width: at.width, maxLines: 2, maxSize: at.nameSize, minSize: 0.6 * at.nameSize, weight: 800, lineHeight: 1.12 },
      editionSource(edition, 'name', label),
    );
    const details = [
      edition.hotline && { text: `${copy.hotlineLabel}: ${edition.hotline}`, field: 'hotline' as const },
      edition.address && { text: edition.address, field: 'address' as const },
    ]
      .filter((d) => !!d)
      .map((d) =>
        fit(
          d.text,
          { width: at.width, maxLines: 1, maxSize: 0.3 * at.nameSize, minSize: 0.2 * at.nameSize, weight: 400 },
          editionSource(edition, d.field, label),
        ),
      );
    const detailsH = details.reduce((sum, d) => sum + d.height, 0);
    const height = y + name.height + (detailsH ? 0.008 * H + detailsH : 0) + 0.025 * H;
    band(height);
    s.text('edition', at.x, y, at.width, [name], [{ color: fg, fontWeight: 800 }]);
    y += name.height + 0.008 * H;
    if (detailsH) s.text('edition.details', at.x, y, at.width, details, [{ color: text }]);
    return height;
  }
  const placeLabel = fit(
    copy.placeLabel,
    { width: at.width, maxLines: 1, maxSize: 0.28 * at.nameSize, minSize: 0.2 * at.nameSize, weight: 700 },
    sources(copy, item).content('kit'),
  );
  const blank = (at.plain ? 0.8 : 1.3) * at.nameSize;
  const height = y + placeLabel.height + 0.008 * H + blank + 0.025 * H;
  band(height);
  s.text('kit.placeLabel', at.x, y, at.width, [placeLabel], [{ color: fg, fontWeight: 700 }]);
  const blankY = y + placeLabel.height + 0.008 * H;
  // A white box in the band for a marker or a printed label; on a plain sheet, a rule to write on.
  if (at.plain) s.fill({ x: at.x, y: blankY + blank - 3, width: at.width, height: 3 }, theme.ink);
  else s.fill({ x: at.x, y: blankY, width: at.width, height: blank }, theme.paper);
  return height;
}

export function layoutSign(copy: SignCopy, theme: Theme, edition?: Edition): KitFace {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  const s = new Sheet(A4.widthMm, A4.heightMm, theme);
  const { W, H, b } = s;
  const m = 150;
  const x = b + m;
  const inner = W - 2 * m;
  const src = sources(copy, ITEM, edition && editionSource(edition, 'name', ITEM));
  const bandH = nameBand(s, copy, ITEM, { x, width: inner, nameSize: 0.075 * W }, edition);

  let y = bandH + 0.035 * H;
  const app = fit(
    `${copy.appName.toLocaleUpperCase('vi')} · ${copy.kicker.toLocaleUpperCase('vi')}`,
    { width: inner, maxLines: 2, maxSize: 0.024 * W, minSize: 0.017 * W, weight: 700, lineHeight: 1.3 },
    src.content('title'),
  );
  s.text('title', x, y, inner, [app], [{ color: theme.primaryDark, fontWeight: 700 }]);
  y += app.height + 0.02 * H;

  // From the foot up: the basis, the note for visitors without the app, the QR panel.
  const basis = fit(
    copy.basis,
    { width: inner, maxLines: 2, maxSize: 0.019 * W, minSize: 0.015 * W, weight: 400, lineHeight: 1.3 },
    src.content('basis'),
  );
  const basisY = b + H - 0.6 * m - basis.height;
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.ink }]);
  let foot = basisY - 0.03 * H;
  if (copy.register) {
    const rule = 0.012 * W;
    const note = fit(
      copy.register,
      { width: inner - 3 * rule, maxLines: 3, maxSize: 0.03 * W, minSize: 0.022 * W, weight: 700, lineHeight: 1.3 },
      src.content('kit.sign.register'),
    );
    foot -= note.height;
    s.fill({ x, y: foot, width: rule, height: note.height }, theme.accent);
    s.text('kit.sign.register', x + 3 * rule, foot, inner - 3 * rule, [note], [{ color: theme.ink, fontWeight: 700 }]);
    foot -= 0.03 * H;
  }
  const pad = 0.04 * W;
  const qrSide = 560;
  const panelH = qrSide + 2 * pad;
  const panelTop = foot - panelH;
  s.fill({ x: 0, y: panelTop, width: s.width, height: panelH }, theme.tint);
  const qr = s.place(x, panelTop + pad, qrSide);
  ctaBesideQr(
    s,
    qr,
    inner,
    { cta: copy.cta, address: copy.installAddress, src },
    { cta: [0.06, 0.04], address: [0.045, 0.03] },
  );

  const limit = panelTop - 0.035 * H;
  const headline = fit(
    copy.headline,
    {
      width: inner,
      height: Math.min(0.2 * H, limit - y),
      maxLines: 3,
      maxSize: 0.095 * W,
      minSize: 0.06 * W,
      weight: 800,
      lineHeight: 1.1,
    },
    src.squeezed('kit.sign.headline'),
  );
  s.text('kit.sign.headline', x, y, inner, [headline], [{ color: theme.primaryDark, fontWeight: 800 }]);
  y += headline.height + 0.025 * H;
  const body = fit(
    copy.body,
    {
      width: inner,
      height: limit - y,
      maxLines: 5,
      maxSize: 0.04 * W,
      minSize: 0.028 * W,
      weight: 400,
      lineHeight: 1.35,
    },
    src.content('kit.sign.body'),
  );
  s.text('kit.sign.body', x, y, inner, [body], [{ color: theme.ink }]);
  return s.face();
}

/** The entrance sign as a one-page A4 PDF. */
export async function signFile(copy: SignCopy, theme: Theme, meta: PrintMeta, edition?: Edition): Promise<KitFile> {
  const face = layoutSign(copy, theme, edition);
  const svg = await faceSvg(face, edition?.qrUrl ?? copy.qrUrl);
  return onePageFile(face, svg, { width: A4.widthMm, height: A4.heightMm }, meta);
}

export const signPdf = async (copy: SignCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await signFile(copy, theme, meta, edition)).pdf;
