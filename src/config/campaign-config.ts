/**
 * The campaign's settings and UI strings, read and checked once: by astro.config.mjs, before Astro starts, which
 * hands them to the pages and endpoints as the virtual module `virtual:loa/config` (src/astro/config.ts), as
 * Starlight hands on its user config. The pages never read settings.yaml or strings/vi.yaml again.
 */
import { loadSettings, settingsFileOf } from './settings';
import { contentRoot } from './content-root';
import { campaignStrings, type Strings } from '../i18n/strings';
import type { Settings } from './settings-schema';

export interface CampaignConfig {
  settings: Settings;
  /** The Vietnamese UI strings with the campaign's own wording (`<content>/strings/vi.yaml`). */
  strings: Strings;
  /** settings.yaml as authors name it, for error messages and cards. */
  settingsFile: string;
}

/** Reads and checks the content folder's settings and strings; any problem stops the build, naming the file. */
export function readCampaignConfig(root = contentRoot()): CampaignConfig {
  return {
    settings: loadSettings(root),
    strings: campaignStrings(root),
    settingsFile: settingsFileOf(root),
  };
}
