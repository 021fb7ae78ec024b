import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { threadId } from 'node:worker_threads';
import { draftWordsPerMinute, level, voicedDraft, voicedTrack, wavSamples } from '../../src/voice/speech';
import { spokenSyllables } from '../../src/voice/spoken';
import { speechSchema } from '../../src/voice/schema';
import { runVoice, voiceThreadRunning } from '../../src/voice/voice-pool';
import { synthesize } from '../../src/voice/voice';

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
  const speech = { syllablesPerSecond: 4, minFill: 0.8, say: {}, voice: 'vi' as const, wordsPerMinute: 160 };
  it('reads eSpeak’s WAV header', () => {
    const wav = new Uint8Array(48);
    new DataView(wav.buffer).setUint32(24, 22050, true);
    new DataView(wav.buffer).setInt16(44, 1234, true);
    expect(wavSamples(wav)).toEqual({ samples: Int16Array.from([1234, 0]), rate: 22050 });
  });
  it('reads the same words to the same samples, whatever it read before (builds repeat byte for byte)', async () => {
    const o = { voice: 'vi', wpm: 160, system: false };
    const words = 'Đề nghị các đơn vị cài đặt ứng dụng ngay hôm nay.';
    const first = await synthesize(words, o);
    await synthesize('Một câu khác, đọc nhanh hơn nhiều, để thử xem máy đọc có nhớ gì không.', o, 256);
    const again = await synthesize(words, o);
    expect(first.samples.length).toBeGreaterThan(10_000);
    expect(Buffer.from(again.samples.buffer).equals(Buffer.from(first.samples.buffer))).toBe(true);
  });
  it('speaks Vietnamese with the npm build, about as long as the words need', async () => {
    const draft = await voicedDraft('Hãy cài ứng dụng tại nhà.', speech);
    expect(draft.seconds).toBeGreaterThan(0.8);
    expect(draft.seconds).toBeLessThan(4);
  });
  it.each(speechSchema.shape.voice.unwrap().options)('has the %s voice the settings offer', async (voice) => {
    const draft = await voicedDraft('Hãy cài ứng dụng tại nhà.', { ...speech, voice });
    expect(draft.seconds).toBeGreaterThan(0.8);
  });
  it('voices on a thread of its own, so the build goes on writing pages meanwhile', async () => {
    const options = { voice: 'vi', wpm: 160, system: false };
    const done = await runVoice({ op: 'draft', args: ['Hãy cài ứng dụng.', options] });
    expect(done.thread).not.toBe(threadId);
    expect(done.result.seconds).toBeGreaterThan(0.5);
    // MP3 frames from LAME: the first frame header's sync word, MPEG-2 layer III at 22,050 Hz.
    expect([done.result.mp3[0], done.result.mp3[1] & 0xfe]).toEqual([0xff, 0xf2]);
    const track = await runVoice({
      op: 'track',
      args: [[{ start: 0, end: 0.5, spoken: 'Hãy cài ứng dụng Bluezone cho cả gia đình ngay hôm nay.' }], 2, options],
    });
    expect(track.result).toEqual({ overrun: { index: 0, seconds: expect.any(Number) } });
    // Idle, it ends, so its memory is not held while the build writes its last pages; asked again, it starts.
    expect(voiceThreadRunning()).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(voiceThreadRunning()).toBe(false);
    expect((await runVoice({ op: 'draft', args: ['Cài ứng dụng.', options] })).thread).not.toBe(threadId);
  });
  it('stops the build naming the file and the scene when its words cannot fit, even read faster', async () => {
    const long = 'Hãy cài ứng dụng Bluezone cho cả gia đình ngay hôm nay, rồi nhắc người thân cùng cài.';
    const segments = [
      { start: 0, end: 0.5, spoken: long, file: 'content/measures/01.mdx', field: 'clip.scenes[0].voiceover' },
    ];
    await expect(voicedTrack(segments, 2, speech)).rejects.toThrow(
      /^content\/measures\/01\.mdx: trường "clip\.scenes\[0\]\.voiceover": bản đọc máy dài [\d.]+ giây, không vừa cảnh 0\.5 giây\. Cách sửa: rút gọn lời bình$/,
    );
  });
  const hasSystem = spawnSync('espeak-ng', ['--version']).status === 0;
  it.skipIf(!hasSystem)('speaks with Debian’s espeak-ng too, when LOA_ESPEAK=system (needs espeak-ng)', async () => {
    process.env.LOA_ESPEAK = 'system';
    try {
      const draft = await voicedDraft('Hãy cài ứng dụng tại nhà, rồi nhắc người thân.', speech);
      expect(draft.seconds).toBeGreaterThan(1);
    } finally {
      delete process.env.LOA_ESPEAK;
    }
  });
});

describe('the draft’s pace', () => {
  const speech = { syllablesPerSecond: 4, minFill: 0.8, say: {}, voice: 'vi' as const };
  it('follows the newsreader’s pace unless wordsPerMinute is set, which wins', () => {
    expect(draftWordsPerMinute(speech)).toBe(160);
    expect(draftWordsPerMinute({ ...speech, syllablesPerSecond: 4.5 })).toBe(180);
    expect(draftWordsPerMinute({ ...speech, wordsPerMinute: 200 })).toBe(200);
    // eSpeak takes 80–450 words a minute.
    expect(draftWordsPerMinute({ ...speech, syllablesPerSecond: 1 })).toBe(80);
  });
  it('reads about as many syllables a second as the slot check counts', async () => {
    const text =
      'Kính thưa bà con. Mỗi người có điện thoại thông minh hãy cài ứng dụng. ' +
      'Khi đã ở gần người nhiễm bệnh, ứng dụng báo cho bạn để kịp thời được hướng dẫn. ' +
      'Ứng dụng không thu thập vị trí của người dùng. Cài cho mình, và nhắc người thân cùng cài.';
    for (const pace of [speech, { ...speech, syllablesPerSecond: 4.5 }]) {
      const draft = await voicedDraft(text, pace);
      const expected = spokenSyllables(text) / pace.syllablesPerSecond;
      // Pauses at commas and full stops make the draft a little longer than the syllables alone; at × 60 words
      // a minute (a Vietnamese syllable taken for an English word) it would run a third short.
      expect(draft.seconds, `${pace.syllablesPerSecond} syllables a second`).toBeGreaterThan(expected * 0.9);
      expect(draft.seconds, `${pace.syllablesPerSecond} syllables a second`).toBeLessThan(expected * 1.2);
    }
  });
});
