import type { Settings } from '../config/settings-schema';

/** The one palette of generated images, from the campaign settings. */
export type Palette = Settings['palette'];

export function paletteOf(settings: Settings): Palette {
  return settings.palette;
}
