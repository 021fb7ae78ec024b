import type { Settings } from './settings-schema';

/** The install address as people say and type it: "app.gov.vn". */
export function installHost(settings: Settings): string {
  return new URL(settings.app.installUrl).host.replace(/^www\./, '');
}
