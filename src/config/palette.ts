import type { Settings } from './settings-schema';

/** The campaign's own colours, as written in settings.yaml. */
export type Palette = Settings['palette'];

/**
 * Every colour a page or an image uses: the settings palette plus tints mixed
 * from it, so a second campaign's colours reach borders, panels and highlights
 * too. Names say what a colour is for, not what it looks like.
 */
export interface Theme extends Palette {
  /** Hairlines and table rules. */
  line: string;
  lineSoft: string;
  lineStrong: string;
  /** Quiet panels behind asides and hero blocks. */
  tint: string;
  tintStrong: string;
  /** Background of a search hit. */
  highlight: string;
  /** Text on the dark campaign colour. */
  onDark: string;
  onDarkMuted: string;
  /** The dark band behind captions on a video frame, with its opacity. */
  scrim: string;
}

function channels(hex: string): [number, number, number] {
  const v = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16)) as [number, number, number];
}

/** `share` of colour `a` over `b`, as #rrggbb. */
export function mix(a: string, b: string, share: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca
    .map((x, i) =>
      Math.round(x * share + cb[i] * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function rgba(hex: string, alpha: number): string {
  return `rgba(${channels(hex).join(', ')}, ${alpha})`;
}

export function themeOf(palette: Palette): Theme {
  return {
    ...palette,
    line: mix(palette.ink, palette.paper, 0.18),
    lineSoft: mix(palette.ink, palette.paper, 0.12),
    lineStrong: mix(palette.ink, palette.paper, 0.3),
    tint: mix(palette.primary, palette.paper, 0.05),
    tintStrong: mix(palette.primary, palette.paper, 0.1),
    highlight: mix(palette.accent, palette.paper, 0.3),
    onDark: palette.paper,
    onDarkMuted: mix(palette.paper, palette.primaryDark, 0.86),
    scrim: rgba(palette.ink, 0.82),
  };
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The theme as CSS custom properties (`--c-line-soft`), served as the site's theme stylesheet. */
export function themeCss(theme: Theme): string {
  const vars = Object.entries(theme).map(([k, v]) => `--c-${kebab(k)}:${v}`);
  return `:root{${vars.join(';')}}\n`;
}
