import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { contentRoot } from '../config/content-root';
import { LoaContentError } from '../core/errors';
import { cached, cacheKey } from '../render/cache';
import { bytesHash, loudnessFilter } from '../video/encode';
import { runFfmpeg } from '../video/ffmpeg';

/**
 * A voice-over recorded by a person, in the campaign's content folder:
 * `voice/<measure id>/clip.wav` (or .mp3) for the 30-second clip,
 * `voice/<measure id>/broadcast-<n>.wav` for the measure's n-th spot or
 * bulletin. Where one exists it replaces the machine draft in the audio file
 * and the video, brought to the same loudness (EBU R 128, −23 LUFS).
 */
export const RECORDED_FORMATS = ['wav', 'mp3'] as const;

export function voiceFolder(): string {
  return join(contentRoot(), 'voice');
}

/** The recording for one slot, as the author names it (relative to the working folder), or none. */
export function recordedVoice(measureId: string, name: string): string | undefined {
  for (const ext of RECORDED_FORMATS) {
    const path = join(voiceFolder(), measureId, `${name}.${ext}`);
    if (existsSync(path)) return relative(process.cwd(), path);
  }
  return undefined;
}

/** Seconds of sound in a WAV or MP3, as ffmpeg decodes it. */
export async function audioSeconds(path: string): Promise<number> {
  const err = await runFfmpeg(['-i', path, '-f', 'null', '-']);
  const times = [...err.matchAll(/time=(\d+):(\d+):([\d.]+)/g)];
  const last = times.at(-1);
  if (!last) throw new Error(`${path}: ffmpeg found no sound in it`);
  return Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]);
}

/**
 * A recording checked against its slot: longer than the slot stops the build,
 * naming the recording, the slot's field and the fix.
 */
export async function fitRecording(
  path: string,
  slot: { seconds: number; file: string; field: string },
): Promise<string> {
  let seconds: number;
  try {
    seconds = await audioSeconds(path);
  } catch (e) {
    throw new LoaContentError(
      path,
      slot.field,
      `không đọc được bản ghi âm (cannot decode the recording): ${(e as Error).message.split('\n')[0]}`,
      'xuất lại thành WAV hoặc MP3',
    );
  }
  // One frame of slack (40 ms): an editor's export rounds to its own frame.
  if (seconds > slot.seconds + 0.04) {
    throw new LoaContentError(
      path,
      slot.field,
      `bản ghi âm dài ${seconds.toFixed(2)} giây, quá khung ${slot.seconds} giây của ${slot.file} ` +
        `(the recording is longer than its slot)`,
      'thu lại ngắn hơn hoặc cắt bớt khoảng lặng ở đầu và cuối',
    );
  }
  return path;
}

/** The recording as an MP3 at −23 LUFS, for the audio files that the drafts were; cached by its bytes. */
export async function normalisedMp3(path: string): Promise<string> {
  const key = cacheKey('recorded', { bytes: bytesHash(path) });
  const paths = await cached('recorded', key, ['voice.mp3'], async () => {
    const out = join(tmpdir(), `loa-recorded-${process.pid}-${key}.mp3`);
    await runFfmpeg([
      '-i',
      path,
      '-af',
      await loudnessFilter(path),
      '-c:a',
      'libmp3lame',
      '-b:a',
      '128k',
      '-ar',
      '48000',
      '-map_metadata',
      '-1',
      '-fflags',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      '-y',
      out,
    ]);
    const bytes = readFileSync(out);
    rmSync(out);
    return { 'voice.mp3': bytes };
  });
  return paths['voice.mp3'];
}
