import { z } from 'zod';
import { viText } from '../../core/schema-helpers';
import { defineContent } from '../../manifest/content-fields';
import { clipErrors } from './check';
import { clip } from './schema';

/** How the campaign's 30-second clips are timed and checked. */
const clipSettings = z
  .strictObject({
    durationSeconds: z.number().positive().default(30),
    /** Planned voice-over rate; Vietnamese newsreaders speak 4–5 syllables a second. */
    syllablesPerSecond: z.number().positive().default(4),
    /** How fast a viewer reads on-screen text. */
    readingCharsPerSecond: z.number().positive().default(15),
    /** Foreign words of the campaign and how many syllables a newsreader takes for them ("zalo": 2). */
    pronunciations: z.record(z.string(), z.number().int().positive()).default({}),
    /** Verbs the closing scene must use to ask for the install ("cài", "tải"); none: the app's name suffices. */
    callToAction: z.array(viText()).default([]),
  })
  .default({
    durationSeconds: 30,
    syllablesPerSecond: 4,
    readingCharsPerSecond: 15,
    pronunciations: {},
    callToAction: [],
  });

declare module '../../manifest/kinds' {
  interface SettingsFields {
    clip: z.infer<typeof clipSettings>;
  }
  interface MeasureFields {
    clip: z.infer<typeof clip>;
  }
}

export default defineContent({
  settings: { clip: clipSettings },
  measure: { clip },
  check: ({ measures, settings }) => measures.flatMap((m) => clipErrors(m, settings)),
});
