import { z } from 'zod';
import { viText } from '../../core/schema-helpers';

/** Spot lengths radio and loudspeakers schedule (CHANNELS.md); a bulletin runs up to three minutes. */
export const SPOT_SECONDS = [10, 20, 30, 60] as const;
export const BULLETIN_MAX_SECONDS = 180;

/** A piece written to be heard: a spot of a set length, or a bulletin of a few minutes. */
export const broadcastItemSchema = z.strictObject({
  /** For files and links: lowercase ASCII, digits, hyphens. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'chỉ chữ thường không dấu, số và gạch nối, ví dụ loa-30-giay'),
  kind: z.enum(['spot', 'bulletin']),
  /** The slot it must fit, in seconds. */
  seconds: z.number().int().positive(),
  title: viText(),
  /** As written; the build spells out numbers, dates, document numbers and addresses as they are said. */
  text: viText(),
  /** Readings a district records in its own language (Tày, Mông, Dao, Êđê…): language name and text. */
  translations: z.array(z.strictObject({ language: viText(), text: viText() })).default([]),
});

export type BroadcastItem = z.infer<typeof broadcastItemSchema>;
