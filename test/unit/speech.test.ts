import { describe, expect, it } from 'vitest';
import { level } from '../../src/broadcast/speech';

describe('voiced drafts are levelled', () => {
  it('never peak above −1 dBFS, however loud the synthesizer was', () => {
    const loud = Int16Array.from({ length: 22050 }, (_, i) => Math.round(32000 * Math.sin(i / 10)));
    const out = level(loud);
    const peak = Math.max(...out.map(Math.abs));
    expect(20 * Math.log10(peak / 32767)).toBeLessThanOrEqual(-0.99);
  });
  it('bring quiet speech up to the same loudness', () => {
    const quiet = Int16Array.from({ length: 22050 }, (_, i) => Math.round(500 * Math.sin(i / 10)));
    const out = level(quiet);
    const rms = Math.sqrt(out.reduce((a, s) => a + s * s, 0) / out.length);
    expect(20 * Math.log10(rms / 32767)).toBeCloseTo(-18, 0);
  });
  it('leave silence silent', () => expect(level(new Int16Array(10))).toEqual(new Int16Array(10)));
});
