import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStrings, makeTranslator, readOverrides } from '../../src/i18n/strings';
import { placeholders } from '../../src/i18n/fill';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';

const vi = UI_STRINGS.vi;

function contentWith(overrides: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loa-strings-'));
  mkdirSync(join(dir, 'strings'));
  writeFileSync(join(dir, 'strings', 'vi.yaml'), overrides);
  return dir;
}

describe('UI strings', () => {
  it('are NFC, trimmed and non-empty', () => {
    for (const [key, value] of Object.entries(vi)) {
      expect(value, key).toBe(value.normalize('NFC').trim());
      expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('fill their placeholders, and refuse to print one left empty', () => {
    const t = makeTranslator(vi);
    expect(t('measures.heading', { count: 2 })).toBe('2 biện pháp tuyên truyền');
    expect(() => t('measures.heading')).toThrow(/needs \{count\}/);
    expect(placeholders(vi['copy.basis'])).toEqual(['document', 'date', 'issuer']);
  });

  it('take a campaign’s rewording from its content folder', () => {
    const t = loadStrings(contentWith('measures.heading: "Mười biện pháp tuyên truyền"\n'));
    expect(t('measures.heading', { count: 10 })).toBe('Mười biện pháp tuyên truyền');
    expect(t('nav.search')).toBe(vi['nav.search']);
  });

  it('stop the build on an unknown key, naming the file, the key and the fix', () => {
    const dir = contentWith('measures.headng: "Mười"\n');
    expect(() => readOverrides(dir, 'vi')).toThrow(
      /strings\/vi\.yaml: trường "measures\.headng": không có chuỗi giao diện này\. Cách sửa: dùng một khóa có trong src\/i18n\/vi\.json hoặc src\/channels\/<kênh>\/strings\/vi\.json/,
    );
  });

  it('stop the build on a placeholder the page does not fill', () => {
    const dir = contentWith('measures.heading: "{total} biện pháp"\n');
    expect(() => readOverrides(dir, 'vi')).toThrow(/measures\.heading.*\{total\} không có giá trị.*chỉ dùng \{count\}/);
  });

  it('stop the build on a value that is not text', () => {
    expect(() => readOverrides(contentWith('nav.search: [a, b]\n'), 'vi')).toThrow(/nav\.search.*phải là một dòng chữ/);
  });
});
