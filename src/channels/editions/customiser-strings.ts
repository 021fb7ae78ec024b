import type { StringKey, Translate } from '../../i18n/strings';

/** The UI strings the customiser's script shows, unfilled: it fills them in the browser. */
const KEYS = [
  'customiser.working',
  'customiser.ready',
  'customiser.loading',
  'customiser.loadFailed',
  'customiser.fixFields',
  'customiser.previewAlt',
  'customiser.batchProgress',
  'customiser.batchDone',
  'customiser.batchSkipped',
  'customiser.batchNone',
  'customiser.batchNoFile',
  'customiser.batchNotes',
  'customiser.previewNone',
  'files.kilobytes',
  'files.megabytes',
] as const satisfies readonly StringKey[];

export type CustomiserStrings = Record<(typeof KEYS)[number], string>;

export function customiserStrings(t: Translate): CustomiserStrings {
  return Object.fromEntries(KEYS.map((k) => [k, t.raw(k)])) as CustomiserStrings;
}
