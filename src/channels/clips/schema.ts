import { z } from 'zod';
import { viText } from '../../core/schema-helpers';

const scene = z.strictObject({
  /** Seconds on screen. */
  duration: z.number().positive(),
  /** What is seen. */
  visual: viText(),
  /** Text shown on screen; kept short enough to read in the scene's time. */
  onScreen: viText(),
  voiceover: viText(),
  /** Sound effects and music. */
  sound: viText(),
});

/** A measure's 30-second clip: its title and timed scenes. */
export const clip = z.strictObject({
  title: viText(),
  scenes: z.array(scene).min(2),
});

export type Scene = z.infer<typeof scene>;
