import { z } from 'zod';
import { defineContent } from '../../manifest/content-fields';

/** How long each slide of the loop stays on screen. */
const signage = z
  .strictObject({ secondsPerSlide: z.number().int().min(3).max(120).default(10) })
  .default({ secondsPerSlide: 10 });

declare module '../../manifest/kinds' {
  interface SettingsFields {
    signage: z.infer<typeof signage>;
  }
}

export default defineContent({ settings: { signage } });
