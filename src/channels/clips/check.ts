import { LoaContentError } from '../../core/errors';
import { countSyllables } from '../../voice/syllables';
import { cueProblem, sceneCues } from './captions';
import { timeline } from './timecode';
import { installHost } from '../../config/install-host';
import type { MeasureEntry } from '../../core/records';
import type { Settings } from '../../config/settings-schema';

/** The closing line names the app and, when the campaign lists its verbs ("cài", "tải"), one of them. */
function hasCallToAction(text: string, settings: Settings): boolean {
  const t = text.toLocaleLowerCase('vi');
  const verbs = settings.clip.callToAction.map((v) => v.toLocaleLowerCase('vi'));
  return (
    (verbs.length === 0 || verbs.some((v) => t.includes(v))) && t.includes(settings.app.name.toLocaleLowerCase('vi'))
  );
}

/**
 * Checks a measure's 30-second clip: total length, voice-over speed, on-screen
 * reading time, captions, and the closing call to action. Every problem names
 * the file and the scene's field.
 */
export function clipErrors(measure: MeasureEntry, settings: Settings): LoaContentError[] {
  const { durationSeconds, syllablesPerSecond, readingCharsPerSecond } = settings.clip;
  const scenes = measure.data.clip.scenes;
  const errors: LoaContentError[] = [];
  const err = (field: string, problem: string, fix: string) =>
    errors.push(new LoaContentError(measure.file, field, `biện pháp ${measure.data.number}: ${problem}`, fix));

  const total = scenes.reduce((a, s) => a + s.duration, 0);
  if (Math.abs(total - durationSeconds) > 1e-9) {
    err(
      'clip.scenes',
      `tổng thời lượng các cảnh là ${total} giây, phải đúng ${durationSeconds} giây`,
      `chỉnh duration của các cảnh cho tổng bằng ${durationSeconds}`,
    );
  }
  for (const t of timeline(scenes)) {
    const s = t.scene;
    const at = `clip.scenes[${t.index}]`;
    const syllables = countSyllables(s.voiceover, settings.clip.pronunciations);
    const allowed = Math.floor(s.duration * syllablesPerSecond);
    if (syllables > allowed) {
      err(
        `${at}.voiceover`,
        `lời bình cảnh ${t.index + 1} có khoảng ${syllables} âm tiết, quá ${allowed} âm tiết ` +
          `đọc được trong ${s.duration} giây (${syllablesPerSecond} âm tiết/giây)`,
        'rút gọn lời bình hoặc tăng thời lượng cảnh',
      );
    }
    const readable = Math.floor(s.duration * readingCharsPerSecond);
    if (s.onScreen.length > readable) {
      err(
        `${at}.onScreen`,
        `chữ trên màn hình cảnh ${t.index + 1} dài ${s.onScreen.length} ký tự, ` +
          `quá ${readable} ký tự đọc kịp trong ${s.duration} giây`,
        'rút gọn chữ trên màn hình',
      );
    }
    for (const cue of sceneCues(s.voiceover, t.start, t.end, t.index)) {
      const problem = cueProblem(cue);
      if (problem)
        err(`${at}.voiceover`, `cảnh ${t.index + 1}: ${problem}`, 'rút gọn lời bình hoặc tăng thời lượng cảnh');
    }
  }
  const last = scenes.at(-1);
  if (last) {
    const at = `clip.scenes[${scenes.length - 1}]`;
    const host = installHost(settings);
    for (const field of ['voiceover', 'onScreen'] as const) {
      if (!hasCallToAction(last[field], settings))
        err(
          `${at}.${field}`,
          `cảnh cuối chưa kêu gọi cài đặt (“cài ${settings.app.name}”)`,
          `thêm lời kêu gọi, ví dụ “Hãy cài ${settings.app.name} tại ${host}.”`,
        );
      if (!last[field].toLocaleLowerCase('vi').includes(host))
        err(`${at}.${field}`, `cảnh cuối thiếu địa chỉ cài đặt ${host}`, `thêm địa chỉ ${host}`);
    }
  }
  return errors;
}
