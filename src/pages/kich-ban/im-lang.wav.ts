import type { APIRoute } from 'astro';
import { getBuild } from '../../manifest/index';
import { silentWav } from '../../clips/storyboard';

/** Silence as long as a clip: the animatic's captions and frames follow its clock. */
export const GET: APIRoute = async () =>
  new Response(Buffer.from(silentWav((await getBuild()).settings.clip.durationSeconds)), {
    headers: { 'Content-Type': 'audio/wav' },
  });
