import type { APIRoute } from 'astro';
import { getManifest } from '../manifest/index';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page a search engine should know, from the manifest; signage screens are left out. */
export const GET: APIRoute = async () => {
  const pages = (await getManifest()).pages.filter((p) => !p.noindex);
  // The same page in other languages, as the pages' own hreflang links say (search engines read either).
  const alternates = (p: (typeof pages)[number]) =>
    p.alternates.length > 1
      ? p.alternates
          .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escape(a.absolute)}"/>`)
          .join('')
      : '';
  const urls = pages.map((p) => `  <url><loc>${escape(p.absolute)}</loc>${alternates(p)}</url>`).join('\n');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    `${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
