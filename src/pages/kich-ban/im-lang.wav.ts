import type { APIRoute } from 'astro';
import { loadSettings } from '../../config/settings';
import { silentWav } from '../../clips/storyboard';

/** Silence as long as a clip: the animatic's captions and frames follow its clock. */
export const GET: APIRoute = () => new Response(Buffer.from(silentWav(loadSettings().clip.durationSeconds)), { headers: { 'Content-Type': 'audio/wav' } });
