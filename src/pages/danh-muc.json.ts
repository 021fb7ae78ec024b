import type { APIRoute } from 'astro';
import { getBuild } from '../manifest/index';
import { catalogueOf } from '../manifest/catalogue';

export const GET: APIRoute = async () => {
  const { manifest, date } = await getBuild();
  return new Response(JSON.stringify(catalogueOf(manifest, date), null, 1) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
};
