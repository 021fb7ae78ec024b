import { normalizeNumber, slugFromNumber } from '../directives/document-number';
import { uncitedNumbersInBody } from '../directives/cross-references';
import { relationErrors } from '../directives/relations';
import { LoaContentError, throwIfAny } from '../core/errors';
import type { DirectiveEntry, MeasureEntry } from '../core/records';
import type { Settings } from '../config/settings-schema';
import { isRealIsoDate } from '../core/schema-helpers';
import { frontMatterText } from '../core/front-matter';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { join, relative } from 'node:path';

/**
 * Every date-like text of the front matter is a real day written YYYY-MM-DD,
 * with no time after it: then no field can hold a moved or a timestamped date,
 * and parsing the front matter again (3.9 s for 10,000 directives) is skipped.
 * Any other date-like text takes the full reading, which names the field.
 */
function onlyRealDates(frontMatter: string): boolean {
  for (const m of frontMatter.matchAll(/\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+\d)?/g)) {
    if (!isRealIsoDate(m[0])) return false;
  }
  return true;
}

/**
 * Astro reads front matter as YAML 1.1, which turns 2020-02-30 into a Date
 * that quietly rolls over to 1 March. Re-reading the text as YAML 1.2 keeps
 * dates as written, so an impossible date is caught instead of moved.
 */
export function rawDateErrors(file: string): LoaContentError[] {
  if (!existsSync(file)) return [];
  const fm = frontMatterText(readFileSync(file, 'utf8'));
  if (fm === undefined || onlyRealDates(fm)) return [];
  let data: Record<string, unknown>;
  try {
    data = parse(fm) ?? {};
  } catch {
    return [];
  }
  const errors: LoaContentError[] = [];
  const check = (value: unknown, field: string) => {
    if (value === undefined) return;
    if (typeof value !== 'string' || !isRealIsoDate(value)) {
      errors.push(
        new LoaContentError(
          file,
          field,
          `“${String(value)}” không phải một ngày có thật`,
          'viết ngày dạng YYYY-MM-DD, ví dụ 2020-08-01, và kiểm tra ngày/tháng',
        ),
      );
    }
  };
  check(data.date, 'date');
  check(data.published, 'published');
  (Array.isArray(data.cites) ? data.cites : []).forEach((c: { date?: unknown }, i: number) =>
    check(c?.date, `cites[${i}].date`),
  );
  (Array.isArray(data.figures) ? data.figures : []).forEach((f: { asOf?: unknown }, i: number) =>
    check(f?.asOf, `figures[${i}].asOf`),
  );
  for (const list of ['relations', 'status', 'changes'])
    (Array.isArray(data[list]) ? data[list] : []).forEach((x: { date?: unknown }, i: number) =>
      check(x?.date, `${list}[${i}].date`),
    );
  return errors;
}

/**
 * Checks that span files, which a per-file schema cannot see. Every problem
 * names the file, the field and the fix; all are reported together.
 */
export function checkCampaign(
  settings: Settings,
  directives: DirectiveEntry[],
  measures: MeasureEntry[],
  contentDir: string,
): void {
  const errors: LoaContentError[] = [];
  // Fix hints name the folder actually built, which need not be content/.
  const folder = (name: string) => join(relative(process.cwd(), contentDir) || '.', name);

  const measureByNumber = new Map<number, MeasureEntry>();
  for (const m of measures) {
    const other = measureByNumber.get(m.data.number);
    if (other) {
      errors.push(
        new LoaContentError(
          m.file,
          'number',
          `biện pháp số ${m.data.number} đã có ở ${other.file}`,
          'đặt số biện pháp khác, mỗi biện pháp một số',
        ),
      );
    }
    measureByNumber.set(m.data.number, m);
    const expected = String(m.data.number).padStart(2, '0') + '-';
    if (!m.id.startsWith(expected)) {
      errors.push(
        new LoaContentError(
          m.file,
          'number',
          `tên tệp không bắt đầu bằng "${expected}" dù number là ${m.data.number}`,
          `đổi tên tệp thành ${expected}….mdx để địa chỉ trang ổn định`,
        ),
      );
    }
  }

  const byNumber = new Map<string, DirectiveEntry>();
  for (const d of directives) {
    if (!d.data.number) continue;
    const key = normalizeNumber(d.data.number);
    const other = byNumber.get(key);
    if (other) {
      errors.push(
        new LoaContentError(
          d.file,
          'number',
          `số ký hiệu ${key} trùng với ${other.file}`,
          'kiểm tra lại số ký hiệu; mỗi văn bản chỉ có một tệp',
        ),
      );
    }
    byNumber.set(key, d);
    const slug = slugFromNumber(key);
    if (d.id !== slug) {
      errors.push(
        new LoaContentError(
          d.file,
          'number',
          `tên tệp không khớp số ký hiệu ${key}`,
          `đổi tên tệp thành ${slug}.mdx để địa chỉ trang của văn bản ổn định`,
        ),
      );
    }
  }

  errors.push(...relationErrors(directives));
  for (const d of directives) {
    errors.push(...rawDateErrors(d.file));
    d.data.measures.forEach((n, i) => {
      if (!measureByNumber.has(n)) {
        const known = [...measureByNumber.keys()].sort((a, b) => a - b);
        errors.push(
          new LoaContentError(
            d.file,
            `measures[${i}]`,
            `không có biện pháp số ${n}`,
            `dùng số biện pháp có trong ${folder('measures')} (${known.join(', ')})`,
          ),
        );
      }
    });
    d.data.attachments.forEach((a, i) => {
      if (!byNumber.has(normalizeNumber(a))) {
        errors.push(
          new LoaContentError(
            d.file,
            `attachments[${i}]`,
            `văn bản đính kèm ${a} không có trên trang`,
            `thêm tệp cho ${a} vào ${folder('directives')} hoặc bỏ khỏi attachments`,
          ),
        );
      }
    });
    d.data.cites.forEach((c, i) => {
      if (d.data.number && normalizeNumber(c.number) === normalizeNumber(d.data.number)) {
        errors.push(
          new LoaContentError(d.file, `cites[${i}]`, 'văn bản tự dẫn chiếu chính nó', 'bỏ mục này khỏi cites'),
        );
      }
    });
    for (const n of uncitedNumbersInBody(d)) {
      errors.push(
        new LoaContentError(
          d.file,
          'cites',
          `nội dung nhắc đến văn bản ${n} nhưng cites không có`,
          `thêm { number: "${n}" } vào cites (kèm ngày, cơ quan nếu biết)`,
        ),
      );
    }
    d.data.figures.forEach((f, fi) => {
      f.rows.forEach((r, ri) => {
        if (r.statedPercent !== undefined) {
          if (r.total === undefined) {
            errors.push(
              new LoaContentError(
                d.file,
                `figures[${fi}].rows[${ri}].total`,
                'có statedPercent mà thiếu total',
                'thêm total (tổng số) để kiểm tra tỷ lệ',
              ),
            );
          } else if (Math.abs((r.value / r.total) * 100 - r.statedPercent) > 0.01) {
            const computed = ((r.value / r.total) * 100).toFixed(2);
            errors.push(
              new LoaContentError(
                d.file,
                `figures[${fi}].rows[${ri}].statedPercent`,
                `tỷ lệ ghi ${r.statedPercent} % nhưng ${r.value}/${r.total} = ${computed} %`,
                'kiểm tra lại số liệu so với bản gốc',
              ),
            );
          }
        }
        if (r.total !== undefined && r.value > r.total) {
          errors.push(
            new LoaContentError(
              d.file,
              `figures[${fi}].rows[${ri}].value`,
              `giá trị ${r.value} lớn hơn tổng ${r.total}`,
              'kiểm tra lại số liệu so với bản gốc',
            ),
          );
        }
      });
    });
  }

  const root = byNumber.get(normalizeNumber(settings.rootDocument));
  if (!root) {
    errors.push(
      new LoaContentError(
        folder('settings.yaml'),
        'rootDocument',
        `không có văn bản ${settings.rootDocument} trong ${folder('directives')}`,
        'đặt rootDocument là số ký hiệu của văn bản gốc có trên trang',
      ),
    );
  }

  throwIfAny(errors);
}
