import { z } from 'zod';
import { defineContent } from '../../manifest/content-fields';
import { installHost } from '../../config/install-host';
import { broadcastErrors } from './check';
import { broadcastItemSchema, type BroadcastItem } from './schema';

declare module '../../manifest/kinds' {
  interface MeasureFields {
    broadcast: BroadcastItem[];
  }
}

export default defineContent({
  /** Spots and bulletins written to be heard, for loudspeakers and radio (measures 8 and 9 above all). */
  measure: { broadcast: z.array(broadcastItemSchema).default([]) },
  check: ({ settings, measures }) =>
    measures.flatMap((m) =>
      m.data.broadcast.flatMap((item, i) =>
        broadcastErrors(item, m.file, `broadcast[${i}]`, settings.speech, installHost(settings)),
      ),
    ),
});
