import { z } from 'zod';
import { viText } from '../core/schema-helpers';

/**
 * Paper beyond posters for one measure: each item is made only when its
 * wording is given, so a measure carries the pieces its channel uses (a
 * leaflet for door-to-door work, a tent card for tables, a sign and a
 * visitor register for an office entrance).
 */
export const kitSchema = z.strictObject({
  /** A5, two-sided: the message in front, how to install and where to get help on the back. */
  leaflet: z
    .strictObject({
      headline: viText(),
      body: viText(),
      /** Short reasons or facts, one line or two each. */
      points: z.array(viText()).max(4).default([]),
      /** Where to get help installing, printed on the back. */
      help: viText(),
    })
    .optional(),
  /** A table tent: the invitation on one face, the install steps on the other. */
  tent: z.strictObject({ headline: viText(), body: viText() }).optional(),
  /** An entrance sign asking visitors to install and run the app. */
  sign: z
    .strictObject({
      headline: viText(),
      body: viText(),
      /** What a visitor without the app does (write in the register…). */
      register: viText().optional(),
    })
    .optional(),
  /** The visitor register kept at the entrance: a sentence under its title saying why. */
  register: z.strictObject({ intro: viText() }).optional(),
  /** Install steps for this measure's paper, when they differ from the app's own (app.installSteps). */
  steps: z.array(viText()).min(1).max(5).optional(),
});
