import type { AstroIntegration } from 'astro';
import type { CampaignConfig } from '../config/campaign-config';

const ID = 'virtual:loa/config';

/** Serves the config read once to every page and endpoint. */
export function campaignConfig(config: CampaignConfig): AstroIntegration {
  return {
    name: 'loa:config',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'loa:config',
                resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
                load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(config)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
