import type { APIRoute } from 'astro';
import { loadSettings } from '../config/settings';

/** The campaign palette as CSS custom properties, so no colour is written in src/. */
export const GET: APIRoute = () => {
  const p = loadSettings().palette;
  const css = `:root{--c-primary:${p.primary};--c-primary-dark:${p.primaryDark};--c-accent:${p.accent};--c-ink:${p.ink};--c-paper:${p.paper};--c-muted:${p.muted}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
