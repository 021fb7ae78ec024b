import type { Figure } from './schema';

export interface Bar {
  label: string;
  value: number;
  total?: number;
  /** Share of the bar's full width, 0–1. */
  share: number;
  percent?: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

/**
 * Lays out a horizontal bar chart: each row is value out of its total when it
 * has one (a rate), otherwise out of the largest value (a comparison).
 */
export function layoutBars(figure: Figure, width = 360): ChartLayout {
  // Narrow on purpose: the SVG scales to the column, and on a 375 px phone
  // a wider drawing would shrink its text below reading size.
  const rowHeight = 78;
  const barHeight = 18;
  const max = Math.max(...figure.rows.map((r) => r.value), 1);
  const bars = figure.rows.map((r, i) => {
    const percent = r.total ? (r.value / r.total) * 100 : undefined;
    return {
      label: r.label,
      value: r.value,
      total: r.total,
      percent,
      share: r.total ? r.value / r.total : r.value / max,
      y: i * rowHeight,
    };
  });
  return { width, height: figure.rows.length * rowHeight + 4, barHeight, bars };
}
