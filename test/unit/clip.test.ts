import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseSync } from 'subtitle';
import { countSyllables, numberSyllables } from '../../src/voice/syllables';
import { clipCues, cueProblem, toSrt, toVtt, CAPTION } from '../../src/channels/clips/captions';
import { clipErrors } from '../../src/channels/clips/check';
import { installHost } from '../../src/config/install-host';
import { timecode } from '../../src/channels/clips/timecode';
import { measureSchema } from '../../src/channels/content';
import { loadSettings } from '../../src/config/settings';
import type { MeasureEntry } from '../../src/core/records';

const settings = loadSettings();
const real: MeasureEntry[] = readdirSync('content/measures').map((f) => {
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/measures/${f}`, 'utf8'))![1];
  return { id: f.replace('.mdx', ''), file: `content/measures/${f}`, body: '', data: measureSchema.parse(parse(fm)) };
});

describe('syllables', () => {
  it('counts Vietnamese words as one syllable each, campaign words as the settings say', () => {
    expect(countSyllables('Hãy cài Bluezone để bảo vệ cộng đồng.', { Bluezone: 2 })).toBe(9);
    expect(countSyllables('Hãy cài Bluezone để bảo vệ cộng đồng.')).toBe(8);
  });
  it('reads numbers, percentages and addresses aloud', () => {
    expect(numberSyllables(12)).toBe(2);
    expect(numberSyllables(90)).toBe(2);
    expect(countSyllables('100%')).toBeGreaterThanOrEqual(4);
    expect(countSyllables('bluezone.gov.vn', { bluezone: 2 })).toBeGreaterThanOrEqual(7);
    expect(countSyllables('UBND')).toBe(4);
  });
});

describe('captions', () => {
  it('keep every real clip within 42 characters a line, 2 lines, 17 characters a second, 5/6–7 s a cue, inside its scene', () => {
    for (const m of real) {
      const cues = clipCues(m.data.clip.scenes);
      expect(cues.length).toBeGreaterThanOrEqual(m.data.clip.scenes.length);
      for (const c of cues) {
        expect(cueProblem(c), `${m.file}: ${c.lines.join(' / ')}`).toBeUndefined();
        expect(c.lines.every((l) => l.length <= CAPTION.maxLineChars)).toBe(true);
      }
      let t = 0;
      for (const [i, s] of m.data.clip.scenes.entries()) {
        for (const c of cues.filter((x) => x.scene === i)) {
          expect(c.start).toBeGreaterThanOrEqual(t);
          expect(c.end).toBeLessThanOrEqual(t + s.duration + 1e-9);
        }
        t += s.duration;
      }
    }
  });
  it('writes WebVTT and SRT that parse back to the same cues', () => {
    const cues = clipCues(real[0].data.clip.scenes);
    const vtt = toVtt(cues);
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(parseSync(vtt).filter((n) => n.type === 'cue')).toHaveLength(cues.length);
    const srt = parseSync(toSrt(cues)).filter((n) => n.type === 'cue');
    expect(srt).toHaveLength(cues.length);
    expect((srt.at(-1)!.data as { end: number }).end).toBe(30000);
  });
  it('formats timecodes', () => {
    expect(timecode(4)).toBe('00:04');
    expect(timecode(27.5)).toBe('00:27.5');
    expect(timecode(65)).toBe('01:05');
  });
});

describe('clip checks', () => {
  it('pass for the ten real scripts', () => {
    expect(real).toHaveLength(10);
    for (const m of real) expect(clipErrors(m, settings).map((e) => e.message)).toEqual([]);
  });
  const broken = (edit: (m: MeasureEntry) => void) => {
    const m: MeasureEntry = structuredClone(real[0]);
    edit(m);
    return clipErrors(m, settings)
      .map((e) => e.message)
      .join('\n');
  };
  it('stop when the durations do not add up', () => {
    expect(
      broken((m) => {
        m.data.clip.scenes[0].duration = 9;
      }),
    ).toMatch(
      /01-co-quan-nha-nuoc\.mdx: trường "clip\.scenes": biện pháp 1: tổng thời lượng các cảnh là 34 giây, phải đúng 30 giây/,
    );
  });
  it('stop on a voice-over too long for its scene, naming the scene', () => {
    const msg = broken((m) => {
      m.data.clip.scenes[1].voiceover =
        'Mỗi cán bộ, công chức, viên chức và người lao động có điện thoại thông minh đều phải cài đặt Bluezone ngay hôm nay.';
    });
    expect(msg).toMatch(
      /trường "clip\.scenes\[1\]\.voiceover": biện pháp 1: lời bình cảnh 2 có khoảng \d+ âm tiết, quá 24 âm tiết/,
    );
    expect(msg).toMatch(/Cách sửa: rút gọn lời bình hoặc tăng thời lượng cảnh/);
  });
  it('stop on on-screen text too long to read', () => {
    expect(
      broken((m) => {
        m.data.clip.scenes[0].onScreen =
          'Cơ quan nhà nước làm gương cài đặt Bluezone cho toàn bộ cán bộ, công chức, viên chức và người lao động';
      }),
    ).toMatch(/trường "clip\.scenes\[0\]\.onScreen".*quá 75 ký tự/);
  });
  it('stop when the last scene lacks the call to action or the address', () => {
    const msg = broken((m) => {
      m.data.clip.scenes[4].voiceover = 'Cảm ơn bạn đã xem.';
    });
    expect(msg).toMatch(/clip\.scenes\[4\]\.voiceover.*chưa kêu gọi cài đặt/);
    expect(msg).toMatch(
      new RegExp(
        `clip\\.scenes\\[4\\]\\.voiceover.*thiếu địa chỉ cài đặt ${installHost(settings).replace(/\./g, '\\.')}`,
      ),
    );
  });
});
