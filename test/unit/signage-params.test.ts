import { describe, expect, it } from 'vitest';
import { parseSignageParams, resolveOrientation } from '../../src/channels/signage/params';

const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const languages = ['vi', 'en', 'zh-Hans', 'ko', 'ja'];
const parse = (q: string) => parseSignageParams(q, all, 10, languages);

describe('signage parameters', () => {
  it('defaults', () => expect(parse('')).toEqual({ seconds: 10, measures: all, orientation: 'auto', langs: [] }));
  it('reads seconds, measures and orientation', () => {
    expect(parse('?s=15&m=1,3,5-7&o=doc')).toEqual({
      seconds: 15,
      measures: [1, 3, 5, 6, 7],
      orientation: 'portrait',
      langs: [],
    });
    expect(parse('?o=ngang').orientation).toBe('landscape');
  });
  it('falls back on anything malformed, never keeping the raw value', () => {
    expect(parse('?s=abc&m=<script>alert(1)</script>&o=sideways&lang=<img src=x>')).toEqual({
      seconds: 10,
      measures: all,
      orientation: 'auto',
      langs: [],
    });
    expect(parse('?s=0').seconds).toBe(10);
    expect(parse('?s=99999').seconds).toBe(10);
    expect(parse('?s=-5').seconds).toBe(10);
    expect(parse('?s=1e3').seconds).toBe(10);
    expect(parse('?m=42').measures).toEqual(all);
    expect(parse('?m=2,99').measures).toEqual([2]);
    expect(parse('?m=1;DROP').measures).toEqual(all);
  });
  it('picks portrait on a tall screen', () => {
    expect(resolveOrientation('auto', 1080, 1920)).toBe('portrait');
    expect(resolveOrientation('auto', 1366, 768)).toBe('landscape');
    expect(resolveOrientation('landscape', 1080, 1920)).toBe('landscape');
  });
});

describe('signage languages (?lang=)', () => {
  it('takes one language', () => {
    expect(parse('?lang=en').langs).toEqual(['en']);
    expect(parse('?lang=vi').langs).toEqual(['vi']);
  });
  it('rotates several, in the order given', () => {
    expect(parse('?lang=vi,en,zh-Hans,ko,ja').langs).toEqual(languages);
    expect(parse('?lang=ja,en').langs).toEqual(['ja', 'en']);
  });
  it('matches codes whatever their case and writes them as the campaign does', () => {
    expect(parse('?lang=ZH-hans,KO').langs).toEqual(['zh-Hans', 'ko']);
  });
  it('drops unknown codes and repeats, keeping the known ones', () => {
    expect(parse('?lang=en,fr,en,xx-YY').langs).toEqual(['en']);
  });
  it('falls back to no visitors’ slide (the default) on anything else', () => {
    for (const q of [
      '?lang=fr',
      '?lang=',
      '?lang=en;ja',
      '?lang=en,,ja',
      '?lang=javascript:alert(1)',
      '?lang=%3Cscript%3E',
      `?lang=${'en,'.repeat(100)}en`,
      '?lang=e',
      '?lang=en%00',
    ])
      expect(parse(q).langs, q).toEqual([]);
  });
  it('knows no language when the campaign has none', () => {
    expect(parseSignageParams('?lang=en', all, 10).langs).toEqual([]);
  });
});
