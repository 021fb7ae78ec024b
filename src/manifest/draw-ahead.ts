import { renderCard } from '../cards/social-card';
import type { Channel } from './channel';
import type { Build } from './context';

/** Images drawn at once: each holds a print-size raster while sharp draws it. */
const AT_ONCE = 2;
const SIZES = ['print', 'screen', 'small'] as const;

/**
 * Starts drawing every image of the build as soon as the build knows them,
 * largest first, two at a time, while Astro writes the HTML pages (it writes
 * them before the files, ./prerender-order). sharp rasterises on threads of
 * its own, so the second core draws while the first writes pages; the
 * endpoints then find their image drawn or under way (the render cache
 * shares one job per file). Voiced files go to the voice thread at once, which
 * takes them one by one; videos to the encoder, two at a time. A failure is left for the endpoint: it makes the file
 * again and stops the build with the file and field.
 */
export function makeAhead(b: Build, channels: readonly Channel[]): void {
  const m = b.manifest;
  const declared = channels.flatMap((c) => c.ahead ?? []);
  const jobsOf = (engine: 'draw' | 'voice' | 'video', size?: (typeof SIZES)[number]) =>
    declared
      .filter((a) => a.engine === engine && (size === undefined || a.size === size))
      .flatMap((a) => m.filesOf(a.kind).map((f) => () => (a.make as (f: unknown, b: Build) => Promise<unknown>)(f, b)));
  for (const job of jobsOf('voice')) job().catch(() => undefined);
  // Videos wait for their frames and voice, then for one of the encoder's two places (src/video/encode.ts).
  for (const job of jobsOf('video')) job().catch(() => undefined);
  const jobs: Array<() => Promise<unknown>> = [
    ...SIZES.flatMap((size) => jobsOf('draw', size)),
    // Every page's share card, drawn by the core.
    ...m.filesOf('card').map((f) => () => renderCard(f.copy, b.theme)),
  ];
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]().catch(() => undefined);
  };
  for (let i = 0; i < AT_ONCE; i++) void run();
}
