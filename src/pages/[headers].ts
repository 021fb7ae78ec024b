import type { APIRoute } from 'astro';
import { filePaths, getBuild } from '../manifest/index';
import { headersFile } from '../config/csp';

// Astro ignores route files named with a leading underscore, so `_headers` comes through a parameter.
export const getStaticPaths = () => filePaths('headers');

export const GET: APIRoute = async () =>
  new Response(headersFile((await getBuild()).manifest.base), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
