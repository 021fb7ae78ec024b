import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../../src/config/settings';
import { hasUiStrings, loadStrings, makeTranslator, type Strings } from '../../src/i18n/strings';
import { buildManifest } from '../../src/manifest/build';
import { channels } from '../../src/channels/channels';
import { campaignFrom } from '../support/campaign';
import { loadTranslations } from '../../src/i18n/translations';
import { LABEL_KEYS } from '../../src/i18n/translation-schema';
import { visitorNotices } from '../../src/channels/visitors/notices';
import { placeholders } from '../../src/i18n/fill';
import { themeOf } from '../../src/config/palette';
import { portalFile } from '../../src/channels/visitors/portal';
import { LANGUAGES as UI_STRINGS, otherStrings } from '../../src/i18n/strings';

const vi = UI_STRINGS.vi;
const en = otherStrings('en')!;

const CONTENT = join(process.cwd(), 'content');
const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A copy of the campaign's settings and translations, with one file changed. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loa-lang-'));
  cpSync(join(CONTENT, 'settings.yaml'), join(dir, 'settings.yaml'));
  cpSync(join(CONTENT, 'translations'), join(dir, 'translations'), { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}
const load = (dir: string) => loadTranslations(dir, loadSettings(dir), NUMBERS, hasUiStrings);

describe('languages as content', () => {
  it('reads every language of the settings, Vietnamese first, each with its own name and every label', () => {
    const settings = loadSettings(CONTENT);
    expect(settings.languages).toEqual(['vi', 'en', 'zh-Hans', 'ko', 'ja']);
    const all = load(CONTENT);
    expect(all.map((t) => [t.code, t.name])).toEqual([
      ['en', 'English'],
      ['zh-Hans', '简体中文'],
      ['ko', '한국어'],
      ['ja', '日本語'],
    ]);
    for (const t of all) {
      expect(Object.keys(t.labels).sort(), t.code).toEqual([...LABEL_KEYS].sort());
      expect(t.app.installSteps.length, t.code).toBe(settings.app.installSteps.length);
    }
    expect(all.find((t) => t.code === 'en')!.measures!.map((m) => m.number)).toEqual(NUMBERS);
  });

  it('writes CJK text without the spaces a folded YAML line would leave between two ideographs', () => {
    for (const t of load(CONTENT).filter((x) => ['zh-Hans', 'ja'].includes(x.code)))
      for (const s of [t.app.description, t.visitors.body, t.visitors.help, t.app.privacy])
        expect(s, t.code).not.toMatch(/[\u3000-\u9fff\uff00-\uffef] [\u3000-\u9fff\uff00-\uffef]/);
  });

  it('a campaign without languages is Vietnamese only', () => {
    const dir = contentWith('settings.yaml', (s) => s.replace(/^languages:.*\n/m, ''));
    rmSync(join(dir, 'translations'), { recursive: true });
    expect(loadSettings(dir).languages).toEqual(['vi']);
    expect(load(dir)).toEqual([]);
  });
});

describe('languages: bad input stops the build, naming the file and the field', () => {
  const cases: Array<{ name: string; file: string; edit: (s: string) => string; expect: RegExp }> = [
    {
      name: 'a missing field',
      file: 'translations/ko.yaml',
      edit: (s) => s.replace(/^ {2}cta:.*\n/m, ''),
      expect: /translations\/ko\.yaml: trường "visitors\.cta": thiếu trường bắt buộc/,
    },
    {
      name: 'the notice under its old name',
      file: 'translations/ko.yaml',
      edit: (s) => s.replace(/^visitors:/m, 'tourist:'),
      expect:
        /translations\/ko\.yaml: trường "tourist": nhóm này nay tên là visitors: đổi “tourist:” thành “visitors:”/,
    },
    {
      name: 'an unknown field',
      file: 'translations/ja.yaml',
      edit: (s) => s.replace('labels:\n', 'labels:\n  qrCode: QR コード\n'),
      expect: /translations\/ja\.yaml: trường "labels": trường không được hỗ trợ: qrCode/,
    },
    {
      name: 'an empty label',
      file: 'translations/zh-Hans.yaml',
      edit: (s) => s.replace(/^ {2}website: .*$/m, '  website: ""'),
      expect: /translations\/zh-Hans\.yaml: trường "labels\.website": không được để trống/,
    },
    {
      name: 'a measure left untranslated on a language with its own pages',
      file: 'translations/en.yaml',
      edit: (s) => s.replace(/ {2}- number: 7\n[\s\S]*?(?= {2}- number: 8)/, ''),
      expect: /translations\/en\.yaml: trường "measures": thiếu bản dịch biện pháp số 7/,
    },
    {
      name: 'a listed language without its file',
      file: 'settings.yaml',
      edit: (s) => s.replace('languages: [vi, en, zh-Hans, ko, ja]', 'languages: [vi, en, zh-Hans, zh-Hant, ko, ja]'),
      expect: /settings\.yaml: trường "languages\[3\]": không có tệp bản dịch \S*translations\/zh-Hant\.yaml/,
    },
    {
      name: 'a translation file for a language not listed',
      file: 'settings.yaml',
      edit: (s) => s.replace('languages: [vi, en, zh-Hans, ko, ja]', 'languages: [vi, en, zh-Hans, ko]'),
      expect: /translations\/ja\.yaml: trường "\(tệp\)": ngôn ngữ ja không có trong danh sách languages/,
    },
    {
      name: 'other languages without the Vietnamese notice',
      file: 'settings.yaml',
      edit: (s) => s.replace(/^visitors:\n(?: {2}.*\n)+/m, ''),
      expect: /settings\.yaml: trường "visitors": có 4 ngôn ngữ khác nhưng thiếu thông báo/,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const dir = contentWith(c.file, c.edit);
      expect(() => load(dir)).toThrow(c.expect);
    });

  it('settings: Vietnamese must come first, each code once and well formed', () => {
    const bad = (list: string) =>
      contentWith('settings.yaml', (s) => s.replace('languages: [vi, en, zh-Hans, ko, ja]', `languages: ${list}`));
    expect(() => loadSettings(bad('[en, vi]'))).toThrow(/trường "languages": tiếng Việt đứng đầu/);
    expect(() => loadSettings(bad('[vi, en, en]'))).toThrow(/trường "languages": mỗi ngôn ngữ chỉ ghi một lần/);
    expect(() => loadSettings(bad('[vi, english]'))).toThrow(/trường "languages\[1\]": phải là mã ngôn ngữ BCP 47/);
  });
});

describe('UI strings of another language', () => {
  it('English has only keys Vietnamese has, with the same placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(Object.keys(vi), key).toContain(key);
      expect(placeholders(value).sort(), key).toEqual(placeholders(vi[key as keyof typeof vi]).sort());
      expect(value, key).toBe(value.normalize('NFC').trim());
    }
  });
});

describe('the notice for a Wi-Fi login page', () => {
  const settings = loadSettings(CONTENT);
  const notices = visitorNotices(
    settings,
    load(CONTENT),
    (k) => vi[`visitors.${k}`],
    'Tiếng Việt',
    'Theo …',
    'settings.yaml',
  );
  const build = { settings, manifest: { copy: { installAddress: 'app.example' } }, theme: themeOf(settings.palette) };

  it('is one file per language, in that language, with nothing to fetch', () => {
    expect(notices.map((n) => n.lang)).toEqual(settings.languages);
    for (const n of notices) {
      const { html } = portalFile(build, n);
      expect(html).toContain(`<html lang="${n.lang}">`);
      expect(html).toContain(n.headline.replace(/&/g, '&amp;'));
      expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=/);
    }
    expect(
      portalFile(
        build,
        notices.find((n) => n.lang === 'ko')!,
      ).html,
    ).toContain('word-break:keep-all');
  });

  it('stops the build when it would weigh more than 30 KB, naming the file and the field', () => {
    const ja = notices.find((n) => n.lang === 'ja')!;
    const long = { ...ja, help: ja.help.repeat(200) };
    expect(() => portalFile(build, long)).toThrow(/translations\/ja\.yaml: trường "visitors": .* quá 30 KB/);
  });
});

describe('the manifest in every language', () => {
  // Editions (places' own print files) play no part here.
  const campaign = { ...campaignFrom(CONTENT), editions: [] };
  const translations = load(CONTENT);
  const tEn = makeTranslator(en as unknown as Strings);
  const m = buildManifest(campaign, loadStrings(CONTENT), channels, 'settings.yaml', translations, (l) =>
    l === 'en' ? tEn : undefined,
  );

  it('gives each page its language and the same page in the others, both ways', () => {
    expect(new Set(m.pages.map((p) => p.lang))).toEqual(new Set(['vi', 'en', 'zh-Hans', 'ko', 'ja']));
    for (const p of m.pages)
      for (const a of p.alternates) {
        const other = m.pages.find((q) => q.url === a.url)!;
        expect(other.lang, a.url).toBe(a.lang);
        expect(
          other.alternates.map((x) => x.url),
          a.url,
        ).toContain(p.url);
      }
    expect(m.page('home').alternates.map((a) => a.url)).toEqual(['/', '/en/']);
    expect(m.page('visitors', 'vi').alternates.map((a) => a.lang)).toEqual(['vi', 'en', 'zh-Hans', 'ko', 'ja']);
    expect(m.page('measure', 'en/05-wifi-giao-thong-du-lich').alternates[0].url).toBe(
      '/bien-phap/05-wifi-giao-thong-du-lich/',
    );
  });

  it('has a navigation per language: Vietnamese its own, English its four pages, the others none', () => {
    expect(m.navOf('vi')).toBe(m.nav);
    expect(m.navOf('en').map((n) => n.page.url)).toEqual(['/en/bien-phap/', '/en/cai-dat/', '/en/du-lich/']);
    expect(m.navOf('ko')).toEqual([]);
    expect(m.filesOf('visitor-portal').map((f) => f.url)).toEqual(
      ['vi', 'en', 'zh-hans', 'ko', 'ja'].map((l) => `/du-lich/thong-bao-${l}.html`),
    );
  });
});

describe('Traditional Chinese is a content change only', () => {
  it('one more code and one more file give its notice page and its Wi-Fi file', () => {
    const dir = contentWith('settings.yaml', (s) =>
      s.replace('languages: [vi, en, zh-Hans, ko, ja]', 'languages: [vi, en, zh-Hans, zh-Hant, ko, ja]'),
    );
    writeFileSync(
      join(dir, 'translations', 'zh-Hant.yaml'),
      readFileSync(join(dir, 'translations', 'zh-Hans.yaml'), 'utf8').replace('name: 简体中文', 'name: 繁體中文'),
    );
    const tEn = makeTranslator(en as unknown as Strings);
    const m = buildManifest(
      { ...campaignFrom(CONTENT), settings: loadSettings(dir), editions: [] },
      loadStrings(CONTENT),
      channels,
      'settings.yaml',
      load(dir),
      (l) => (l === 'en' ? tEn : undefined),
    );
    expect(m.page('visitors', 'zh-Hant').url).toBe('/zh-hant/du-lich/');
    expect(m.page('visitors', 'vi').alternates.map((a) => a.lang)).toEqual([
      'vi',
      'en',
      'zh-Hans',
      'zh-Hant',
      'ko',
      'ja',
    ]);
    expect(m.file('visitor-portal', (f) => f.notice.lang === 'zh-Hant').url).toBe('/du-lich/thong-bao-zh-hant.html');
    expect(m.notices.find((n) => n.lang === 'zh-Hant')!.name).toBe('繁體中文');
  });
});
