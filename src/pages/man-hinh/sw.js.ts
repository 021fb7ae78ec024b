import type { APIRoute } from 'astro';
import { allSlides, signageVersion } from '../../signage/slides';
import { urls } from '../../manifest/urls';

/**
 * The signage service worker. Installing it downloads the whole loop (pages,
 * styles, scripts, fonts) into a cache named after the build; if any file
 * fails, the install fails and screens keep the build they have. Once active,
 * it answers from the cache first, so a reload with the network down still
 * shows slides.
 */
export const GET: APIRoute = async () => {
  const version = await signageVersion();
  const pages = [urls.signage(), ...(await allSlides()).map((s) => urls.signageSlide(s.id))];
  const body = `// Loa signage service worker, build ${version}
const CACHE = 'loa-signage-${version}';
const PAGES = ${JSON.stringify(pages)};
const ASSET = /(?:href|src)="(\\/(?:_astro\\/[^"]+|theme\\.css))"/g;
const CSS_URL = /url\\(([^)]+)\\)/g;

async function precache() {
  const cache = await caches.open(CACHE);
  const assets = new Set(['/theme.css']);
  for (const page of PAGES) {
    const res = await fetch(page, { cache: 'no-store' });
    if (!res.ok) throw new Error(page + ' ' + res.status);
    const html = await res.clone().text();
    await cache.put(page, res);
    for (const m of html.matchAll(ASSET)) assets.add(m[1]);
  }
  for (const asset of [...assets]) {
    const res = await fetch(asset, { cache: 'no-store' });
    if (!res.ok) throw new Error(asset + ' ' + res.status);
    if (asset.endsWith('.css')) {
      const css = await res.clone().text();
      for (const m of css.matchAll(CSS_URL)) assets.add(new URL(m[1].replace(/["']/g, ''), new URL(asset, self.location.origin)).pathname);
    }
    await cache.put(asset, res);
  }
  for (const asset of assets) if (!(await cache.match(asset))) {
    const res = await fetch(asset, { cache: 'no-store' });
    if (!res.ok) throw new Error(asset + ' ' + res.status);
    await cache.put(asset, res);
  }
}

self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) if (key.startsWith('loa-signage-') && key !== CACHE) await caches.delete(key);
  await self.clients.claim();
})()));
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data?.type === 'CACHE_URLS') event.waitUntil(caches.open(CACHE).then(async (cache) => {
    for (const u of event.data.urls) {
      const url = new URL(u, self.location.origin);
      if (url.origin !== self.location.origin || url.pathname === '/man-hinh/version.json') continue;
      if (!(await cache.match(url.pathname, { ignoreSearch: true }))) {
        try { const res = await fetch(url.pathname); if (res.ok) await cache.put(url.pathname, res); } catch {}
      }
    }
  }));
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === '/man-hinh/version.json' || url.pathname === '/man-hinh/sw.js') return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(url.pathname, { ignoreSearch: true });
    if (hit) return hit;
    try {
      const res = await fetch(event.request);
      if (res.ok) await cache.put(url.pathname, res.clone());
      return res;
    } catch (e) {
      if (event.request.mode === 'navigate') {
        const fallback = await cache.match('${urls.signage()}');
        if (fallback) return fallback;
      }
      throw e;
    }
  })());
});
`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
