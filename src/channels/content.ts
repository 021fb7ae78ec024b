/**
 * The content schemas and checks of the whole site: the core's settings and measure fields with every channel's
 * own (its content.ts) merged in the registry's order, parsed once. A key two channels (or a channel and the core)
 * both declare stops the build, naming both.
 */
import type { z } from 'zod';
import { coreSettingsSchema, type Settings } from '../config/settings-schema';
import { coreMeasureSchema, type MeasureData } from '../measures/schema';
import { channelNames } from './registry';
import type { ChannelContent, ContentInput } from '../manifest/content-fields';
import type { LoaContentError } from '../core/errors';

const modules = import.meta.glob<{ default: ChannelContent }>('./*/content.ts', { eager: true });
const contents = channelNames.flatMap((name) => {
  const content = modules[`./${name}/content.ts`]?.default;
  return content ? [{ name, content }] : [];
});

function shapeOf(part: 'settings' | 'measure', core: z.ZodRawShape): z.ZodRawShape {
  const owner = new Map(Object.keys(core).map((key) => [key, 'the core']));
  const shape: { [key: string]: z.ZodRawShape[string] } = {};
  for (const { name, content } of contents)
    for (const [key, schema] of Object.entries(content[part] ?? {})) {
      const other = owner.get(key);
      if (other)
        throw new Error(`src/channels/${name}/content.ts: ${part} key "${key}" is already declared by ${other}`);
      owner.set(key, `src/channels/${name}/content.ts`);
      shape[key] = schema;
    }
  return shape;
}

/** settings.yaml: the core's keys and every channel's. */
export const settingsSchema = coreSettingsSchema.extend(
  shapeOf('settings', coreSettingsSchema.shape),
) as unknown as z.ZodType<Settings>;

/** A measure file's front matter: the core's fields and every channel's. */
export const measureSchema = coreMeasureSchema.extend(
  shapeOf('measure', coreMeasureSchema.shape),
) as unknown as z.ZodType<MeasureData>;

/** Every channel's checks across files, in the registry's order. */
export function channelChecks(input: ContentInput): LoaContentError[] {
  return contents.flatMap(({ content }) => content.check?.(input) ?? []);
}
