import type { Theme } from '../config/palette';
import { LoaContentError } from '../core/errors';
import { editionSource } from './edition';
import {
  Sheet,
  checkGreyContrast,
  faceSvg,
  fit,
  onePageFile,
  sources,
  type Box,
  type Edition,
  type KitCopy,
  type KitFace,
  type KitFile,
  type PrintMeta,
} from './kit-common';
import { A4, nameBand } from './sign';

/** Rows a page must hold, or the register is a pad nobody can use for a morning's visitors. */
export const MIN_REGISTER_ROWS = 20;
/** A row tall enough to write a name by hand. */
export const ROW_MM = 8;

/** The register's columns, in order, and their share of the table's width. */
export const REGISTER_COLUMNS = [
  { key: 'number', share: 0.06 },
  { key: 'date', share: 0.12 },
  { key: 'time', share: 0.09 },
  { key: 'name', share: 0.31 },
  { key: 'phone', share: 0.19 },
  { key: 'installed', share: 0.23 },
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]['key'];

export interface RegisterCopy extends KitCopy {
  /** "Sổ ghi nhận người ra vào". */
  title: string;
  /** Why visitors are recorded (the measure's wording). */
  intro: string;
  /** "Cơ quan / đơn vị". */
  placeLabel: string;
  /** Column headings: "Ngày", "Giờ", "Họ và tên", "Số điện thoại", "Đã cài …?". */
  columns: Record<RegisterColumn, string>;
  /** "Trang", at the foot. */
  pageLabel: string;
  /** Where the headings are worded (the UI strings file), for messages; the app's name is the settings'. */
  stringsFile: string;
}

export interface RegisterLayout extends KitFace {
  rows: number;
  /** The table's outline, heading row included. */
  table: Box;
}

const ITEM = 'sổ ghi nhận người ra vào A4';

export function layoutRegister(copy: RegisterCopy, theme: Theme, edition?: Edition): RegisterLayout {
  checkGreyContrast(theme, copy.settingsFile, ITEM);
  const s = new Sheet(A4.widthMm, A4.heightMm, theme);
  const { W, H, b } = s;
  const m = 120;
  const x = b + m;
  const inner = W - 2 * m;
  const src = sources(copy, ITEM, edition && editionSource(edition, 'name', ITEM));
  const bandH = nameBand(s, copy, ITEM, { x, width: inner, nameSize: 0.045 * W, plain: true }, edition);

  let y = bandH + 0.02 * H;
  const title = fit(
    copy.title.toLocaleUpperCase('vi'),
    { width: inner, maxLines: 1, maxSize: 0.042 * W, minSize: 0.03 * W, weight: 800, lineHeight: 1.15 },
    src.content('kit.register'),
  );
  s.text('kit.registerTitle', x, y, inner, [title], [{ color: theme.primaryDark, fontWeight: 800 }]);
  y += title.height + 0.008 * H;
  const intro = fit(
    copy.intro,
    { width: inner, maxLines: 3, maxSize: 0.021 * W, minSize: 0.017 * W, weight: 400, lineHeight: 1.3 },
    src.squeezed('kit.register.intro'),
  );
  s.text('kit.register.intro', x, y, inner, [intro], [{ color: theme.ink }]);
  y += intro.height + 0.015 * H;

  const foot = fit(
    `${copy.pageLabel}: ……   ·   ${copy.appName} · ${copy.installAddress}   ·   ${copy.basis}`,
    { width: inner, maxLines: 2, maxSize: 0.016 * W, minSize: 0.013 * W, weight: 400, lineHeight: 1.3 },
    src.content('basis'),
  );
  const footY = b + H - 0.6 * m - foot.height;
  s.text('basis', x, footY, inner, [foot], [{ color: theme.ink }]);

  // The heading row.
  const line = 3;
  const widths = REGISTER_COLUMNS.map((c) => c.share * inner);
  const pad = 0.008 * W;
  const heads = REGISTER_COLUMNS.map((c, i) =>
    fit(
      copy.columns[c.key],
      { width: widths[i] - 2 * pad, maxLines: 3, maxSize: 0.019 * W, minSize: 0.014 * W, weight: 700, lineHeight: 1.2 },
      // The app's name is what makes a heading long; the other words are the strings file's.
      c.key === 'installed' && copy.columns.installed.includes(copy.appName)
        ? src.settings('app.name')
        : { file: copy.stringsFile, field: `kit.column.${c.key}`, label: src.label },
    ),
  );
  const headH = Math.max(...heads.map((f) => f.height)) + 2 * pad;
  const tableTop = y;
  s.fill({ x, y: tableTop, width: inner, height: headH }, theme.primaryDark);
  let cx = x;
  heads.forEach((f, i) => {
    s.text(
      `kit.register.columns.${REGISTER_COLUMNS[i].key}`,
      cx + pad,
      tableTop + (headH - f.height) / 2,
      widths[i] - 2 * pad,
      [f],
      [{ color: theme.onDark, fontWeight: 700 }],
    );
    cx += widths[i];
  });

  const rowH = ROW_MM * 10;
  const bodyTop = tableTop + headH;
  const rows = Math.floor((footY - 0.015 * H - bodyTop) / rowH);
  if (rows < MIN_REGISTER_ROWS) {
    const blame = src.squeezed('kit.register.intro');
    throw new LoaContentError(
      blame.file,
      blame.field,
      `${blame.label}: chỉ còn chỗ cho ${rows} dòng ghi, cần ít nhất ${MIN_REGISTER_ROWS}`,
      'rút gọn lời dẫn hoặc tên đơn vị',
    );
  }
  const tableH = headH + rows * rowH;
  for (let r = 0; r < rows; r++) {
    const ry = bodyTop + r * rowH;
    s.fill({ x, y: ry + rowH - line / 2, width: inner, height: line }, theme.ink);
    const n = fit(
      String(r + 1),
      { width: widths[0] - 2 * pad, maxLines: 1, maxSize: 0.017 * W, minSize: 0.017 * W, weight: 400 },
      src.content('kit.register'),
    );
    s.text(`row[${r}]`, x, ry + (rowH - n.height) / 2, widths[0], [n], [{ color: theme.ink }], 'center');
  }
  // Frame and column rules over the rows, drawn as thin boxes: the PDF writer takes boxes, not borders.
  s.fill({ x, y: tableTop, width: line, height: tableH }, theme.ink);
  cx = x;
  for (const w of widths) {
    cx += w;
    s.fill({ x: cx - line, y: tableTop, width: line, height: tableH }, theme.ink);
  }
  s.fill({ x, y: tableTop + tableH - line, width: inner, height: line }, theme.ink);
  return { ...s.face(), rows, table: { x, y: tableTop, width: inner, height: tableH } };
}

/** The visitor register as a one-page A4 PDF, to photocopy as often as needed. */
export async function registerFile(
  copy: RegisterCopy,
  theme: Theme,
  meta: PrintMeta,
  edition?: Edition,
): Promise<KitFile> {
  const face = layoutRegister(copy, theme, edition);
  const svg = await faceSvg(face, copy.qrUrl);
  return onePageFile(face, svg, { width: A4.widthMm, height: A4.heightMm }, meta);
}

export const registerPdf = async (copy: RegisterCopy, theme: Theme, meta: PrintMeta, edition?: Edition) =>
  (await registerFile(copy, theme, meta, edition)).pdf;
