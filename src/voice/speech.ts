import { readFileSync } from 'node:fs';
import { cached, cacheKey } from '../render/cache';
import { record } from '../render/stats';
import { LoaContentError } from '../core/errors';
import { runVoice } from './voice-pool';
import type { VoiceOptions } from './voice';
import type { Speech } from './schema';

/**
 * A machine-voiced draft, made offline at build time (./voice: eSpeak NG and
 * LAME, both WebAssembly from npm, on a thread of their own). It sounds
 * robotic: it is for timing and rehearsal, never for broadcast.
 */
export { level, wavSamples } from './voice';

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

function voiceOptions(speech: Speech): VoiceOptions {
  return {
    voice: speech.voice,
    wpm: draftWordsPerMinute(speech),
    system: engine() === 'system',
    systemPath: process.env.LOA_ESPEAK_PATH,
  };
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
    const { result, ms } = await runVoice({ op: 'draft', args: [spoken, voiceOptions(speech)] });
    record('speech', 'ms per audio second', ms / result.seconds);
    return {
      'draft.mp3': result.mp3,
      'draft.json': Buffer.from(JSON.stringify({ seconds: result.seconds })),
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
    const parts = segments.map(({ start, end, spoken }) => ({ start, end, spoken }));
    const { result, ms } = await runVoice({ op: 'track', args: [parts, seconds, voiceOptions(speech)] });
    if ('overrun' in result) {
      const seg = segments[result.overrun.index];
      const [voiced, slot] = [result.overrun.seconds.toFixed(1), (seg.end - seg.start).toFixed(1)];
      throw new LoaContentError(
        seg.file,
        seg.field,
        `bản đọc máy dài ${voiced} giây, không vừa cảnh ${slot} giây`,
        'rút gọn lời bình',
      );
    }
    record('clip track', 'ms per audio second', ms / seconds);
    return { 'track.mp3': result.mp3 };
  });
  return paths['track.mp3'];
}
