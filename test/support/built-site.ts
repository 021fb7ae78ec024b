import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export const DIST = process.env.LOA_DIST ?? 'dist';

/** The built site served on 127.0.0.1 and a Chromium, for one test file. */
export function useBuiltSite(): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveStatic(DIST);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
