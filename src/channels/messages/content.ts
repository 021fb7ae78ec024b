import { z } from 'zod';
import { LoaContentError } from '../../core/errors';
import { defineContent } from '../../manifest/content-fields';
import { messageErrors, repeatErrors } from './check';
import { messageSchema, messagingSchema, type MessageData, type Messaging } from './schema';
import type { MeasureEntry } from '../../core/records';
import type { Settings } from '../../config/settings-schema';

declare module '../../manifest/kinds' {
  interface SettingsFields {
    messaging?: Messaging;
  }
  interface MeasureFields {
    messages: MessageData[];
  }
}

/** The campaign's messages and repeat rules, checked together so two messages never share an id. */
function messagingErrors(settings: Settings, measures: MeasureEntry[], settingsFile: string): LoaContentError[] {
  const limits = settings.messaging?.sms ?? { maxParts: 1 };
  const all = [
    ...(settings.messaging?.messages ?? []).map((m, i) => ({ m, file: settingsFile, at: `messaging.messages[${i}]` })),
    ...measures.flatMap((e) => e.data.messages.map((m, i) => ({ m, file: e.file, at: `messages[${i}]` }))),
  ];
  const errors = all.flatMap(({ m, file, at }) => messageErrors(m, file, at, limits));
  const seen = new Map<string, string>();
  for (const { m, file, at } of all) {
    const other = seen.get(m.id);
    if (other) errors.push(new LoaContentError(file, `${at}.id`, `id “${m.id}” đã dùng ở ${other}`, 'đặt id khác'));
    seen.set(m.id, file);
  }
  for (const [id, r] of Object.entries(settings.messaging?.channels ?? {}))
    errors.push(...repeatErrors(id, r, settingsFile));
  return errors;
}

export default defineContent({
  /** Text messages and the calendar of repeats (measure 7, and every channel that repeats). */
  settings: { messaging: messagingSchema.optional() },
  /** SMS and Zalo messages that carry this measure (measure 7 above all). */
  measure: { messages: z.array(messageSchema).default([]) },
  check: ({ settings, measures, settingsFile }) => messagingErrors(settings, measures, settingsFile),
});
