/** The channels' modules (each folder's index.ts) in the registry's order; what the core loops over. */
import type { Channel } from '../manifest/channel';
import { channelNames } from './registry';

const folders = import.meta.glob<{ default: Channel }>('./*/index.ts', { eager: true });

export const channels: readonly Channel[] = channelNames.map((name) => {
  const channel = folders[`./${name}/index.ts`]?.default;
  if (!channel)
    throw new Error(`src/channels/registry.ts lists "${name}", but src/channels/${name}/index.ts has no channel`);
  if (channel.name !== name) throw new Error(`src/channels/${name}/index.ts: its channel is named "${channel.name}"`);
  return channel;
});
const unlisted = Object.keys(folders)
  .map((f) => f.split('/')[1])
  .filter((name) => !channelNames.includes(name));
if (unlisted.length)
  throw new Error(`src/channels/registry.ts does not list ${unlisted.join(', ')}: add each name where its pages go`);
