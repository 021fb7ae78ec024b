import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedIn, rendererFingerprint } from '../render/cache';
import { record } from '../render/stats';
import { ffmpegVersion, runFfmpeg } from './ffmpeg';

// LOA_VIDEO_CACHE: its own folder, which a cold render cache (LOA_RENDER_CACHE) leaves alone: a video's key is the
// hash of its inputs' bytes, recomputed from freshly drawn frames and voices, so a cold build still proves them.
const videoRoot = () => process.env.LOA_VIDEO_CACHE ?? join(process.cwd(), 'node_modules/.cache/loa/videos');

/** Frames a second, for television (EBU 25p) and every other file alike. */
export const FPS = 25;

/**
 * What every video is encoded with. x264 `veryfast` with the still-image
 * tuning, no B-frames and the cheapest motion search: the frames are stills,
 * so the encoder's work is saying "same as before" 25 times a second, and a
 * 30-second 1080p clip costs about 4 CPU seconds. One thread per encode
 * (two encodes side by side on two cores): x264's output depends on its
 * thread count, so pinning it makes the bytes the same on every machine.
 */
export const ENCODER = {
  video: [
    ['-c:v', 'libx264'],
    ['-preset', 'veryfast'],
    ['-tune', 'stillimage'],
    ['-x264-params', 'rc-lookahead=0:bframes=0:me=dia:subme=0:ref=1:trellis=0:partitions=none:no-mbtree=1'],
    ['-crf', '20'],
    ['-threads', '1'],
    ['-pix_fmt', 'yuv420p'],
    ['-g', String(2 * FPS)],
  ].flat(),
  audio: ['-c:a', 'aac', '-b:a', '192k', '-ar', '48000', '-ac', '2'],
  /**
   * EBU R 128, as the national broadcast norm requires: −23 LUFS; the true-peak target leaves 1 dB for the AAC
   * encoder above −1 dBTP.
   */
  loudness: { integrated: -23, truePeak: -2, range: 11 },
  /** Same bytes from the same inputs: no encoder name, date or random ids in the file. */
  exact: ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'],
} as const;

/** Main profile plays on the televisions and players that stick to it; High where the station's chain takes it. */
export type Profile = 'high' | 'main';

/** A picture held for some seconds: a PNG on disk, or one composed for this video alone. */
export type Still = ({ path: string } | { png: Uint8Array }) & { seconds: number };

export interface VideoSpec {
  width: number;
  height: number;
  /** In order; their seconds add up to `seconds`. */
  stills: Still[];
  seconds: number;
  profile: Profile;
  /** A voice track (WAV or MP3), brought to −23 LUFS; none: a silent video. */
  audio?: string;
  /** SRT text, kept in the file as a mov_text subtitle track in Vietnamese. */
  subtitles?: string;
}

/** The hash of a file's bytes, for a video's cache key. */
export function bytesHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function keyOf(kind: string, inputs: unknown): string {
  return (
    createHash('sha256')
      .update(kind)
      .update(ffmpegVersion())
      // This folder's code too: how stills are laid out and muxed is part of the encoder.
      .update(rendererFingerprint(['src/video']))
      .update(JSON.stringify({ ENCODER, FPS, inputs }))
      .digest('hex')
      .slice(0, 32)
  );
}

// Two encodes at once, one thread each: the two cores, while sharp and the voice thread wait their turn.
const AT_ONCE = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * A video from the cache, or encoded when its inputs changed. `inputs` names
 * everything the frames and sound are made of (hashes of their bytes, texts,
 * layout); `spec` makes the frames only when the video must be encoded.
 */
const asked = new Set<string>();

export async function video(kind: string, inputs: unknown, spec: () => Promise<VideoSpec>): Promise<string> {
  const started = performance.now();
  let made = false;
  const key = keyOf(kind, inputs);
  const paths = await cachedIn(videoRoot(), kind, key, ['video.mp4'], () =>
    // The frames are composed inside the encoder's place too: composing is as much work as encoding.
    slot(async () => {
      const t0 = performance.now();
      const bytes = await encode(await spec());
      // For the bench: a video's cost, frames composed and encoded (its wait for a place left out).
      record('video', kind, performance.now() - t0);
      made = true;
      return { 'video.mp4': bytes };
    }),
  );
  // And read back from the cache: its inputs hashed (once a video: an endpoint asking again waited, not read).
  if (!made && !asked.has(key)) record('video', `${kind}, cached`, performance.now() - started);
  asked.add(key);
  return paths['video.mp4'];
}

/** Videos of the same size and settings one after another, without encoding again: the signage loop. */
export async function joined(kind: string, parts: string[]): Promise<string> {
  const inputs = parts.map(bytesHash);
  // In one of the encoder's places too: never more than two ffmpeg processes beside Astro (memory, not time).
  const paths = await cachedIn(videoRoot(), kind, keyOf(kind, inputs), ['video.mp4'], () =>
    slot(() =>
      inTemp(async (dir) => {
        const list = join(dir, 'list.txt');
        writeFileSync(list, concatList(parts.map((path) => ({ path }))));
        const out = join(dir, 'out.mp4');
        await runFfmpeg([
          '-f',
          'concat',
          '-safe',
          '0',
          '-i',
          list,
          '-c',
          'copy',
          ...ENCODER.exact,
          '-movflags',
          '+faststart',
          out,
        ]);
        return { 'video.mp4': readFileSync(out) };
      }),
    ),
  );
  return paths['video.mp4'];
}

function concatList(items: Array<{ path: string; seconds?: number; inpoint?: number; outpoint?: number }>): string {
  const lines = ['ffconcat version 1.0'];
  for (const { path, seconds, inpoint, outpoint } of items) {
    lines.push(`file '${path.replace(/'/g, "'\\''")}'`);
    if (seconds !== undefined) lines.push(`duration ${seconds.toFixed(3)}`);
    if (inpoint !== undefined) lines.push(`inpoint ${inpoint.toFixed(3)}`);
    if (outpoint !== undefined) lines.push(`outpoint ${outpoint.toFixed(3)}`);
  }
  // The concat demuxer gives the last entry no duration unless it is named once more.
  if (items.at(-1)?.seconds !== undefined) lines.push(`file '${items.at(-1)!.path.replace(/'/g, "'\\''")}'`);
  return lines.join('\n') + '\n';
}

async function inTemp<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'loa-video-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  target_offset: string;
}

/**
 * EBU R 128 in two passes: measure the voice, then apply one linear gain
 * (loudnorm's `linear=true`), so speech keeps its dynamics; loudnorm falls back
 * to its dynamic mode only when that gain would push peaks over the ceiling.
 */
export async function loudnessFilter(audio: string): Promise<string> {
  const { integrated: i, truePeak: tp, range: lra } = ENCODER.loudness;
  const target = `I=${i}:TP=${tp}:LRA=${lra}`;
  const err = await runFfmpeg(['-i', audio, '-af', `loudnorm=${target}:print_format=json`, '-f', 'null', '-']);
  const json = err.slice(err.lastIndexOf('{'), err.lastIndexOf('}') + 1);
  const m = JSON.parse(json) as Measured;
  return (
    `loudnorm=${target}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}` +
    `:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true,aresample=48000`
  );
}

/**
 * How a still of `frames` frames is laid out from one short encoded chunk
 * (stream copies, no encoding): pieces of one second while more than two
 * seconds remain, then the rest (one to two seconds) in one piece. x264 costs
 * about 6 ms a 1080p frame even when nothing moves, so encoding two seconds
 * per still instead of every frame made the clips three times cheaper; every
 * piece starts on its chunk's keyframe, so players can seek to any second.
 */
export function pieces(frames: number): { chunk: number; pieces: number[] } {
  const unit = FPS;
  const out: number[] = [];
  let rest = frames;
  while (rest > 2 * unit) {
    out.push(unit);
    rest -= unit;
  }
  if (rest > 0) out.push(rest);
  return { chunk: Math.max(0, ...out), pieces: out };
}

/** The stills' seconds on the 25 fps grid, cut where the running time rounds, so the frames add up exactly. */
export function frameCounts(seconds: number[]): number[] {
  let at = 0;
  return seconds.map((s) => {
    const from = Math.round(at * FPS);
    at += s;
    return Math.round(at * FPS) - from;
  });
}

/**
 * The voice as the videos carry it: −23 LUFS, AAC, padded with silence to the video's length. Made once for a
 * measure's two clips (measuring and encoding the sound was a third of a clip's cost), kept beside the videos.
 */
function soundTrack(audio: string, seconds: number): Promise<string> {
  const key = keyOf('sound', { audio: bytesHash(audio), seconds });
  return cachedIn(videoRoot(), 'sound', key, ['sound.m4a'], () =>
    inTemp(async (dir) => {
      const out = join(dir, 'sound.m4a');
      await runFfmpeg([
        ...['-i', audio, '-vn'],
        ...['-af', `${await loudnessFilter(audio)},apad`],
        ...ENCODER.audio,
        ...['-t', seconds.toFixed(3)],
        ...ENCODER.exact,
        out,
      ]);
      return { 'sound.m4a': readFileSync(out) };
    }),
  ).then((p) => p['sound.m4a']);
}

async function encode(s: VideoSpec): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    const counts = frameCounts(s.stills.map((still) => still.seconds));
    // Every still's chunk in one encode (one process start, not one per still), each starting on a keyframe.
    const chunks: Array<{ path: string; seconds: number }> = [];
    const starts: number[] = [];
    const listed: Array<{ path: string; inpoint?: number; outpoint?: number }> = [];
    const chunkFile = join(dir, 'chunks.mp4');
    let at = 0;
    for (const [i, still] of s.stills.entries()) {
      if (counts[i] === 0) continue;
      const path = 'path' in still ? still.path : join(dir, `still-${i}.png`);
      if ('png' in still) writeFileSync(path, still.png);
      const { chunk, pieces: parts } = pieces(counts[i]);
      chunks.push({ path, seconds: chunk / FPS });
      starts.push(at);
      for (const n of parts) listed.push({ path: chunkFile, inpoint: at / FPS, outpoint: (at + n) / FPS });
      at += chunk;
    }
    const stillList = join(dir, 'stills.txt');
    writeFileSync(stillList, concatList(chunks));
    // Scaled once per still: the rate filter repeats the scaled picture, not the work.
    await runFfmpeg([
      ...['-f', 'concat', '-safe', '0', '-i', stillList],
      ...['-vf', `scale=${s.width}:${s.height}:flags=lanczos,format=yuv420p,fps=${FPS}`],
      ...ENCODER.video,
      ...['-force_key_frames', starts.map((f) => (f / FPS).toFixed(3)).join(',')],
      ...['-profile:v', s.profile, '-frames:v', String(at)],
      ...ENCODER.exact,
      chunkFile,
    ]);
    const list = join(dir, 'pieces.txt');
    writeFileSync(list, concatList(listed));
    const srt = join(dir, 'captions.srt');
    if (s.subtitles !== undefined) writeFileSync(srt, s.subtitles);
    // Inputs in order (pictures, voice, captions): each mapped by its index.
    const inputs: Array<[string[], string]> = [[['-f', 'concat', '-safe', '0', '-i', list], 'v']];
    if (s.audio) inputs.push([['-i', await soundTrack(s.audio, s.seconds)], 'a']);
    if (s.subtitles !== undefined) inputs.push([['-i', srt], 's']);
    const out = join(dir, 'out.mp4');
    await runFfmpeg([
      ...inputs.flatMap(([input]) => input),
      ...inputs.flatMap(([, type], i) => ['-map', `${i}:${type}`]),
      ...['-c:v', 'copy'],
      ...(s.audio ? ['-c:a', 'copy'] : []),
      ...(s.subtitles !== undefined ? ['-c:s', 'mov_text', '-metadata:s:s:0', 'language=vie'] : []),
      ...['-t', s.seconds.toFixed(3)],
      ...ENCODER.exact,
      ...['-movflags', '+faststart'],
      out,
    ]);
    return readFileSync(out);
  });
}
