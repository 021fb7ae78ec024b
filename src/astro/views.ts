import type { AstroIntegration } from 'astro';
import type { Channel } from '../manifest/channel';

/**
 * Registers every channel's page templates with Astro (`injectRoute`, as Starlight registers its pages): the
 * route files live in the channels' folders, none in src/pages/ names a channel.
 */
export function channelViews(channels: readonly Channel[]): AstroIntegration {
  return {
    name: 'loa:channel-views',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const c of channels)
          for (const v of c.views ?? [])
            injectRoute({
              pattern: `/${v.pattern.replace(/\/$/, '')}`,
              entrypoint: `./src/channels/${c.name}/${v.entry}`,
              prerender: true,
            });
      },
    },
  };
}
