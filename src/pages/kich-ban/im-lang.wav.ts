import type { APIRoute } from 'astro';
import { loadSettings } from '../../lib/settings';
import { silentWav } from '../../lib/clip/storyboard';

/** Silence as long as a clip: the animatic's captions and frames follow its clock. */
export const GET: APIRoute = () => new Response(Buffer.from(silentWav(loadSettings().clip.durationSeconds)), { headers: { 'Content-Type': 'audio/wav' } });
