/**
 * What a channel reads from the content folder besides the core's fields: keys of settings.yaml, fields of each
 * measure file, and checks across files that no schema can make. Each channel that has any exports it as the
 * default of its `content.ts`; src/channels/content.ts merges them in the registry's order. Kept apart from the
 * channel's index.ts so the schemas load without the channel's renderers.
 */
import type { z } from 'zod';
import type { LoaContentError } from '../core/errors';
import type { DirectiveEntry, MeasureEntry } from '../core/records';
import type { Settings } from '../config/settings-schema';

export interface ContentInput {
  settings: Settings;
  directives: DirectiveEntry[];
  measures: MeasureEntry[];
  /** settings.yaml as authors name it, for errors about settings. */
  settingsFile: string;
}

export interface ChannelContent {
  /** Keys of settings.yaml, each a zod schema (optional or with a default unless every campaign must set it). */
  settings?: z.ZodRawShape;
  /** Fields of a measure file. */
  measure?: z.ZodRawShape;
  /** Problems across files, each naming its file, field and fix; all of every channel are reported together. */
  check?(input: ContentInput): LoaContentError[];
}

/** Declares a channel's content; the identity, for types. */
export function defineContent(content: ChannelContent): ChannelContent {
  return content;
}
