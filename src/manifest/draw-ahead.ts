import { posterBytes } from '../posters/posters';
import { touristPosterBytes } from '../tourists/posters';
import { touristSlideBytes } from '../tourists/slides';
import { kitBytes } from '../kit/kit-files';
import { slideImageBytes } from '../signage/files';
import { frameBytes } from '../clips/files';
import { renderCard } from '../cards/social-card';
import { coverBytes } from '../messages/files';
import type { Build } from './index';

/** Images drawn at once: each holds a print-size raster while sharp draws it. */
const AT_ONCE = 2;

/**
 * Starts drawing every image of the build as soon as the build knows them,
 * largest first, two at a time, while Astro writes the HTML pages (it writes
 * them before the files, ./prerender-order). sharp rasterises on threads of
 * its own, so the second core draws while the first writes pages; the
 * endpoints then find their image drawn or under way (the render cache
 * shares one job per file). A failure is left for the endpoint: it draws
 * again and stops the build with the file and field.
 */
export function drawAhead(b: Build): void {
  const m = b.manifest;
  const jobs: Array<() => Promise<unknown>> = [
    ...m.filesOf('poster').map((f) => () => posterBytes(f, b)),
    ...m.filesOf('visitor-poster').map((f) => () => touristPosterBytes(f, b)),
    ...m.filesOf('social-image').map((f) => () => kitBytes(f, b)),
    ...m.filesOf('slide-image').map((f) => () => slideImageBytes(f, b)),
    ...m.filesOf('visitor-slide').map((f) => () => touristSlideBytes(f, b)),
    ...m.filesOf('frame').map((f) => () => frameBytes(f, b)),
    ...m.filesOf('card').map((f) => () => renderCard(f.copy, b.theme)),
    ...m.filesOf('oa-cover').map((f) => () => coverBytes(f, b)),
  ];
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]().catch(() => undefined);
  };
  for (let i = 0; i < AT_ONCE; i++) void run();
}
