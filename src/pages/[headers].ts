import type { APIRoute } from 'astro';
import { filePaths, getBuild } from '../manifest/index';
import { headersFile } from '../config/csp';
import { portalFile } from '../tourists/portal';

// Astro ignores route files named with a leading underscore, so `_headers` comes through a parameter.
export const getStaticPaths = () => filePaths('headers');

export const GET: APIRoute = async () => {
  const build = await getBuild();
  // Languages of one script share a stylesheet, and so its hash.
  const portals = new Set(build.manifest.filesOf('visitor-portal').map((f) => portalFile(build, f.notice).styleSource));
  return new Response(headersFile(build.manifest.base, [...portals]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
