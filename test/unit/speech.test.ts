import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { level, voicedDraft, wavSamples } from '../../src/broadcast/speech';

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

describe('the voiced draft', () => {
  const speech = { syllablesPerSecond: 4, say: {}, voice: 'vi' as const, wordsPerMinute: 160 };
  it('reads eSpeak’s WAV header', () => {
    const wav = new Uint8Array(48);
    new DataView(wav.buffer).setUint32(24, 22050, true);
    new DataView(wav.buffer).setInt16(44, 1234, true);
    expect(wavSamples(wav)).toEqual({ samples: Int16Array.from([1234, 0]), rate: 22050 });
  });
  it('speaks Vietnamese with the npm build, about as long as the words need', async () => {
    const draft = await voicedDraft('Hãy cài ứng dụng tại nhà.', speech);
    expect(draft.seconds).toBeGreaterThan(0.8);
    expect(draft.seconds).toBeLessThan(4);
  });
  const hasSystem = spawnSync('espeak-ng', ['--version']).status === 0;
  it.runIf(hasSystem)('speaks with Debian’s espeak-ng too, when LOA_ESPEAK=system', async () => {
    process.env.LOA_ESPEAK = 'system';
    try {
      const draft = await voicedDraft('Hãy cài ứng dụng tại nhà, rồi nhắc người thân.', speech);
      expect(draft.seconds).toBeGreaterThan(1);
    } finally {
      delete process.env.LOA_ESPEAK;
    }
  });
});
