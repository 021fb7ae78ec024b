import type { APIRoute } from 'astro';
import { getBuild } from '../../manifest/index';
import { signageVersion } from '../../signage/files';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: signageVersion(await getBuild()) }) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
