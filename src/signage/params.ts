/**
 * Signage URL parameters: ?s=seconds per slide, ?m=which measures (1,3,5 or
 * 2-6), ?o=ngang|doc (landscape|portrait). Anything unknown or malformed falls
 * back to the default; values are parsed to numbers and enums, never echoed.
 */
export type Orientation = 'auto' | 'landscape' | 'portrait';

export interface SignageParams {
  seconds: number;
  measures: number[];
  orientation: Orientation;
}

export const SECONDS_RANGE = { min: 3, max: 600 } as const;

export function parseSignageParams(search: string, available: number[], defaultSeconds: number): SignageParams {
  const p = new URLSearchParams(search);
  const out: SignageParams = { seconds: defaultSeconds, measures: [...available], orientation: 'auto' };

  const s = (p.get('s') ?? p.get('giay') ?? '').trim();
  if (/^\d{1,4}$/.test(s)) {
    const n = Number(s);
    if (n >= SECONDS_RANGE.min && n <= SECONDS_RANGE.max) out.seconds = n;
  }

  const m = (p.get('m') ?? p.get('bien-phap') ?? '').trim();
  if (/^\d{1,3}(-\d{1,3})?(,\d{1,3}(-\d{1,3})?)*$/.test(m)) {
    const chosen = new Set<number>();
    for (const part of m.split(',')) {
      const [a, b] = part.split('-').map(Number);
      for (let n = a; n <= (b ?? a) && n - a < 100; n++) if (available.includes(n)) chosen.add(n);
    }
    if (chosen.size) out.measures = available.filter((n) => chosen.has(n));
  }

  const o = (p.get('o') ?? '').trim().toLowerCase();
  if (o === 'ngang' || o === 'landscape') out.orientation = 'landscape';
  else if (o === 'doc' || o === 'dọc' || o === 'portrait') out.orientation = 'portrait';
  return out;
}

/** Portrait when the screen is taller than wide: elevator screens usually are. */
export function resolveOrientation(o: Orientation, width: number, height: number): 'landscape' | 'portrait' {
  if (o !== 'auto') return o;
  return height > width ? 'portrait' : 'landscape';
}
