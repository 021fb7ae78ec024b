/**
 * Signage URL parameters: ?s=seconds per slide, ?m=which measures (1,3,5 or
 * 2-6), ?o=ngang|doc (landscape|portrait), ?lang=en or ?lang=vi,en,ja (the
 * languages of the visitors' slides, shown in turn). Anything unknown or
 * malformed falls back to the default; values are parsed to numbers, enums
 * and the campaign's own language codes, never echoed.
 */
export type Orientation = 'auto' | 'landscape' | 'portrait';

export interface SignageParams {
  seconds: number;
  measures: number[];
  orientation: Orientation;
  /** Languages of the visitors' slides, in the order they rotate (none by default): the campaign's codes. */
  langs: string[];
}

export const SECONDS_RANGE = { min: 3, max: 600 } as const;

/** BCP 47-shaped codes, comma-separated; anything else is not even looked at. */
const LANG_LIST = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}(,[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}){0,19}$/i;

export function parseSignageParams(
  search: string,
  available: number[],
  defaultSeconds: number,
  /** The campaign's languages that have a visitors' slide. */
  languages: string[] = [],
): SignageParams {
  const p = new URLSearchParams(search);
  const out: SignageParams = {
    seconds: defaultSeconds,
    measures: [...available],
    orientation: 'auto',
    // By default the loop is the measures only; a screen where visitors pass asks for their languages.
    langs: [],
  };

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

  const l = (p.get('lang') ?? p.get('ngon-ngu') ?? '').trim();
  if (l.length <= 200 && LANG_LIST.test(l)) {
    const chosen: string[] = [];
    for (const code of l.split(',')) {
      // Codes are matched case-insensitively (zh-hans), then written as the campaign spells them.
      const known = languages.find((x) => x.toLowerCase() === code.toLowerCase());
      if (known && !chosen.includes(known)) chosen.push(known);
    }
    if (chosen.length) out.langs = chosen;
  }
  return out;
}

/** Portrait when the screen is taller than wide: elevator screens usually are. */
export function resolveOrientation(o: Orientation, width: number, height: number): 'landscape' | 'portrait' {
  if (o !== 'auto') return o;
  return height > width ? 'portrait' : 'landscape';
}
