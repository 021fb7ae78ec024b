import { z } from 'zod';
import { defineContent } from '../../manifest/content-fields';
import { kitSchema } from '../../print/kit-schema';

/** Leaflet, table tent, entrance sign and visitor register (measures 1, 2, 6 above all). */
const kit = kitSchema.optional();

declare module '../../manifest/kinds' {
  interface MeasureFields {
    kit?: z.infer<typeof kitSchema>;
  }
}

export default defineContent({ measure: { kit } });
