import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import ESpeakNg from 'espeak-ng';
import { Mp3Encoder } from '@breezystack/lamejs';
import { cached, cacheKey } from '../render/cache';
import { record } from '../render/stats';
import { LoaContentError } from '../core/errors';
import type { Speech } from './schema';

/**
 * A machine-voiced draft, made offline at build time: eSpeak NG's Vietnamese
 * voice (WebAssembly, from npm), levelled and encoded as MP3. It sounds
 * robotic: it is for timing and rehearsal, never for broadcast.
 */
const require = createRequire(import.meta.url);
let compiled: Promise<WebAssembly.Module> | undefined;

function wasm(): Promise<WebAssembly.Module> {
  // Compiling the 18 MB module once saves a third of every draft's time.
  compiled ??= WebAssembly.compile(readFileSync(require.resolve('espeak-ng/dist/espeak-ng.wasm')));
  return compiled;
}

/** 16-bit mono samples and their rate, from the WAV eSpeak writes (a 44-byte header, then the data). */
export function wavSamples(wav: Uint8Array): { samples: Int16Array; rate: number } {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const rate = view.getUint32(24, true);
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.byteLength));
  return { samples, rate };
}

/**
 * Debian's espeak-ng, when `LOA_ESPEAK=system`: the same voices, natively,
 * several times faster than WebAssembly. The npm build stays the default so
 * `npm ci` alone is enough.
 */
function systemEspeak(args: string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'loa-espeak-'));
  const out = join(dir, 'out.wav');
  const r = spawnSync(process.env.LOA_ESPEAK_PATH ?? 'espeak-ng', [...args, '-w', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`espeak-ng (LOA_ESPEAK=system) failed: ${r.error?.message ?? r.stderr}`);
  const wav = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
  return wav;
}

const engine = () => (process.env.LOA_ESPEAK === 'system' ? 'system' : 'wasm');

/**
 * eSpeak NG's Vietnamese voices, measured on this campaign's scripts: at
 * 160 words a minute they read 3.8–4.1 syllables a second (120: 2.8–3.0,
 * 200: 4.8–5.2), because eSpeak's "words a minute" is calibrated on English
 * words, about one and a half Vietnamese syllables each. Not × 60: 240 words
 * a minute reads 6.1–6.4 syllables a second, far faster than any newsreader.
 */
const WPM_PER_SYLLABLE_PER_SECOND = 40;

/**
 * eSpeak's speed for a campaign: `wordsPerMinute` when it is set, else the
 * newsreader's pace, syllablesPerSecond × 40, so a draft runs about as long
 * as the slot check estimates (pauses at commas and full stops included).
 */
export function draftWordsPerMinute(speech: Speech): number {
  return (
    speech.wordsPerMinute ??
    Math.min(450, Math.max(80, Math.round(speech.syllablesPerSecond * WPM_PER_SYLLABLE_PER_SECOND)))
  );
}

async function synthesize(
  spoken: string,
  speech: Speech,
  wpm = draftWordsPerMinute(speech),
): Promise<{ samples: Int16Array; rate: number }> {
  const args = ['-v', speech.voice, '-s', String(wpm)];
  if (process.env.LOA_ESPEAK === 'system') return wavSamples(systemEspeak([...args, spoken]));
  const module = await wasm();
  const espeak = await ESpeakNg({
    arguments: [...args, '-w', 'out.wav', spoken],
    instantiateWasm(imports: WebAssembly.Imports, ok: (i: WebAssembly.Instance, m: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => ok(instance, module));
      return {};
    },
    print: () => undefined,
    printErr: () => undefined,
  });
  return wavSamples(espeak.FS.readFile('out.wav'));
}

/**
 * Levels a draft: loudness (RMS) brought to −18 dBFS so drafts sound alike,
 * unless that would push a peak above −1 dBFS, which it never may.
 */
export function level(samples: Int16Array, rmsDb = -18, peakDb = -1): Int16Array {
  let peak = 0;
  let sum = 0;
  for (const s of samples) {
    peak = Math.max(peak, Math.abs(s));
    sum += s * s;
  }
  if (peak === 0) return samples;
  const rms = Math.sqrt(sum / samples.length);
  const gain = Math.min((32767 * 10 ** (rmsDb / 20)) / rms, (32767 * 10 ** (peakDb / 20)) / peak);
  return Int16Array.from(samples, (s) => Math.round(s * gain));
}

function mp3(samples: Int16Array, rate: number): Uint8Array {
  const encoder = new Mp3Encoder(1, rate, 64);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < samples.length; i += 1152) parts.push(encoder.encodeBuffer(samples.subarray(i, i + 1152)));
  parts.push(encoder.flush());
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface Draft {
  /** Path of the MP3 in the render cache. */
  mp3: string;
  /** Seconds of speech, as synthesized. */
  seconds: number;
}

/** The voiced draft of one spoken text, drawn once and read back from the cache afterwards. */
export async function voicedDraft(spoken: string, speech: Speech): Promise<Draft> {
  const key = cacheKey('speech', { spoken, voice: speech.voice, wpm: draftWordsPerMinute(speech), engine: engine() });
  const paths = await cached('speech', key, ['draft.mp3', 'draft.json'], async () => {
    const t0 = performance.now();
    const { samples, rate } = await synthesize(spoken, speech);
    const levelled = level(samples);
    const encoded = mp3(levelled, rate);
    record('speech', 'ms per audio second', (performance.now() - t0) / (samples.length / rate));
    return {
      'draft.mp3': encoded,
      'draft.json': Buffer.from(JSON.stringify({ seconds: samples.length / rate })),
    };
  });
  const { seconds } = JSON.parse(readFileSync(paths['draft.json'], 'utf8')) as { seconds: number };
  return { mp3: paths['draft.mp3'], seconds };
}

export interface TrackSegment {
  /** Seconds from the start of the track. */
  start: number;
  end: number;
  spoken: string;
  /** Where the words come from, for the error when they cannot fit. */
  file: string;
  field: string;
}

/**
 * A voice track of fixed length (a 30-second clip): each segment voiced at
 * its start, read faster when needed to end before the next one begins. A
 * segment that cannot fit even at 1.6 times the pace stops the build.
 */
export async function voicedTrack(segments: TrackSegment[], seconds: number, speech: Speech): Promise<string> {
  const key = cacheKey('speech-track', {
    segments,
    seconds,
    voice: speech.voice,
    wpm: draftWordsPerMinute(speech),
    engine: engine(),
  });
  const paths = await cached('speech', key, ['track.mp3'], async () => {
    const t0 = performance.now();
    let rate = 22050;
    let track: Int16Array | undefined;
    for (const seg of segments) {
      let voiced = await synthesize(seg.spoken, speech);
      for (let pace = 1.15; voiced.samples.length / voiced.rate > seg.end - seg.start && pace <= 1.6; pace += 0.15) {
        voiced = await synthesize(seg.spoken, speech, Math.round(draftWordsPerMinute(speech) * pace));
      }
      const length = voiced.samples.length / voiced.rate;
      if (length > seg.end - seg.start) {
        throw new LoaContentError(
          seg.file,
          seg.field,
          `bản đọc máy dài ${length.toFixed(1)} giây, không vừa cảnh ${(seg.end - seg.start).toFixed(1)} giây`,
          'rút gọn lời bình',
        );
      }
      rate = voiced.rate;
      track ??= new Int16Array(Math.round(seconds * rate));
      track.set(voiced.samples, Math.round(seg.start * rate));
    }
    const encoded = mp3(level(track ?? new Int16Array(Math.round(seconds * rate))), rate);
    record('clip track', 'ms per audio second', (performance.now() - t0) / seconds);
    return { 'track.mp3': encoded };
  });
  return paths['track.mp3'];
}
