import type { Figure } from '../directives/schema';
import type { Line } from './lines';
import type { Notebook } from './report';
import { isoFromSlashes } from './vocabulary';

const viNumber = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

/** "- Văn phòng BQL KKT tỉnh: 25/25 người." */
const ROW = /^-\s*(.+?):\s*(\d[\d.]*)\/(\d[\d.]*)\s+(\p{L}+)\.?$/u;
/** "183.620 thuê bao/1.128.620 dân số …, đạt tỷ lệ 16,27%" */
const RATE =
  /(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{L}+(?: \p{L}+)?)\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{L}+(?: \p{L}+)?)[^.%]*?(\d+(?:,\d+)?)\s?%/u;
/** "234.483 người, chiếm 18,72% dân số": a count and its share of a base the text does not count. */
const SHARE =
  /(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{L}+(?: \p{L}+)?)\s*,?\s*(?:chiếm|đạt|bằng)(?: tỷ lệ)?\s*(\d+(?:,\d+)?)\s?%\s*(?:(?:so với|trên|của)\s+)?(\p{L}+(?: \p{L}+)?)?/u;
/** Any percentage: a sentence with one that none of the forms above reads is reported, never passed over. */
const PERCENT = /\d+(?:,\d+)?\s?%/u;
const AS_OF = /(?:Tính đến|Đến) ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/u;

const NUMBER_CELL = /^\d{1,3}(?:\.\d{3})*$|^\d+$/u;
const cellsOf = (row: string) =>
  row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The sentence that leads into a list or table ("Kết quả cài đặt đến ngày 10/8/2020:"), as its title. */
const leadOf = (paragraphs: Line[], i: number) =>
  paragraphs[i - 1]?.text
    .split(/[;.]\s+/)
    .at(-1)
    ?.replace(/[:.]$/, '')
    .trim() || 'Số liệu';

/**
 * A table whose rows name a unit and give counts ("Đơn vị | Đã cài đặt | Tổng số"): the first column of numbers
 * is the value, a second the total when every value fits in it.
 */
function tableFigure(paragraphs: Line[], at: number, figures: Figure[], notebook: Notebook): void {
  const block: Line[] = [];
  for (let i = at; paragraphs[i]?.text.startsWith('|'); i++) block.push(paragraphs[i]);
  const [head, ...rest] = block.map((l) => cellsOf(l.text));
  const data = rest.filter((r) => !r.every((c) => /^:?-+:?$/u.test(c)));
  if (!data.length) return;
  const numeric = head.map((_, c) => data.every((r) => NUMBER_CELL.test(r[c] ?? '')));
  const valueAt = numeric.indexOf(true);
  const labelAt = numeric.indexOf(false);
  if (valueAt < 0 || labelAt < 0) return;
  const totalAt = numeric.indexOf(true, valueAt + 1);
  const withTotal =
    totalAt > 0 && data.every((r) => viNumber(r[valueAt]) <= viNumber(r[totalAt]) && viNumber(r[totalAt]) > 0);
  figures.push({
    id: `so-lieu-${figures.length + 1}`,
    title: leadOf(paragraphs, at),
    unit: head[valueAt].toLocaleLowerCase('vi'),
    rows: data.map((r) => ({
      label: r[labelAt],
      value: viNumber(r[valueAt]),
      ...(withTotal ? { total: viNumber(r[totalAt]) } : {}),
    })),
    facts: [],
  });
  notebook.found(
    'figures',
    `bảng ${data.length} dòng: ${head[valueAt]}${withTotal ? ` / ${head[totalAt]}` : ''}`,
    block[0].n,
    'bảng có cột số; tiêu đề lấy từ câu dẫn, đơn vị lấy từ tên cột: đặt lại (người, thuê bao…)',
  );
}

/**
 * A count with the share it is of a base the text names but does not count: the count is the figure's row, the
 * share a fact beside it (a rate without its total cannot be checked, so it is not a row's `statedPercent`).
 */
function shareFigure(text: string, n: number, figures: Figure[], notebook: Notebook): void {
  const share = SHARE.exec(text);
  if (!share) {
    if (PERCENT.test(text)) {
      const quoted = text.length > 80 ? `${text.slice(0, 80)}…` : text;
      notebook.notes.push(
        `Dòng ${n}: có tỷ lệ % nhưng không đọc được thành số liệu (“${quoted}”); nhập figures bằng tay nếu cần.`,
      );
    }
    return;
  }
  const asOf = AS_OF.exec(text);
  const base = share[4] ?? '';
  figures.push({
    id: `so-lieu-${figures.length + 1}`,
    title: base ? `Số ${share[2]} và tỷ lệ trên ${base}` : `Số ${share[2]}`,
    ...(asOf ? { asOf: isoFromSlashes(asOf[1], asOf[2], asOf[3]) } : {}),
    unit: share[2],
    rows: [{ label: share[2], value: viNumber(share[1]) }],
    facts: [{ label: base ? `Tỷ lệ trên ${base}` : 'Tỷ lệ', value: `${share[3]} %` }],
  });
  notebook.found(
    'figures',
    `${share[1]} ${share[2]} (${share[3]} %${base ? ` ${base}` : ''})`,
    n,
    'câu “số …, chiếm …% …”: không có tổng nên tỷ lệ ghi ở facts; tiêu đề và nhãn cần đặt lại',
  );
}

/**
 * Counts and rates the text states, as the figures the site charts and checks. Titles and labels come from the
 * text around them and are reported for the editor to reword.
 */
export function findFigures(paragraphs: Line[], notebook: Notebook): Figure[] {
  const figures: Figure[] = [];
  let group: { lead: string; line: number; rows: Figure['rows']; unit: string } | undefined;
  const close = () => {
    if (!group) return;
    figures.push({
      id: `so-lieu-${figures.length + 1}`,
      title: group.lead,
      unit: group.unit,
      rows: group.rows,
      facts: [],
    });
    notebook.found(
      'figures',
      `${group.rows.length} dòng (${group.unit})`,
      group.line,
      'danh sách “tên: số/tổng”; tiêu đề lấy từ câu dẫn, sửa lại nếu cần',
    );
    group = undefined;
  };
  paragraphs.forEach(({ n, text }, i) => {
    if (text.startsWith('|')) {
      close();
      if (!paragraphs[i - 1]?.text.startsWith('|')) tableFigure(paragraphs, i, figures, notebook);
      return;
    }
    const row = ROW.exec(text);
    if (row) {
      const lead =
        paragraphs[i - 1]?.text
          .split(/[;.]\s*/)
          .at(-1)
          ?.replace(/:$/, '')
          .trim() || 'Số liệu';
      group ??= { lead, line: n, rows: [], unit: row[4] };
      group.rows.push({ label: row[1].trim(), value: viNumber(row[2]), total: viNumber(row[3]) });
      return;
    }
    close();
    const rate = RATE.exec(text);
    if (!rate) {
      shareFigure(text, n, figures, notebook);
      return;
    }
    const value = viNumber(rate[1]);
    const total = viNumber(rate[3]);
    const stated = viNumber(rate[5]);
    const asOf = AS_OF.exec(text);
    figures.push({
      id: `so-lieu-${figures.length + 1}`,
      title: `Tỷ lệ ${rate[2]} trên ${rate[4]}`,
      ...(asOf ? { asOf: isoFromSlashes(asOf[1], asOf[2], asOf[3]) } : {}),
      unit: rate[2],
      rows: [{ label: `${rate[2]} / ${rate[4]}`, value, total, statedPercent: stated }],
      facts: [],
    });
    notebook.found(
      'figures',
      `${rate[1]}/${rate[3]} (${rate[5]} %)`,
      n,
      'câu “số/tổng …, đạt tỷ lệ …%”; tiêu đề và nhãn cần đặt lại',
    );
    if (Math.abs((value / total) * 100 - stated) > 0.01)
      notebook.notes.push(
        `Dòng ${n}: ${rate[1]}/${rate[3]} là ${((value / total) * 100).toFixed(2)} %, văn bản ghi ${rate[5]} %.`,
      );
  });
  close();
  return figures;
}
