import type { APIRoute } from 'astro';
import { getBuild } from '../../manifest/index';
import { buildServiceWorker } from '../../signage/sw-build';
import { signageVersion } from '../../signage/files';

export const GET: APIRoute = async () => {
  const b = await getBuild();
  const { manifest } = b;
  const loop = manifest.page('signage');
  const body = await buildServiceWorker({
    version: signageVersion(b),
    base: manifest.base,
    pages: [loop, ...manifest.pagesOf('signage-slide')].map((p) => p.url),
    fallback: loop.url,
    versionUrl: manifest.file('signage-version').url,
    workerUrl: manifest.file('signage-worker').url,
    precache: [
      manifest.file('theme').url,
      ...[...manifest.filesOf('slide-image'), ...manifest.filesOf('visitor-slide')]
        .filter((f) => f.format === 'svg')
        .map((f) => f.url),
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
