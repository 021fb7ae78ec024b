import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createESpeak, { type ESpeakWorker } from '@echogarden/espeak-ng-emscripten';
import { createMp3Encoder } from 'wasm-media-encoders';

/**
 * The voice itself: eSpeak NG's Vietnamese voice (WebAssembly, from npm,
 * through its library interface: one engine for every text),
 * levelled and encoded as MP3 by LAME (WebAssembly, from npm). A worker
 * thread runs it (./voice-worker.ts), so drafts are voiced beside the pages,
 * not between them.
 */
export interface VoiceOptions {
  voice: string;
  /** eSpeak's speed, words a minute (./speech draftWordsPerMinute). */
  wpm: number;
  /** Debian's espeak-ng instead of the npm build (LOA_ESPEAK=system). */
  system: boolean;
  systemPath?: string;
}

export interface VoiceSegment {
  start: number;
  end: number;
  spoken: string;
}

/** A segment that cannot end before the next one begins, even read at the fastest pace. */
export interface Overrun {
  index: number;
  seconds: number;
}

/**
 * A fresh eSpeak engine for every text. eSpeak keeps state from one text to the next in its module (its pace
 * among it): the same words read after a faster text came out 15 samples longer, so a draft depended on the
 * order of the build's work, and two builds of the same content differed. Setting the voice again, or a new
 * worker on the same module, did not clear it; a new module does, for about 90 ms a text.
 */
async function espeak(): Promise<ESpeakWorker> {
  const m = await createESpeak();
  return new m.eSpeakNGWorker();
}

/** The parts one after another, in one array made by `make`. */
function joined<T extends Int16Array | Uint8Array>(parts: T[], make: (length: number) => T): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** 16-bit mono samples and their rate, from the WAV eSpeak writes (a 44-byte header, then the data). */
export function wavSamples(wav: Uint8Array): { samples: Int16Array; rate: number } {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const rate = view.getUint32(24, true);
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.byteLength));
  return { samples, rate };
}

/** Debian's espeak-ng: the same voices, natively, several times faster than WebAssembly. */
function systemEspeak(args: string[], path = 'espeak-ng'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'loa-espeak-'));
  const out = join(dir, 'out.wav');
  const r = spawnSync(path, [...args, '-w', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`espeak-ng (LOA_ESPEAK=system) failed: ${r.error?.message ?? r.stderr}`);
  const wav = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
  return wav;
}

export async function synthesize(
  spoken: string,
  o: VoiceOptions,
  wpm = o.wpm,
): Promise<{ samples: Int16Array; rate: number }> {
  if (o.system) return wavSamples(systemEspeak(['-v', o.voice, '-s', String(wpm), spoken], o.systemPath));
  const e = await espeak();
  // eSpeak answers 0 when it has the voice; anything else would read Vietnamese with another language's rules.
  const status = e.set_voice(o.voice);
  if (status !== 0) throw new Error(`eSpeak NG has no voice “${o.voice}” (settings.yaml, field speech.voice)`);
  e.rate = wpm;
  const parts: Int16Array[] = [];
  // Returning false lets eSpeak go on; true would stop it halfway through the text.
  e.synthesize(spoken, (chunk) => {
    if (chunk?.length) parts.push(chunk);
    return false;
  });
  return { samples: joined(parts, (n) => new Int16Array(n)), rate: e.samplerate };
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

/** MP3, 64 kbit/s mono: LAME in WebAssembly, five times faster than its port to JavaScript. */
export async function encodeMp3(samples: Int16Array, rate: number): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: 1, sampleRate: rate, bitrate: 64 });
  const parts: Uint8Array[] = [];
  const block = 4608;
  for (let i = 0; i < samples.length; i += block) {
    const chunk = samples.subarray(i, i + block);
    // The encoder hands back a view of its own memory, reused by the next call: copy it out.
    parts.push(encoder.encode([Float32Array.from(chunk, (s) => s / 32768)]).slice());
  }
  parts.push(encoder.finalize().slice());
  return joined(parts, (n) => new Uint8Array(n));
}

/** One spoken text as a levelled MP3, and how long it runs. */
export async function voiceDraft(spoken: string, o: VoiceOptions): Promise<{ mp3: Uint8Array; seconds: number }> {
  const { samples, rate } = await synthesize(spoken, o);
  return { mp3: await encodeMp3(level(samples), rate), seconds: samples.length / rate };
}

/**
 * A voice track of fixed length (a 30-second clip): each segment voiced at
 * its start, read faster when needed to end before the next one begins, up
 * to 1.6 times the pace; past that, which segment overran and by how much.
 */
export async function voiceTrack(
  segments: VoiceSegment[],
  seconds: number,
  o: VoiceOptions,
): Promise<{ mp3: Uint8Array } | { overrun: Overrun }> {
  let rate = 22050;
  let track: Int16Array | undefined;
  for (const [index, seg] of segments.entries()) {
    let voiced = await synthesize(seg.spoken, o);
    for (let pace = 1.15; voiced.samples.length / voiced.rate > seg.end - seg.start && pace <= 1.6; pace += 0.15) {
      voiced = await synthesize(seg.spoken, o, Math.round(o.wpm * pace));
    }
    const length = voiced.samples.length / voiced.rate;
    if (length > seg.end - seg.start) return { overrun: { index, seconds: length } };
    rate = voiced.rate;
    track ??= new Int16Array(Math.round(seconds * rate));
    track.set(voiced.samples, Math.round(seg.start * rate));
  }
  return { mp3: await encodeMp3(level(track ?? new Int16Array(Math.round(seconds * rate))), rate) };
}
