import { appendFileSync } from 'node:fs';

/**
 * Render timings for the benchmark: when LOA_RENDER_STATS names a file, each
 * drawn image appends one JSON line { kind, phase, ms }. Costs nothing otherwise.
 */
export async function timed<T>(kind: string, phase: string, fn: () => Promise<T>): Promise<T> {
  const file = process.env.LOA_RENDER_STATS;
  if (!file) return fn();
  const t0 = performance.now();
  const out = await fn();
  appendFileSync(file, JSON.stringify({ kind, phase, ms: performance.now() - t0 }) + '\n');
  return out;
}

/** A cost already divided by what it made, e.g. milliseconds per second of synthesized speech. */
export function record(kind: string, phase: string, ms: number): void {
  const file = process.env.LOA_RENDER_STATS;
  if (file) appendFileSync(file, JSON.stringify({ kind, phase, ms }) + '\n');
}
