import { readFileSync } from 'node:fs';
import { renderCard } from '../cards/social-card';
import { headersFile } from '../config/csp';
import { themeCss } from '../config/palette';
import { catalogueOf } from './catalogue';
import type { Channel, FileServer } from './channel';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The files the core makes itself, served like a channel's: share cards, theme, headers, catalogue, sitemap. */
export function siteFiles(channels: readonly Channel[]): FileServer[] {
  return [
    {
      kind: 'card',
      type: 'image/jpeg',
      body: async (f, b) => readFileSync(await renderCard(f.copy, b.theme)),
    },
    // The campaign palette and its tints as CSS custom properties, so no colour is written in src/.
    { kind: 'theme', type: 'text/css; charset=utf-8', body: (_, b) => themeCss(b.theme) },
    {
      kind: 'headers',
      type: 'text/plain; charset=utf-8',
      body: (_, b) => headersFile(b.manifest.base, [...new Set(channels.flatMap((c) => c.styleSources?.(b) ?? []))]),
    },
    {
      kind: 'catalogue',
      type: 'application/json',
      body: (_, b) => JSON.stringify(catalogueOf(b.manifest, b.date), null, 1) + '\n',
    },
    {
      kind: 'sitemap',
      type: 'application/xml',
      // Every page a search engine should know; signage screens are left out.
      body: (_, b) => {
        const pages = b.manifest.pages.filter((p) => !p.noindex);
        // The same page in other languages, as the pages' own hreflang links say (search engines read either).
        const alternates = (p: (typeof pages)[number]) =>
          p.alternates.length > 1
            ? p.alternates
                .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escape(a.absolute)}"/>`)
                .join('')
            : '';
        const urls = pages.map((p) => `  <url><loc>${escape(p.absolute)}</loc>${alternates(p)}</url>`).join('\n');
        return (
          `<?xml version="1.0" encoding="UTF-8"?>\n` +
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
          `${urls}\n</urlset>\n`
        );
      },
    },
  ];
}
