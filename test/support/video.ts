import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ffprobe from '@ffprobe-installer/ffprobe';
import sharp from 'sharp';
import { ffmpegPath, runnable } from '../../src/video/ffmpeg';

/** ffprobe from its registry package (a devDependency), made executable as the encoder is. */
export function ffprobePath(): string {
  return runnable(ffprobe.path, 'ffprobe');
}

export interface Probe {
  streams: Array<{
    codec_type: string;
    codec_name: string;
    profile?: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    r_frame_rate?: string;
    sample_rate?: string;
    channels?: number;
    nb_frames?: string;
    duration?: string;
    tags?: { language?: string };
  }>;
  format: { format_name: string; duration: string; tags?: Record<string, string> };
}

/** What a video file says it holds: container, streams, sizes, rates, lengths. */
export function probe(path: string): Probe {
  const out = execFileSync(ffprobePath(), ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', path]);
  return JSON.parse(out.toString()) as Probe;
}

/** Whether the file's first box after ftyp is moov: players start before the whole file has arrived. */
export function fastStart(bytes: Uint8Array): boolean {
  const box = (at: number) => Buffer.from(bytes.subarray(at + 4, at + 8)).toString('latin1');
  const size = (at: number) => Buffer.from(bytes.subarray(at, at + 4)).readUInt32BE(0);
  return box(0) === 'ftyp' && box(size(0)) === 'moov';
}

/** Integrated loudness (LUFS) and true peak (dBTP), measured by ffmpeg's EBU R 128 meter on the decoded sound. */
export function loudness(path: string): { integrated: number; truePeak: number } {
  const args = ['-hide_banner', '-nostats', '-i', path, '-map', '0:a', '-af', 'ebur128=peak=true', '-f', 'null', '-'];
  // The meter writes its summary on standard error.
  const run = spawnSync(ffmpegPath(), args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`ffmpeg ebur128 on ${path} failed: ${run.stderr}`);
  const summary = run.stderr.slice(run.stderr.lastIndexOf('Summary:'));
  const integrated = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { integrated, truePeak };
}

/** One decoded frame at `seconds`, as a PNG. */
export function frameAt(path: string, seconds: number): Buffer {
  const args = ['-hide_banner', '-loglevel', 'error', '-ss', String(seconds), '-i', path, '-frames:v', '1'];
  return execFileSync(ffmpegPath(), [...args, '-c:v', 'png', '-f', 'image2pipe', '-'], { maxBuffer: 64 << 20 });
}

/**
 * Mean absolute difference (0–255) between two pictures, both brought to `width`×`height` in grey: a decoded
 * frame against the drawing it was made from, where lossy coding leaves a few levels and a wrong picture dozens.
 */
export async function meanDifference(
  a: Buffer | string,
  b: Buffer | string,
  width = 320,
  height = 180,
  crop?: { left: number; top: number; width: number; height: number },
): Promise<number> {
  const grey = async (img: Buffer | string, region?: typeof crop) => {
    let s = sharp(img);
    if (region) s = s.extract(region);
    return s.resize(width, height, { fit: 'fill' }).greyscale().raw().toBuffer();
  };
  const [x, y] = await Promise.all([grey(a, crop), grey(b)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
  return sum / x.length;
}

/**
 * A voice-like recording: 48 kHz mono 16-bit WAV, bursts of a few harmonics at a syllable's rate with short
 * pauses, at a level far from −23 LUFS so normalising it shows. Made by the tests, never committed.
 */
export function writeVoiceWav(path: string, seconds: number, level = 0.6): void {
  const rate = 48_000;
  const n = Math.round(seconds * rate);
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const syllable = Math.max(0, Math.sin(Math.PI * 4 * t)) ** 2;
    const pitch = 140 + 20 * Math.sin(2 * Math.PI * 0.7 * t);
    const tone = [1, 0.5, 0.3, 0.2].reduce((s, amp, k) => s + amp * Math.sin(2 * Math.PI * pitch * (k + 1) * t), 0);
    const v = Math.max(-1, Math.min(1, (level * syllable * tone) / 2));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([header, data]));
}

/**
 * What a video says as text: its container's and streams' tags (title, encoder, language) and its caption track's
 * words, for the leak check (./leaks.ts).
 */
export function videoTexts(bytes: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'loa-video-text-'));
  const path = join(dir, 'v.mp4');
  try {
    writeFileSync(path, bytes);
    const { format, streams } = probe(path);
    const tags = [format.tags ?? {}, ...streams.map((s) => s.tags ?? {})].flatMap((t) => Object.values(t));
    const hasCaptions = streams.some((s) => s.codec_type === 'subtitle');
    const captions = hasCaptions
      ? execFileSync(ffmpegPath(), ['-v', 'error', '-i', path, '-map', '0:s:0', '-f', 'srt', '-'], {
          maxBuffer: 16 << 20,
        }).toString('utf8')
      : '';
    return [...tags.map(String), captions];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
