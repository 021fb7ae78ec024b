import { z } from 'zod';
import { viText } from '../core/schema-helpers';

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
