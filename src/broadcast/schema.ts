import { z } from 'zod';
import { viText } from '../core/schema-helpers';

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

/** How the campaign's scripts are said and drafted. */
export const speechSchema = z.strictObject({
  /** Newsreaders speak about 4–4.5 syllables a second. */
  syllablesPerSecond: z.number().positive().default(4),
  /**
   * The share of its slot a piece must fill at that pace: a station that books
   * 30 seconds and gets 10 has a gap on air, a ward that plans a 3-minute
   * bulletin and hears 45 seconds feels short-changed.
   */
  minFill: z.number().gt(0).max(1).default(0.8),
  /** Words said a particular way, as the synthesizer and the announcer should say them. */
  say: z.record(z.string(), viText()).default({}),
  /** eSpeak NG voice: vi (northern), vi-vn-x-central, vi-vn-x-south. */
  voice: z.enum(['vi', 'vi-vn-x-central', 'vi-vn-x-south']).default('vi'),
  /**
   * eSpeak's speed, words a minute; it wins when set. Unset, the draft is read
   * at syllablesPerSecond (draftWordsPerMinute in speech.ts), so it times like the newsreader.
   */
  wordsPerMinute: z.number().int().min(80).max(450).optional(),
});

export type Speech = z.infer<typeof speechSchema>;
