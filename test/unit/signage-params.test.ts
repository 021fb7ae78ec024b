import { describe, expect, it } from 'vitest';
import { parseSignageParams, resolveOrientation } from '../../src/signage/params';

const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const parse = (q: string) => parseSignageParams(q, all, 10);

describe('signage parameters', () => {
  it('defaults', () => expect(parse('')).toEqual({ seconds: 10, measures: all, orientation: 'auto' }));
  it('reads seconds, measures and orientation', () => {
    expect(parse('?s=15&m=1,3,5-7&o=doc')).toEqual({ seconds: 15, measures: [1, 3, 5, 6, 7], orientation: 'portrait' });
    expect(parse('?o=ngang').orientation).toBe('landscape');
  });
  it('falls back on anything malformed, never keeping the raw value', () => {
    expect(parse('?s=abc&m=<script>alert(1)</script>&o=sideways')).toEqual({
      seconds: 10,
      measures: all,
      orientation: 'auto',
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
