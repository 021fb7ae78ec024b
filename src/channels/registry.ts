/**
 * The site's channels, one line each, in the order of their pages, files and navigation items. Adding a channel
 * is a folder beside this file (its index.ts exports `defineChannel(…)` as default) and its name here; the core
 * (src/manifest/) names none of them.
 */
import type { Channel } from '../manifest/channel';

const order = [
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
  'search',
  'languages',
  'visitors',
];

const folders = import.meta.glob<{ default: Channel }>('./*/index.ts', { eager: true });

export const channels: readonly Channel[] = order.map((name) => {
  const channel = folders[`./${name}/index.ts`]?.default;
  if (!channel)
    throw new Error(`src/channels/registry.ts lists "${name}", but src/channels/${name}/index.ts has no channel`);
  if (channel.name !== name) throw new Error(`src/channels/${name}/index.ts: its channel is named "${channel.name}"`);
  return channel;
});
const unlisted = Object.keys(folders)
  .map((f) => f.split('/')[1])
  .filter((name) => !order.includes(name));
if (unlisted.length)
  throw new Error(`src/channels/registry.ts does not list ${unlisted.join(', ')}: add each name where its pages go`);
