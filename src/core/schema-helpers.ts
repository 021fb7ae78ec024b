import { z } from 'zod';

/** Vietnamese text as readers see it: trimmed and NFC, so comparisons and fonts agree. */
export const viText = () =>
  z
    .string()
    .trim()
    .min(1, 'không được để trống (field must not be empty)')
    .transform((s) => s.normalize('NFC'));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks that a YYYY-MM-DD string names a real calendar day (rejects 2020-02-30). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date
 * objects, so those are accepted and turned back into the same day.
 */
export const isoDate = () =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: 'phải là ngày dạng YYYY-MM-DD, ví dụ 2020-08-01 (must be a date written YYYY-MM-DD)' })
      .refine(isRealIsoDate, {
        message:
          'không phải một ngày có thật; viết dạng YYYY-MM-DD, ví dụ 2020-08-01 (not a real date: write YYYY-MM-DD)',
      }),
  );

export const hexColor = () =>
  z.string().regex(/^#[0-9a-fA-F]{6}$/, 'phải là mã màu dạng #RRGGBB (must be a #RRGGBB colour)');

// Authors read these messages in the build log; zod's defaults ("Invalid
// input: expected string, received undefined") do not say what to do.
const expectedName: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  array: 'danh sách',
  object: 'nhóm trường',
  boolean: 'true/false',
  date: 'ngày',
};

export const authorErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'thiếu trường bắt buộc; thêm trường này vào phần đầu tệp (front matter)';
    const got = Array.isArray(issue.input)
      ? 'danh sách'
      : typeof issue.input === 'object' && issue.input !== null
        ? 'nhóm trường (giá trị có dấu “:” thì đặt trong ngoặc kép)'
        : typeof issue.input === 'string'
          ? 'chữ'
          : typeof issue.input === 'number'
            ? 'số'
            : typeof issue.input;
    return `phải là ${expectedName[issue.expected] ?? issue.expected}, nhưng đang là ${got}; sửa giá trị`;
  }
  if (issue.code === 'unrecognized_keys')
    return `trường không được hỗ trợ: ${issue.keys.join(', ')}; kiểm tra chính tả tên trường hoặc bỏ đi`;
  if (issue.code === 'invalid_value')
    return `giá trị không hợp lệ; dùng một trong: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `cần ít nhất ${String(issue.minimum)} mục`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `phải từ ${String(issue.minimum)} trở lên`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `phải không quá ${String(issue.maximum)}`;
  return undefined;
};

/**
 * Wraps a schema so every problem reaches the build log in our words: Astro
 * rewrites zod's own type errors ("Required"), but leaves custom issues as they are.
 */
export function withAuthorMessages<T extends z.ZodType>(schema: T) {
  return z.any().transform((value, ctx): z.output<T> => {
    const result = schema.safeParse(value, { error: authorErrors });
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path as PropertyKey[], message: issue.message, input: value });
    return z.NEVER;
  });
}
