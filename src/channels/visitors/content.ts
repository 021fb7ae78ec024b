import { z } from 'zod';
import { viText } from '../../core/schema-helpers';
import { defineContent } from '../../manifest/content-fields';

/** The notice for visitors arriving (a measure about stations, airports, public Wi-Fi), in Vietnamese. */
const visitors = z
  .strictObject({
    /** The measure it serves. */
    measure: z.number().int().positive(),
    headline: viText(),
    body: viText(),
    cta: viText(),
    /** Privacy in one sentence. */
    privacy: viText(),
    /** Where to get help. */
    help: viText(),
  })
  .optional();

declare module '../../manifest/kinds' {
  interface SettingsFields {
    visitors?: z.infer<typeof visitors>;
  }
}

export default defineContent({ settings: { visitors } });
