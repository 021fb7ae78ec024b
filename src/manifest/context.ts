import type { Campaign } from '../campaign/load';
import type { Theme } from '../config/palette';
import type { Translate } from '../i18n/strings';
import type { Manifest } from './build';

/** Everything a page or an endpoint draws from: the manifest and what it was made of. */
export interface Build {
  manifest: Manifest;
  campaign: Campaign;
  settings: Campaign['settings'];
  t: Translate;
  theme: Theme;
  /** The settings file as authors name it, for error messages. */
  settingsFile: string;
  /** A fixed date for file metadata (the root document's), so builds are reproducible. */
  date: string;
}
