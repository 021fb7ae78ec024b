import { z } from 'zod';
import { viText } from '../core/schema-helpers';
import { messageSchema } from '../messages/schema';
import { broadcastItemSchema } from '../broadcast/schema';
import { kitSchema } from '../kit/schema';

const scene = z.strictObject({
  /** Seconds on screen. */
  duration: z.number().positive(),
  /** What is seen. */
  visual: viText(),
  /** Text shown on screen; kept short enough to read in the scene's time. */
  onScreen: viText(),
  voiceover: viText(),
  /** Sound effects and music. */
  sound: viText(),
});

export const measureSchema = z.strictObject({
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
  clip: z.strictObject({
    title: viText(),
    scenes: z.array(scene).min(2),
  }),
  /** SMS and Zalo messages that carry this measure (measure 7 above all). */
  messages: z.array(messageSchema).default([]),
  /** Spots and bulletins written to be heard, for loudspeakers and radio (measures 8 and 9 above all). */
  broadcast: z.array(broadcastItemSchema).default([]),
  /** Leaflet, table tent, entrance sign and visitor register (measures 1, 2, 6 above all). */
  kit: kitSchema.optional(),
});

export type MeasureData = z.infer<typeof measureSchema>;
export type Scene = z.infer<typeof scene>;
