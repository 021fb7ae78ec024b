import { describe, expect, it } from 'vitest';
import {
  assetPaths,
  bypasses,
  cacheName,
  cssUrlPaths,
  isStaleCache,
  type SwConfig,
} from '../../src/channels/signage/sw-core';
import { buildServiceWorker } from '../../src/channels/signage/sw-build';

const config: SwConfig = {
  version: 'abc123',
  base: '/chien-dich/bluezone/',
  pages: ['/chien-dich/bluezone/man-hinh/', '/chien-dich/bluezone/man-hinh/01-x/'],
  fallback: '/chien-dich/bluezone/man-hinh/',
  versionUrl: '/chien-dich/bluezone/man-hinh/version.json',
  workerUrl: '/chien-dich/bluezone/man-hinh/sw.js',
  precache: ['/chien-dich/bluezone/theme.css'],
};

describe('signage service worker decisions', () => {
  it('finds the bundled files a page loads, under the base path only', () => {
    const html =
      '<link rel="stylesheet" href="/chien-dich/bluezone/_astro/a.css"><script src="/chien-dich/bluezone/_astro/b.js"></script>' +
      '<img src="/chien-dich/bluezone/_astro/a.css"><a href="/_astro/other.js">';
    expect(assetPaths(html, config.base)).toEqual([
      '/chien-dich/bluezone/_astro/a.css',
      '/chien-dich/bluezone/_astro/b.js',
    ]);
    expect(assetPaths('<script src="/_astro/b.js"></script>', '/')).toEqual(['/_astro/b.js']);
  });

  it('resolves the fonts a stylesheet loads against the stylesheet, quoted or not', () => {
    const css =
      "@font-face{src:url(./f.woff2)}@font-face{src:url('../fonts/g.woff2')}@font-face{src:url(data:font/woff2;base64,AA)}";
    expect(cssUrlPaths(css, '/x/_astro/a.css', 'http://h')).toEqual(['/x/_astro/f.woff2', '/x/fonts/g.woff2']);
    expect(cssUrlPaths('a{background:url(https://elsewhere.example/i.png)}', '/a.css', 'http://h')).toEqual([]);
  });

  it('never answers the version probe or the worker itself from its cache', () => {
    expect(bypasses(config.versionUrl, config)).toBe(true);
    expect(bypasses(config.workerUrl, config)).toBe(true);
    expect(bypasses(config.pages[0], config)).toBe(false);
  });

  it('drops older builds’ caches and keeps this one and others’', () => {
    expect(isStaleCache(cacheName('old'), cacheName('new'))).toBe(true);
    expect(isStaleCache(cacheName('new'), cacheName('new'))).toBe(false);
    expect(isStaleCache('someone-else', cacheName('new'))).toBe(false);
  });
});

describe('the bundled worker', () => {
  it('is one classic script with this build’s config inlined, the same bytes every time', async () => {
    const a = await buildServiceWorker(config);
    const b = await buildServiceWorker(config);
    expect(a).toBe(b);
    expect(a.split('\n')[0]).toBe('// Loa signage service worker, build abc123');
    expect(a).not.toMatch(/^\s*(import|export)\s/m);
    expect(a).toContain('/chien-dich/bluezone/man-hinh/01-x/');
    expect(a).toMatch(/version: "abc123"/);
    expect(() => new Function(a)).not.toThrow();
  });
});
