/**
 * The signage service worker. Installing it downloads the whole loop (pages,
 * styles, scripts, fonts, slide drawings) into a cache named after the build;
 * if any file fails, the install fails and screens keep the build they have.
 * Once active it answers from the cache first, so a reload with the network
 * down still shows slides. Bundled by sw-build.ts with its config inlined.
 */
import { assetPaths, bypasses, cacheName, cssUrlPaths, isStaleCache, type SwConfig } from './sw-core';

declare const __LOA_SW__: SwConfig;

// The DOM lib the project compiles against has no worker types; these are the few used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: { type?: string; urls?: string[] } | null;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const config = __LOA_SW__;
const CACHE = cacheName(config.version);
const origin = worker.location.origin;

async function store(cache: Cache, path: string): Promise<Response> {
  const res = await fetch(path, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${path} ${res.status}`);
  await cache.put(path, res.clone());
  return res;
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const assets = new Set(config.precache);
  for (const page of config.pages) {
    const html = await (await store(cache, page)).text();
    for (const path of assetPaths(html, config.base)) assets.add(path);
  }
  for (const path of [...assets]) {
    const res = await store(cache, path);
    if (path.endsWith('.css')) for (const font of cssUrlPaths(await res.text(), path, origin)) assets.add(font);
  }
  for (const path of assets) if (!(await cache.match(path))) await store(cache, path);
}

worker.addEventListener('install', (event) => event.waitUntil(precache()));

worker.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (isStaleCache(key, CACHE)) await caches.delete(key);
      await worker.clients.claim();
    })(),
  ),
);

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  const urls = event.data?.type === 'CACHE_URLS' ? (event.data.urls ?? []) : [];
  if (!urls.length) return;
  // Whatever else the page loaded (late fonts, images) is kept too, quietly.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      for (const u of urls) {
        const url = new URL(u, origin);
        if (url.origin !== origin || bypasses(url.pathname, config)) continue;
        if (await cache.match(url.pathname, { ignoreSearch: true })) continue;
        try {
          const res = await fetch(url.pathname);
          if (res.ok) await cache.put(url.pathname, res);
        } catch {
          // Offline now; the next message will try again.
        }
      }
    }),
  );
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== origin || bypasses(url.pathname, config)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url.pathname, { ignoreSearch: true });
      if (hit) return hit;
      try {
        const res = await fetch(event.request);
        if (res.ok) await cache.put(url.pathname, res.clone());
        return res;
      } catch (e) {
        if (event.request.mode === 'navigate') {
          const fallback = await cache.match(config.fallback);
          if (fallback) return fallback;
        }
        throw e;
      }
    })(),
  );
});
