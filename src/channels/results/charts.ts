/**
 * The dashboard's two charts laid out at build time, as plain geometry an .astro component draws as SVG: no client
 * script, so they show, scale and print on any phone. Numbers and words come from the data only; each chart has
 * its table beside it on the page.
 */
import type { PlaceHistory } from './progress';

/** Narrow on purpose: the SVG scales to the column, and on a 320 px phone a wider drawing's text would shrink. */
const WIDTH = 360;

export interface RankedBar {
  key: string;
  label: string;
  rate: number;
  y: number;
  width: number;
  below: boolean;
}

export interface RankedChart {
  width: number;
  height: number;
  barHeight: number;
  bars: RankedBar[];
  /** x of the target line, when the campaign has one. */
  targetX?: number;
}

/**
 * The latest rate of every place that has one, highest first (places arrive ranked), as a share of the full
 * width: the label above each bar and the value below it, as the directives' figures are drawn, so a long place
 * name never collides with its bar on a phone.
 */
export function rankedChart(places: PlaceHistory[], target?: number): RankedChart {
  const rated = places.filter((p) => p.latest.rate !== undefined);
  const rowHeight = 78;
  const top = 4;
  const x = (rate: number) => (rate / 100) * WIDTH;
  return {
    width: WIDTH,
    height: top + rated.length * rowHeight,
    barHeight: 18,
    bars: rated.map((p, i) => ({
      key: p.key,
      label: p.place,
      rate: p.latest.rate!,
      y: top + i * rowHeight,
      width: Math.max(2, x(p.latest.rate!)),
      below: target !== undefined && p.latest.rate! < target,
    })),
    targetX: target === undefined ? undefined : x(target),
  };
}

export interface Series {
  key: string;
  label: string;
  /** Index into the chart's line styles, so a series keeps its look in the legend. */
  style: number;
  points: Array<{ x: number; y: number; date: string; rate: number }>;
}

export interface TimeChart {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  series: Series[];
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; date: string }>;
  targetY?: number;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The rate over time of every place with a rate, on one date axis; the y axis reaches the target or the top rate. */
export function timeChart(places: PlaceHistory[], target?: number, styles = 4): TimeChart {
  const plot = { left: 36, top: 12, width: WIDTH - 48, height: 200 };
  const rated = places
    .map((p) => ({ p, points: p.points.filter((q) => q.rate !== undefined) }))
    .filter((s) => s.points.length > 0);
  const dates = rated.flatMap((s) => s.points.map((q) => time(q.date)));
  const first = Math.min(...dates);
  // One day either side, so a single date or a single point sits inside the frame, not on its edge.
  const from = first - DAY;
  const to = Math.max(...dates) + DAY;
  const top = Math.min(
    100,
    Math.ceil(Math.max(target ?? 0, ...rated.flatMap((s) => s.points.map((q) => q.rate!))) / 10) * 10 + 10,
  );
  const x = (iso: string) => plot.left + ((time(iso) - from) / (to - from)) * plot.width;
  const y = (rate: number) => plot.top + plot.height - (rate / top) * plot.height;
  const uniqueDates = [...new Set(rated.flatMap((s) => s.points.map((q) => q.date)))].sort();
  // At most four date labels, spread out, so they never overlap on a phone.
  const step = Math.max(1, Math.ceil(uniqueDates.length / 4));
  return {
    width: WIDTH,
    height: plot.top + plot.height + 40,
    plot,
    series: rated.map((s, i) => ({
      key: s.p.key,
      label: s.p.place,
      style: i % styles,
      points: s.points.map((q) => ({ x: x(q.date), y: y(q.rate!), date: q.date, rate: q.rate! })),
    })),
    yTicks: Array.from({ length: top / 10 / (top > 50 ? 2 : 1) + 1 }, (_, i) => i * (top > 50 ? 20 : 10))
      .filter((v) => v <= top)
      .map((value) => ({ y: y(value), value })),
    xTicks: uniqueDates.filter((_, i) => i % step === 0).map((date) => ({ x: x(date), date })),
    targetY: target === undefined || target > top ? undefined : y(target),
  };
}
