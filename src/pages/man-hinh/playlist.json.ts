import type { APIRoute } from 'astro';
import { getBuild } from '../../manifest/index';
import { playlistJson } from '../../signage/files';

export const GET: APIRoute = async () =>
  new Response(playlistJson(await getBuild()), { headers: { 'Content-Type': 'application/json' } });
