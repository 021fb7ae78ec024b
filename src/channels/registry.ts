/**
 * The site's channels, one line each, in the order of their pages, files and navigation items. Adding a channel
 * is a folder beside this file (its index.ts exports `defineChannel(…)` as default; its content.ts, if it reads
 * settings or measure fields, `defineContent(…)`) and its name here. ./channels.ts and ./content.ts gather the
 * folders in this order; the core (src/manifest/) names none of them.
 */
export const channelNames: readonly string[] = [
  'home',
  'directives',
  'measures',
  'posters',
  'kit',
  'editions',
  'clips',
  'signage',
  'messages',
  'broadcast',
  'results',
  'feeds',
  'search',
  'languages',
  'visitors',
];
