import type { Theme } from '../config/palette';
import { LoaContentError } from '../core/errors';
import { editionSource } from './edition';
import { fitOrFail } from '../render/draw';
import { Sheet } from './sheet';
import {
  checkGreyContrast,
  faceSvg,
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
  const s = new Sheet(A4.widthMm, A4.heightMm, theme, 120);
  const { W, H, b, m, x, inner } = s;
  const src = sources(copy, ITEM, edition && editionSource(edition, 'name', ITEM));
  const bandH = nameBand(s, copy, ITEM, { nameSize: 0.045 * W, plain: true }, edition);

  const col = s.column(x, bandH + 0.02 * H, inner);
  const titleFit = { maxLines: 1, maxSize: 0.042 * W, minSize: 0.03 * W, weight: 800, lineHeight: 1.15 } as const;
  const title = copy.title.toLocaleUpperCase('vi');
  const titleStyle = { color: theme.primaryDark, fontWeight: 800 };
  col.put('kit.registerTitle', title, titleFit, src.content('kit.register'), titleStyle, 0.008 * H);
  const introFit = { maxLines: 3, maxSize: 0.021 * W, minSize: 0.017 * W, weight: 400, lineHeight: 1.3 } as const;
  col.put(
    'kit.register.intro',
    copy.intro,
    introFit,
    src.squeezed('kit.register.intro'),
    { color: theme.ink },
    0.015 * H,
  );

  const footFit = { maxLines: 2, maxSize: 0.016 * W, minSize: 0.013 * W, weight: 400, lineHeight: 1.3 } as const;
  const foot = col.fit(
    `${copy.pageLabel}: ……   ·   ${copy.appName} · ${copy.installAddress}   ·   ${copy.basis}`,
    footFit,
    src.content('basis'),
  );
  const footY = b + H - 0.6 * m - foot.height;
  s.text('basis', x, footY, inner, [foot], [{ color: theme.ink }]);

  const widths = REGISTER_COLUMNS.map((c) => c.share * inner);
  const tableTop = col.y;
  const headH = headingRow(s, copy, src, tableTop, widths);
  const bodyTop = tableTop + headH;
  const rows = Math.floor((footY - 0.015 * H - bodyTop) / ROW_H);
  if (rows < MIN_REGISTER_ROWS) {
    const blame = src.squeezed('kit.register.intro');
    throw new LoaContentError(
      blame.file,
      blame.field,
      `${blame.label}: chỉ còn chỗ cho ${rows} dòng ghi, cần ít nhất ${MIN_REGISTER_ROWS}`,
      'rút gọn lời dẫn hoặc tên đơn vị',
    );
  }
  const table = { x, y: tableTop, width: inner, height: headH + rows * ROW_H };
  ruledRows(s, src, bodyTop, rows, widths);
  frame(s, table, widths);
  return { ...s.face(), rows, table };
}

/** A row tall enough to write a name by hand, in units. */
const ROW_H = ROW_MM * 10;
/** The thickness of the table's rules, in units. */
const LINE = 3;

/** The heading row: each column's name on the dark colour; returns the row's height. */
function headingRow(s: Sheet, copy: RegisterCopy, src: ReturnType<typeof sources>, top: number, widths: number[]) {
  const { W, x, theme } = s;
  const pad = 0.008 * W;
  const heads = REGISTER_COLUMNS.map((c, i) =>
    fitOrFail(
      copy.columns[c.key],
      { width: widths[i] - 2 * pad, maxLines: 3, maxSize: 0.019 * W, minSize: 0.014 * W, weight: 700, lineHeight: 1.2 },
      // The app's name is what makes a heading long; the other words are the strings file's.
      c.key === 'installed' && copy.columns.installed.includes(copy.appName)
        ? src.settings('app.name')
        : { file: copy.stringsFile, field: `kit.column.${c.key}`, label: src.label },
    ),
  );
  const headH = Math.max(...heads.map((f) => f.height)) + 2 * pad;
  s.fill({ x, y: top, width: s.inner, height: headH }, theme.primaryDark);
  let cx = x;
  heads.forEach((f, i) => {
    const field = `kit.register.columns.${REGISTER_COLUMNS[i].key}`;
    s.text(
      field,
      cx + pad,
      top + (headH - f.height) / 2,
      widths[i] - 2 * pad,
      [f],
      [{ color: theme.onDark, fontWeight: 700 }],
    );
    cx += widths[i];
  });
  return headH;
}

/** The rows to write in: a rule under each, its number in the first column. */
function ruledRows(s: Sheet, src: ReturnType<typeof sources>, top: number, rows: number, widths: number[]) {
  const { W, x, inner, theme } = s;
  const pad = 0.008 * W;
  for (let r = 0; r < rows; r++) {
    const ry = top + r * ROW_H;
    s.fill({ x, y: ry + ROW_H - LINE / 2, width: inner, height: LINE }, theme.ink);
    const n = fitOrFail(
      String(r + 1),
      { width: widths[0] - 2 * pad, maxLines: 1, maxSize: 0.017 * W, minSize: 0.017 * W, weight: 400 },
      src.content('kit.register'),
    );
    s.text(`row[${r}]`, x, ry + (ROW_H - n.height) / 2, widths[0], [n], [{ color: theme.ink }], { align: 'center' });
  }
}

/** Frame and column rules over the rows, drawn as thin boxes: the PDF writer takes boxes, not borders. */
function frame(s: Sheet, table: Box, widths: number[]) {
  const { x, y, width, height } = table;
  const ink = s.theme.ink;
  s.fill({ x, y, width: LINE, height }, ink);
  let cx = x;
  for (const w of widths) {
    cx += w;
    s.fill({ x: cx - LINE, y, width: LINE, height }, ink);
  }
  s.fill({ x, y: y + height - LINE, width, height: LINE }, ink);
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
