import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SCRIPTS,
  baseFace,
  extraFaces,
  faceOrder,
  lettersBreaking,
  scriptOf,
  scriptsOfChar,
  systemFonts,
  type ScriptRow,
} from '../../src/i18n/scripts';
import { cjkOrder, CJK_FONTS, FONT_FILES, FONT_STACK } from '../../src/render/fonts';

/** Thai as one more row: no code of its own. */
const THAI: ScriptRow = {
  script: 'Thai',
  langs: ['th'],
  letters: ['Thai'],
  lines: 'no-spaces',
  system: ['Thonburi', 'Leelawadee UI', 'Noto Sans Thai', 'sans-serif'],
  drawn: { id: 'th', name: 'Noto Sans Thai', package: '@fontsource/noto-sans-thai', prefix: 'noto-sans-thai' },
};
const KHMER: ScriptRow = {
  script: 'Khmr',
  langs: ['km'],
  letters: ['Khmer'],
  lines: 'no-spaces',
  system: ['Khmer Sangam MN', 'Leelawadee UI', 'Noto Sans Khmer', 'sans-serif'],
};
const WITH_THAI = [...SCRIPTS, THAI, KHMER];

describe('the table of scripts and fonts', () => {
  it('finds a language’s script by its script subtag, else by its language, else the site’s own', () => {
    expect(scriptOf('zh-Hans').script).toBe('Hans');
    expect(scriptOf('zh-Hant-TW').script).toBe('Hant');
    expect(scriptOf('zh-TW').script).toBe('Hant');
    expect(scriptOf('zh').script).toBe('Hans');
    expect(scriptOf('ko').script).toBe('Kore');
    expect(scriptOf('ja-JP').script).toBe('Jpan');
    expect(scriptOf('vi').script).toBe('Latn');
    expect(scriptOf('fr').script).toBe('Latn');
    expect(scriptOf(undefined).script).toBe('Latn');
  });
  it('tells letters apart by their Unicode script', () => {
    expect(scriptsOfChar('码').map((r) => r.script)).toEqual(['Hans', 'Hant']);
    expect(scriptsOfChar('ン').map((r) => r.script)).toEqual(['Jpan']);
    expect(scriptsOfChar('한').map((r) => r.script)).toEqual(['Kore']);
    expect(scriptsOfChar('ộ').map((r) => r.script)).toEqual(['Latn']);
  });
  it('gives images their faces: Be Vietnam Pro always, the Noto CJK faces as a text needs, the language’s first', () => {
    expect(baseFace().package).toBe('@fontsource/be-vietnam-pro');
    expect(FONT_FILES.map((f) => f.fileName)).toContain('be-vietnam-pro-vietnamese-800-normal.woff');
    expect(FONT_STACK).toBe('BVP-vietnamese, BVP-latin, BVP-latin-ext');
    expect(Object.keys(CJK_FONTS)).toEqual(['sc', 'jp', 'kr']);
    expect(cjkOrder('ja')).toEqual(['jp', 'sc', 'kr']);
    expect(cjkOrder('ko')).toEqual(['kr', 'sc', 'jp']);
    expect(cjkOrder('zh-Hans')).toEqual(['sc', 'jp', 'kr']);
    expect(cjkOrder('zh-Hant')).toEqual(['sc', 'jp', 'kr']);
    expect(cjkOrder('vi')).toEqual(['sc', 'jp', 'kr']);
  });
  it('gives HTML the reader’s own fonts, as the Wi-Fi notice and the page layout write them', () => {
    expect(systemFonts('vi')).toBe("system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif");
    expect(systemFonts('ja')).toBe(
      "system-ui,'Hiragino Sans','Yu Gothic',Meiryo,'Noto Sans CJK JP','Noto Sans JP',sans-serif",
    );
  });
  it('breaks lines between the letters of scripts written without spaces', () => {
    const noSpaces = lettersBreaking('no-spaces');
    for (const ch of ['码', 'ン', 'の', '。']) expect(noSpaces.test(ch)).toBe(true);
    for (const ch of ['a', 'ộ', '한']) expect(noSpaces.test(ch)).toBe(false);
    expect(lettersBreaking('keep-all').test('한')).toBe(true);
  });
  it('picks up a new script from one more row: Thai and Khmer', () => {
    expect(scriptOf('th', WITH_THAI)).toBe(THAI);
    expect(scriptOf('km-KH', WITH_THAI)).toBe(KHMER);
    expect(scriptOf('th')).toBe(SCRIPTS[0]);
    expect(scriptsOfChar('ไ', WITH_THAI)).toEqual([THAI]);
    expect(scriptsOfChar('ក', WITH_THAI)).toEqual([KHMER]);
    expect(lettersBreaking('no-spaces', WITH_THAI).test('ไ')).toBe(true);
    expect(lettersBreaking('no-spaces', WITH_THAI).test('ក')).toBe(true);
    expect(lettersBreaking('no-spaces').test('ไ')).toBe(false);
    expect(extraFaces(WITH_THAI).map((f) => f.id)).toEqual(['sc', 'jp', 'kr', 'th']);
    expect(faceOrder('th', WITH_THAI)).toEqual(['th', 'sc', 'jp', 'kr']);
    expect(faceOrder('km', WITH_THAI)).toEqual(['sc', 'jp', 'kr', 'th']);
    expect(systemFonts('th', ',', WITH_THAI)).toBe("system-ui,Thonburi,'Leelawadee UI','Noto Sans Thai',sans-serif");
  });
  it('the page layout’s stylesheet has each script’s rule as the table says', () => {
    // Base.astro's <style> is static CSS (Astro bundles it): this keeps it and the table the same.
    const css = readFileSync('src/layouts/Base.astro', 'utf8');
    const rules = [...css.matchAll(/:global\(:lang\(([\w-]+)\)\) \{([^}]*)\}/g)].map(([, lang, body]) => ({
      row: scriptOf(lang),
      family: /font-family: ([^;]+);/.exec(body)?.[1],
      keepAll: body.includes('word-break: keep-all'),
    }));
    expect(rules.map((r) => r.row.script).sort()).toEqual(
      SCRIPTS.slice(1)
        .map((r) => r.script)
        .sort(),
    );
    for (const r of rules) {
      expect(r.family).toBe(systemFonts(`und-${r.row.script}`, ', '));
      expect(r.keepAll).toBe(r.row.lines === 'keep-all');
    }
  });
});
