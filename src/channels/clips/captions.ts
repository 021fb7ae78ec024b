import { stringifySync, type NodeList } from 'subtitle';
import { timeline } from './timecode';
import type { Scene } from './schema';

/** Broadcast caption limits (BRIEF). */
export const CAPTION = { maxLineChars: 42, maxLines: 2, maxCps: 17, minSeconds: 5 / 6, maxSeconds: 7 } as const;

export interface Cue {
  start: number;
  end: number;
  lines: string[];
  scene: number;
}

/** Greedy wrap at word boundaries into lines of at most `max` characters. */
function wrapWords(words: string[], max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Two lines of about equal length read better than a full line over a stub. */
function balance(text: string): string[] {
  const words = text.split(' ');
  let best: string[] = wrapWords(words, CAPTION.maxLineChars);
  let bestGap = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (a.length > CAPTION.maxLineChars || b.length > CAPTION.maxLineChars) continue;
    const gap = Math.abs(a.length - b.length);
    if (gap < bestGap) {
      bestGap = gap;
      best = [a, b];
    }
  }
  return best;
}

/**
 * Splits one scene's voice-over into cues: at sentence and clause breaks
 * first, then into chunks of at most two 42-character lines, each cue timed
 * by its share of the characters and kept inside its scene.
 */
export function sceneCues(voiceover: string, start: number, end: number, sceneIndex: number): Cue[] {
  const text = voiceover.normalize('NFC').trim().replace(/\s+/g, ' ');
  const clauses = text.split(/(?<=[.!?;:,])\s+/);
  const chunks: string[][] = [];
  for (const clause of clauses) {
    const lines = wrapWords(clause.split(' '), CAPTION.maxLineChars);
    for (let i = 0; i < lines.length; i += CAPTION.maxLines) chunks.push(lines.slice(i, i + CAPTION.maxLines));
  }
  // Merge short neighbours when the pair still fits two lines: fewer, steadier cues.
  const merged: string[][] = [];
  for (const c of chunks) {
    const prev = merged.at(-1);
    if (prev) {
      const joined = wrapWords([...prev, ...c].join(' ').split(' '), CAPTION.maxLineChars);
      if (joined.length <= CAPTION.maxLines && joined.join(' ').length <= 60) {
        merged[merged.length - 1] = joined;
        continue;
      }
    }
    merged.push(c);
  }
  for (let i = 0; i < merged.length; i++) if (merged[i].length === 2) merged[i] = balance(merged[i].join(' '));
  const total = merged.reduce((a, c) => a + c.join(' ').length, 0);
  const cues: Cue[] = [];
  let t = start;
  merged.forEach((lines, i) => {
    const share = ((end - start) * lines.join(' ').length) / total;
    const slotEnd = i === merged.length - 1 ? end : Math.round((t + share) * 1000) / 1000;
    // A short line in a long scene leaves the screen after 7 s rather than linger.
    cues.push({ start: t, end: Math.min(slotEnd, t + CAPTION.maxSeconds), lines, scene: sceneIndex });
    t = slotEnd;
  });
  return cues;
}

export function clipCues(scenes: Scene[]): Cue[] {
  return timeline(scenes).flatMap((t) => sceneCues(t.scene.voiceover, t.start, t.end, t.index));
}

/** Why a cue breaks the caption rules, or undefined when it keeps them. */
export function cueProblem(cue: Cue): string | undefined {
  const chars = cue.lines.join(' ').length;
  const seconds = cue.end - cue.start;
  if (cue.lines.length > CAPTION.maxLines) return `phụ đề ${cue.lines.length} dòng (tối đa ${CAPTION.maxLines})`;
  const long = cue.lines.find((l) => l.length > CAPTION.maxLineChars);
  if (long) return `dòng phụ đề dài ${long.length} ký tự (tối đa ${CAPTION.maxLineChars}): “${long}”`;
  if (seconds < CAPTION.minSeconds - 1e-9) return `phụ đề chỉ hiện ${seconds.toFixed(2)} giây (tối thiểu 5/6 giây)`;
  if (seconds > CAPTION.maxSeconds + 1e-9)
    return `phụ đề hiện ${seconds.toFixed(2)} giây (tối đa ${CAPTION.maxSeconds} giây)`;
  if (chars / seconds > CAPTION.maxCps + 1e-9)
    return `phụ đề cần đọc ${(chars / seconds).toFixed(1)} ký tự/giây (tối đa ${CAPTION.maxCps})`;
  return undefined;
}

function nodes(cues: Cue[]): NodeList {
  return cues.map((c) => ({
    type: 'cue' as const,
    data: { start: Math.round(c.start * 1000), end: Math.round(c.end * 1000), text: c.lines.join('\n') },
  }));
}

export function toVtt(cues: Cue[]): string {
  return stringifySync(nodes(cues), { format: 'WebVTT' });
}

export function toSrt(cues: Cue[]): string {
  return stringifySync(nodes(cues), { format: 'SRT' });
}
