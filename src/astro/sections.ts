/**
 * A page that other channels add to (a measure's page, the downloads page, the header) names a slot; each channel
 * that fills it has `sections/<slot>.astro` in its folder. The page globs them (Vite needs the literal pattern in
 * the page) and this orders them as the registry does, so the page names no channel.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { channels } from '../channels/channels';

export type SectionFiles = Record<string, { default: AstroComponentFactory }>;

export function sectionsOf(files: SectionFiles, slot: string): AstroComponentFactory[] {
  const keys = Object.keys(files);
  return channels.flatMap((c) => {
    const key = keys.find((k) => k.endsWith(`/${c.name}/sections/${slot}.astro`));
    return key ? [files[key].default] : [];
  });
}
