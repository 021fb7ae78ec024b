/**
 * The signage service worker's decisions, as plain functions: which files a
 * page needs offline, which requests it must never answer from its cache.
 * The worker (sw.ts) only wires them to the browser's events.
 */
export interface SwConfig {
  /** The signage build id; the cache is named after it. */
  version: string;
  /** The site's base path, e.g. "/" or "/chien-dich/so-suc-khoe/". */
  base: string;
  /** Every signage page, as URL paths with the base. */
  pages: string[];
  /** The page shown when a navigation fails offline: the loop. */
  fallback: string;
  versionUrl: string;
  workerUrl: string;
  /** Files to keep besides what the pages reference: the theme, the slide drawings. */
  precache: string[];
}

const PREFIX = 'loa-signage-';

export function cacheName(version: string): string {
  return PREFIX + version;
}

/** An older build's cache, to delete once this build is active. */
export function isStaleCache(key: string, current: string): boolean {
  return key.startsWith(PREFIX) && key !== current;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bundled scripts, styles and images a page's HTML points at with href or src, as paths. */
export function assetPaths(html: string, base: string): string[] {
  const pattern = new RegExp(`(?:href|src)="(${escape(base)}_astro/[^"]+)"`, 'g');
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
}

/** Files a stylesheet loads (fonts), as paths resolved against the stylesheet's own path. */
export function cssUrlPaths(css: string, cssPath: string, origin: string): string[] {
  const out = new Set<string>();
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (m[2].startsWith('data:')) continue;
    const url = new URL(m[2], new URL(cssPath, origin));
    if (url.origin === origin) out.add(url.pathname);
  }
  return [...out];
}

/** Requests the worker leaves to the network: the version probe and the worker itself must always be fresh. */
export function bypasses(pathname: string, config: Pick<SwConfig, 'versionUrl' | 'workerUrl'>): boolean {
  return pathname === config.versionUrl || pathname === config.workerUrl;
}
