import { z } from 'zod';
import { viText } from '../../core/schema-helpers';
import { defineContent } from '../../manifest/content-fields';

const progressSettings = z.strictObject({
  /** The campaign's target rate, percent: a line on the charts, and the mark of places below it. */
  target: z.number().min(0).max(100).optional(),
  /** What the target is a share of ("người dùng điện thoại thông minh"), said beside it. */
  targetBase: viText().optional(),
});
export type ProgressSettings = z.infer<typeof progressSettings>;

declare module '../../manifest/kinds' {
  interface SettingsFields {
    progress?: ProgressSettings;
  }
}

export default defineContent({
  /** The results loop: the target the progress dashboard and the roll-up measure against. */
  settings: { progress: progressSettings.optional() },
});
