import type { APIRoute } from 'astro';
import { signageVersion } from '../../signage/slides';

export const GET: APIRoute = async () => new Response(JSON.stringify({ version: await signageVersion() }) + '\n', { headers: { 'Content-Type': 'application/json' } });
