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
        message: 'không phải một ngày có thật; viết dạng YYYY-MM-DD, ví dụ 2020-08-01 (not a real date: write YYYY-MM-DD)',
      }),
  );

export const hexColor = () =>
  z.string().regex(/^#[0-9a-fA-F]{6}$/, 'phải là mã màu dạng #RRGGBB (must be a #RRGGBB colour)');
