import type { Theme } from '../config/palette';
import { editionSource, fitFirst } from './edition';
import { fitOrFail } from '../render/draw';
import { Sheet } from './sheet';
import { UNITS_PER_MM } from './units';
import {
  checkGreyContrast,
  ctaBesideQr,
  faceSvg,
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
  at: { nameSize: number; plain?: boolean },
  edition?: Edition,
): number {
  const { H, b, theme } = s;
  // Plain: no dark band, for a sheet photocopied by the hundred; the name stands in the campaign's dark colour.
  const fg = at.plain ? theme.primaryDark : theme.onDark;
  const text = at.plain ? theme.ink : theme.onDark;
  const band = (height: number) => {
    if (!at.plain) s.fill({ x: 0, y: 0, width: s.width, height }, theme.primaryDark);
  };
  const col = s.column(s.x, b + 0.025 * H, s.inner);
  const size = (max: number, min: number) => ({ maxSize: max * at.nameSize, minSize: min * at.nameSize });
  if (edition) {
    const label = `biện pháp ${copy.measureNumber}, ${item}`;
    const nameFit = { width: s.inner, unitsPerMm: UNITS_PER_MM, weight: 800, lineHeight: 1.12 } as const;
    // A long name takes a third line, smaller, rather than be refused.
    const name = fitFirst(
      edition.name,
      [
        { ...nameFit, maxLines: 2, ...size(1, 0.6) },
        { ...nameFit, maxLines: 3, ...size(0.6, 0.4) },
      ],
      editionSource(edition, 'name', label),
    );
    const details = [
      edition.hotline && { text: `${copy.hotlineLabel}: ${edition.hotline}`, field: 'hotline' as const },
      edition.address && { text: edition.address, field: 'address' as const },
    ]
      .filter((d) => !!d)
      .map((d) => {
        const detailFit = { width: s.inner, unitsPerMm: UNITS_PER_MM, weight: 400 } as const;
        const boxes = [{ ...detailFit, maxLines: 1, ...size(0.3, 0.2) }];
        if (d.field === 'address') boxes.push({ ...detailFit, maxLines: 2, ...size(0.2, 0.17) });
        return fitFirst(d.text, boxes, editionSource(edition, d.field, label));
      });
    const detailsH = details.reduce((sum, d) => sum + d.height, 0);
    const height = col.y + name.height + (detailsH ? 0.008 * H + detailsH : 0) + 0.025 * H;
    band(height);
    col.draw('edition', name, { color: fg, fontWeight: 800 }, 0.008 * H);
    if (detailsH) col.draw('edition.details', details, { color: text });
    return height;
  }
  const labelFit = { maxLines: 1, ...size(0.28, 0.2), weight: 700 } as const;
  const placeLabel = col.fit(copy.placeLabel, labelFit, sources(copy, item).content('kit'));
  const blank = (at.plain ? 0.8 : 1.3) * at.nameSize;
  const height = col.y + placeLabel.height + 0.008 * H + blank + 0.025 * H;
  band(height);
  col.draw('kit.placeLabel', placeLabel, { color: fg, fontWeight: 700 });
  const blankY = col.skip(0.008 * H).y;
  // A white box in the band for a marker or a printed label; on a plain sheet, a rule to write on.
  if (at.plain) s.fill({ x: s.x, y: blankY + blank - 3, width: s.inner, height: 3 }, theme.ink);
  else s.fill({ x: s.x, y: blankY, width: s.inner, height: blank }, theme.paper);
  return height;
}

export function layoutSign(copy: SignCopy, theme: Theme, edition?: Edition): KitFace {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  const s = new Sheet(A4.widthMm, A4.heightMm, theme, 150);
  const { W, H, b, m, x, inner } = s;
  const src = sources(copy, ITEM, edition && editionSource(edition, 'name', ITEM));
  const bandH = nameBand(s, copy, ITEM, { nameSize: 0.075 * W }, edition);

  const col = s.column(x, bandH + 0.035 * H, inner);
  const kicker = `${copy.appName.toLocaleUpperCase('vi')} · ${copy.kicker.toLocaleUpperCase('vi')}`;
  const kickerFit = { maxLines: 2, maxSize: 0.024 * W, minSize: 0.017 * W, weight: 700, lineHeight: 1.3 } as const;
  col.put('title', kicker, kickerFit, src.content('title'), { color: theme.primaryDark, fontWeight: 700 }, 0.02 * H);

  // From the foot up: the basis, the note for visitors without the app, the QR panel.
  const basisFit = { maxLines: 2, maxSize: 0.019 * W, minSize: 0.015 * W, weight: 400, lineHeight: 1.3 } as const;
  const basis = col.fit(copy.basis, basisFit, src.content('basis'));
  const basisY = b + H - 0.6 * m - basis.height;
  s.text('basis', x, basisY, inner, [basis], [{ color: theme.ink }]);
  const foot = copy.register ? registerNote(s, copy.register, basisY - 0.03 * H, src) - 0.03 * H : basisY - 0.03 * H;
  const pad = 0.04 * W;
  const qrSide = 560;
  const panelH = qrSide + 2 * pad;
  const panelTop = foot - panelH;
  s.fill({ x: 0, y: panelTop, width: s.width, height: panelH }, theme.tint);
  const qr = s.place(x, panelTop + pad, qrSide);
  const words = { cta: copy.cta, address: copy.installAddress, src };
  ctaBesideQr(s, qr, words, { cta: [0.06, 0.04], address: [0.045, 0.03] });

  col.bottom = panelTop - 0.035 * H;
  const headlineFit = { maxLines: 3, maxSize: 0.095 * W, minSize: 0.06 * W, weight: 800, lineHeight: 1.1 } as const;
  const headline = { ...headlineFit, height: Math.min(0.2 * H, col.room) };
  const headlineStyle = { color: theme.primaryDark, fontWeight: 800 };
  col.put('kit.sign.headline', copy.headline, headline, src.squeezed('kit.sign.headline'), headlineStyle, 0.025 * H);
  const bodyFit = { maxLines: 5, maxSize: 0.04 * W, minSize: 0.028 * W, weight: 400, lineHeight: 1.35 } as const;
  col.put('kit.sign.body', copy.body, { ...bodyFit, height: col.room }, src.content('kit.sign.body'), {
    color: theme.ink,
  });
  return s.face();
}

/** What a visitor without the app does, behind an accent rule, ending at `bottom`; returns its top. */
function registerNote(s: Sheet, text: string, bottom: number, src: ReturnType<typeof sources>): number {
  const { W, x, inner, theme } = s;
  const rule = 0.012 * W;
  const noteFit = { maxLines: 3, maxSize: 0.03 * W, minSize: 0.022 * W, weight: 700, lineHeight: 1.3 } as const;
  const note = fitOrFail(text, { width: inner - 3 * rule, ...noteFit }, src.content('kit.sign.register'));
  const top = bottom - note.height;
  s.fill({ x, y: top, width: rule, height: note.height }, theme.accent);
  s.text('kit.sign.register', x + 3 * rule, top, inner - 3 * rule, [note], [{ color: theme.ink, fontWeight: 700 }]);
  return top;
}

/** The entrance sign as a one-page A4 PDF. */
export async function signFile(copy: SignCopy, theme: Theme, meta: PrintMeta, edition?: Edition): Promise<KitFile> {
  const face = layoutSign(copy, theme, edition);
  const svg = await faceSvg(face, edition?.qrUrl ?? copy.qrUrl);
  return onePageFile(face, svg, { width: A4.widthMm, height: A4.heightMm }, meta);
}

export const signPdf = async (copy: SignCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await signFile(copy, theme, meta, edition)).pdf;
