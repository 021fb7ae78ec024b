import { z } from 'zod';
import { viText } from '../core/schema-helpers';
import type { MeasureFields } from '../manifest/kinds';

/**
 * The fields every measure file has; each channel adds its own (its content.ts), merged into the one schema by
 * src/channels/content.ts.
 */
export const coreMeasureSchema = z.strictObject({
  number: z.number().int().min(1).max(99),
  /** Short name, e.g. "Cơ quan nhà nước". */
  title: viText(),
  /** The measure's wording in the root document, verbatim. */
  official: viText(),
  /** One plain sentence for citizens. */
  summary: viText(),
  actors: z.array(viText()).min(1),
  channels: z.array(viText()).min(1),
  poster: z.strictObject({
    headline: viText(),
    body: viText(),
    cta: viText(),
  }),
});

export type MeasureData = z.infer<typeof coreMeasureSchema> & MeasureFields;
