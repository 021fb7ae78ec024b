import { z } from 'zod';
import { defineContent } from '../../manifest/content-fields';
import { changeNote, type ChangeNote } from '../../directives/schema';

declare module '../../manifest/kinds' {
  interface MeasureFields {
    /** Significant changes to the measure's page, dated, one sentence each: shown on it and in the feeds. */
    changes: ChangeNote[];
  }
}

export default defineContent({ measure: { changes: z.array(changeNote).default([]) } });
