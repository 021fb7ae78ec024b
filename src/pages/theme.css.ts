import type { APIRoute } from 'astro';
import { getBuild } from '../manifest/index';
import { themeCss } from '../config/palette';

/** The campaign palette and its tints as CSS custom properties, so no colour is written in src/. */
export const GET: APIRoute = async () =>
  new Response(themeCss((await getBuild()).theme), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
