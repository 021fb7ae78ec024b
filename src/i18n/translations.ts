import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { LoaContentError, fieldPath, throwIfAny } from '../core/errors';
import { authorErrors } from '../core/schema-helpers';
import type { Settings } from '../config/settings-schema';
import { settingsFileOf } from '../config/settings';
import { translationSchema, type TranslationData } from './translation-schema';

/** A campaign's words in one more language, with where they came from. */
export interface Translation extends TranslationData {
  code: string;
  file: string;
}

const shown = (path: string) => relative(process.cwd(), path) || path;
const translationPath = (contentDir: string, code: string) => join(contentDir, 'translations', `${code}.yaml`);

/**
 * Reads `<content>/translations/<code>.yaml` for every language of the
 * settings but Vietnamese. A listed language without its file, a file for a
 * language not listed, an unknown or missing field, or a measure left out all
 * stop the build: a half-translated notice must not reach a visitor.
 */
export function loadTranslations(
  contentDir: string,
  settings: Settings,
  measureNumbers: number[],
  /** Whether the language has its own UI strings (and so its own site pages, which need every measure). */
  hasUi: (code: string) => boolean,
): Translation[] {
  const settingsFile = settingsFileOf(contentDir);
  const others = settings.languages.slice(1);
  const errors: LoaContentError[] = [];
  if (others.length && !settings.visitors) {
    errors.push(
      new LoaContentError(
        settingsFile,
        'visitors',
        `có ${others.length} ngôn ngữ khác nhưng thiếu thông báo cho khách bằng tiếng Việt`,
        'thêm nhóm visitors (measure, headline, body, cta, privacy, help), xem README, mục "Languages"',
      ),
    );
  }
  if (settings.visitors && !measureNumbers.includes(settings.visitors.measure)) {
    errors.push(
      new LoaContentError(
        settingsFile,
        'visitors.measure',
        `không có biện pháp số ${settings.visitors.measure}`,
        `dùng số biện pháp có trong measures (${measureNumbers.join(', ')})`,
      ),
    );
  }
  const dir = join(contentDir, 'translations');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const code = name.replace(/\.yaml$/, '');
      if (!others.includes(code))
        errors.push(
          new LoaContentError(
            shown(join(dir, name)),
            '(tệp)',
            `ngôn ngữ ${code} không có trong danh sách languages của ${settingsFile}`,
            `thêm ${code} vào languages, hoặc xóa tệp`,
          ),
        );
    }
  }
  const out: Translation[] = [];
  others.forEach((code, i) => {
    const path = translationPath(contentDir, code);
    const file = shown(path);
    if (!existsSync(path)) {
      errors.push(
        new LoaContentError(
          settingsFile,
          `languages[${i + 1}]`,
          `không có tệp bản dịch ${file}`,
          `tạo ${file} (xem README, mục "Languages") hoặc bỏ ${code} khỏi languages`,
        ),
      );
      return;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push(new LoaContentError(file, '(tệp)', `YAML không hợp lệ: ${(e as Error).message}`, 'sửa cú pháp YAML'));
      return;
    }
    const result = translationSchema.safeParse(raw, { error: authorErrors });
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push(
          new LoaContentError(
            file,
            fieldPath(issue.path),
            issue.message,
            'sửa theo mẫu content/translations/en.yaml (README, mục "Languages")',
          ),
        );
      return;
    }
    const data = result.data;
    if (data.measures && !hasUi(code)) {
      errors.push(
        new LoaContentError(
          file,
          'measures',
          `ngôn ngữ ${code} chưa có chuỗi giao diện src/i18n/${code}.json nên không có trang biện pháp`,
          'bỏ trường measures, hoặc thêm tệp chuỗi giao diện cho ngôn ngữ này',
        ),
      );
    }
    if (hasUi(code)) {
      const given = (data.measures ?? []).map((m) => m.number);
      const missing = measureNumbers.filter((n) => !given.includes(n));
      if (missing.length)
        errors.push(
          new LoaContentError(
            file,
            'measures',
            `thiếu bản dịch biện pháp số ${missing.join(', ')}`,
            'thêm mỗi biện pháp một mục (number, title, summary, body)',
          ),
        );
      (data.measures ?? []).forEach((m, j) => {
        if (!measureNumbers.includes(m.number) || given.indexOf(m.number) !== j)
          errors.push(
            new LoaContentError(
              file,
              `measures[${j}].number`,
              `số ${m.number} không có trong measures hoặc bị ghi hai lần`,
              `dùng mỗi số một lần trong (${measureNumbers.join(', ')})`,
            ),
          );
      });
    }
    out.push({ ...data, code, file });
  });
  throwIfAny(errors);
  return out;
}
