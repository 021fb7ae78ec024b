import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { settingsSchema } from '../channels/content';
import type { Settings } from './settings-schema';
import { authorErrors } from '../core/schema-helpers';
import { contentRoot } from './content-root';
import { LoaContentError, fieldPath, throwIfAny } from '../core/errors';

const cache = new Map<string, Settings>();

/** `<content>/settings.yaml` as authors name it in messages: relative to where the build runs. */
export function settingsFileOf(root = contentRoot()): string {
  const path = join(root, 'settings.yaml');
  return relative(process.cwd(), path) || path;
}

/** Reads and validates `<content>/settings.yaml`; stops the build on any problem. */
export function loadSettings(root = contentRoot()): Settings {
  const hit = cache.get(root);
  if (hit) return hit;
  const path = join(root, 'settings.yaml');
  const file = settingsFileOf(root);
  if (!existsSync(path)) {
    throw new LoaContentError(
      file,
      '(tệp)',
      'không tìm thấy tệp cấu hình chiến dịch',
      `tạo ${file} (xem README, mục "Cấu hình")`,
    );
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new LoaContentError(file, '(tệp)', `YAML không hợp lệ: ${(e as Error).message}`, 'sửa cú pháp YAML');
  }
  const result = settingsSchema.safeParse(raw, { error: authorErrors });
  if (!result.success) {
    throwIfAny(
      result.error.issues.map(
        (issue) =>
          new LoaContentError(
            file,
            fieldPath(issue.path),
            issue.message,
            'sửa giá trị theo mô tả trong README, mục "Cấu hình"',
          ),
      ),
    );
  }
  cache.set(root, result.data!);
  return result.data!;
}
