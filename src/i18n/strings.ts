import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import coreVi from './vi.json' with { type: 'json' };
import coreEn from './en.json' with { type: 'json' };
import { LoaContentError, throwIfAny } from '../core/errors';
import { channelNames } from '../channels/registry';
import { fill, placeholders, type Vars } from './fill';

export type { Vars };

/**
 * The strings of the channels, each from its `strings/vi.json`: a channel with strings adds their keys here
 * (declaration merging, as it adds its page kinds to ../manifest/kinds):
 *
 *     import type strings from './strings/vi.json';
 *     declare module '../../i18n/strings' {
 *       interface ChannelStrings extends Record<keyof typeof strings, string> {}
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface ChannelStrings {}

/**
 * Every word the site shows a reader, one file per language: the core's (src/i18n/<lang>.json) and each
 * channel's (src/channels/<name>/strings/<lang>.json). Vietnamese is the reference.
 */
export type StringKey = keyof typeof coreVi | keyof ChannelStrings;
export type Strings = Record<StringKey, string>;

const channelFiles = import.meta.glob<Record<string, string>>('../channels/*/strings/*.json', {
  eager: true,
  import: 'default',
});
const definedIn = new Map<string, string>();

/** A language's strings: the core's and every channel's in the registry's order; a key in two files stops the build. */
function gather(lang: string, core: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = { ...core };
  const where = new Map(Object.keys(core).map((k) => [k, `src/i18n/${lang}.json`]));
  for (const name of channelNames) {
    const file = `src/channels/${name}/strings/${lang}.json`;
    for (const [key, value] of Object.entries(channelFiles[`../channels/${name}/strings/${lang}.json`] ?? {})) {
      if (where.has(key)) throw new Error(`${file}: "${key}" is already a string of ${where.get(key)}; rename one`);
      where.set(key, file);
      all[key] = value;
    }
  }
  if (lang === 'vi') for (const [key, file] of where) definedIn.set(key, file);
  return all;
}

const vi = gather('vi', coreVi) as Strings;
const en = gather('en', coreEn) as Partial<Strings>;

/** The file that holds a string's default wording, for a message that tells an author where it comes from. */
export function stringsFileOf(key: StringKey): string {
  return definedIn.get(key) ?? 'src/i18n/vi.json';
}
export interface Translate {
  (key: StringKey, vars?: Vars): string;
  /** The string with its placeholders unfilled, for a script that fills them in the browser. */
  raw(key: StringKey): string;
}

export const LANGUAGES = { vi } satisfies Record<string, Strings>;
export type Language = keyof typeof LANGUAGES;

/**
 * Other languages' UI files hold only the strings their pages use (a site in
 * English has no loudspeaker scripts); a page asking for a string its
 * language lacks stops the build rather than show Vietnamese.
 */
const OTHER_LANGUAGES: Record<string, Partial<Strings>> = { en };

/** Whether a language has its own UI strings, and so its own site pages. */
export const hasUiStrings = (code: string) => code === 'vi' || code in OTHER_LANGUAGES;

/** The UI strings of another language than Vietnamese; undefined when it has none. */
export function otherStrings(code: string): Partial<Strings> | undefined {
  return OTHER_LANGUAGES[code];
}

export function makeTranslator(strings: Strings): Translate {
  const t = (key: StringKey, vars: Vars = {}) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`i18n: no string "${key}"`);
    return fill(template, vars, key);
  };
  return Object.assign(t, { raw: (key: StringKey) => strings[key] });
}

/**
 * A campaign may reword any string from `<content>/strings/<lang>.yaml`
 * (e.g. "Mười biện pháp" where the default says "10 biện pháp"). Unknown keys
 * and placeholders the page does not supply stop the build.
 */
export function readOverrides(contentDir: string, lang: Language): Partial<Strings> {
  const path = join(contentDir, 'strings', `${lang}.yaml`);
  if (!existsSync(path)) return {};
  const file = relative(process.cwd(), path) || path;
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (e) {
    throw new LoaContentError(file, '(tệp)', `YAML không hợp lệ: ${(e as Error).message}`, 'sửa cú pháp YAML');
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    throw new LoaContentError(
      file,
      '(tệp)',
      'phải là các cặp khóa: chữ',
      'viết mỗi dòng dạng khoa.con: "Chữ hiển thị"',
    );
  }
  const reference = LANGUAGES[lang];
  const errors: LoaContentError[] = [];
  const out: Partial<Strings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in reference)) {
      errors.push(
        new LoaContentError(
          file,
          key,
          'không có chuỗi giao diện này',
          `dùng một khóa có trong src/i18n/${lang}.json hoặc src/channels/<kênh>/strings/${lang}.json`,
        ),
      );
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) {
      errors.push(new LoaContentError(file, key, 'phải là một dòng chữ', 'viết chữ thay thế trong ngoặc kép'));
      continue;
    }
    const allowed = new Set(placeholders(reference[key as StringKey]));
    const unknown = placeholders(value).filter((p) => !allowed.has(p));
    if (unknown.length) {
      const hint = allowed.size
        ? `chỉ dùng ${[...allowed].map((p) => `{${p}}`).join(', ')}`
        : 'bỏ phần trong ngoặc nhọn';
      errors.push(
        new LoaContentError(file, key, `chỗ trống ${unknown.map((p) => `{${p}}`).join(', ')} không có giá trị`, hint),
      );
      continue;
    }
    out[key as StringKey] = value.normalize('NFC');
  }
  throwIfAny(errors);
  return out;
}

/** A language's strings with the campaign's own wording. */
export function campaignStrings(contentDir: string, lang: Language = 'vi'): Strings {
  return { ...LANGUAGES[lang], ...readOverrides(contentDir, lang) };
}

export function loadStrings(contentDir: string, lang: Language = 'vi'): Translate {
  return makeTranslator(campaignStrings(contentDir, lang));
}
