import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { assembleCampaign } from '../../src/campaign/assemble';
import type { Campaign } from '../../src/campaign/load';
import { loadSettings } from '../../src/config/settings';
import { directiveSchema } from '../../src/directives/schema';
import { measureSchema } from '../../src/channels/content';
import { buildManifest } from '../../src/manifest/build';
import { channels } from '../../src/channels/channels';
import { loadStrings } from '../../src/i18n/strings';

function entries<T>(dir: string, schema: { parse: (v: unknown) => T }) {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const [, fm, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
      return {
        id: f.replace(/\.mdx?$/, ''),
        file: relative(process.cwd(), join(dir, f)),
        data: schema.parse(parse(fm)),
        body,
      };
    });
}

/** A campaign read straight from a content folder, without Astro: for unit tests of what is derived from it. */
export function campaignFrom(contentDir: string): Campaign {
  const settings = loadSettings(contentDir);
  const directives = entries(join(contentDir, 'directives'), directiveSchema);
  const measures = entries(join(contentDir, 'measures'), measureSchema);
  return assembleCampaign(settings, directives, measures, contentDir) as unknown as Campaign;
}

export function manifestFrom(contentDir: string) {
  return buildManifest(campaignFrom(contentDir), loadStrings(contentDir), channels);
}
