import { clipTrackBytes } from '../clips/files';
import { draftBytes } from './files';
import type { Build } from '../manifest/index';

/**
 * Starts voicing every clip track and broadcast draft as soon as the build
 * knows them, on the voice thread (./voice-pool), while the pages before
 * them are written; their endpoints then find the work done or under way
 * (the render cache shares one job per file). A failure is left for the
 * endpoint: it runs the job again and stops the build with the file and field.
 */
export function voiceAhead(b: Build): void {
  for (const f of b.manifest.filesOf('clip-track')) clipTrackBytes(f, b).catch(() => undefined);
  for (const f of b.manifest.filesOf('broadcast-draft')) draftBytes(f, b).catch(() => undefined);
}
