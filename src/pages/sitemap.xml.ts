import type { APIRoute } from 'astro';
import { getManifest } from '../manifest/index';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page a search engine should know, from the manifest; signage screens are left out. */
export const GET: APIRoute = async () => {
  const pages = (await getManifest()).pages.filter((p) => !p.noindex);
  const urls = pages.map((p) => `  <url><loc>${escape(p.absolute)}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
