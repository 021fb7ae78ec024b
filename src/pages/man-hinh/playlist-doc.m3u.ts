import type { APIRoute } from 'astro';
import { m3u } from '../../signage/playlist';
export const GET: APIRoute = async () => new Response(await m3u('doc'), { headers: { 'Content-Type': 'audio/x-mpegurl; charset=utf-8' } });
