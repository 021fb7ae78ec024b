import { readFileSync } from 'node:fs';
import { bytesHash, joined, video } from '../../video/encode';
import { SLIDE_SIZES } from '../../render/slide-parts';
import type { Artefact, Measure, SlideOrientation } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import { slideCopy } from './files';
import { renderSlide } from './slide-image';

/**
 * A measure's slide as a silent video, for screens that play files (a USB
 * stick, an advertising network's system) and cannot open the loop's page:
 * the slide's own PNG held for the loop's seconds, Main profile, so the
 * cheapest players decode it.
 */
export async function slideVideo(measure: Measure, orientation: SlideOrientation, b: Build): Promise<string> {
  const { png } = await renderSlide(slideCopy(measure, b), orientation, b.theme);
  const seconds = b.settings.signage.secondsPerSlide;
  const size = SLIDE_SIZES[orientation];
  return video('signage', { png: bytesHash(png), seconds, size }, async () => ({
    ...size,
    stills: [{ path: png, seconds }],
    seconds,
    profile: 'main',
  }));
}

export async function slideVideoBytes(entry: Extract<Artefact, { kind: 'slide-video' }>, b: Build) {
  return readFileSync(await slideVideo(entry.measure, entry.orientation, b));
}

/** The whole loop, every measure's slide in order for its seconds: the measures' videos joined, not encoded again. */
export async function loopVideoBytes(entry: Extract<Artefact, { kind: 'loop-video' }>, b: Build) {
  const parts = await Promise.all(b.campaign.measures.map((m) => slideVideo(m, entry.orientation, b)));
  return readFileSync(await joined('signage-loop', parts));
}
