import { z } from 'zod';
import { isoDate, viText } from '../../core/schema-helpers';

/**
 * A Zalo Notification Service template as the campaign submits it for review.
 * Lengths and counts are checked against Zalo's review rules in zns.ts, where
 * each problem gets its own message; the schema only fixes the shape.
 */
const znsTemplate = z.strictObject({
  title: viText(),
  paragraphs: z.array(viText()),
  /** Values filled in per recipient, written `<name>` in the text. */
  params: z.array(z.string().regex(/^[a-z_]+$/, 'tên tham số chỉ gồm chữ thường không dấu và “_”')).default([]),
  table: z.array(z.strictObject({ label: viText(), value: viText() })).default([]),
  buttons: z.array(z.strictObject({ title: viText(), url: z.url() })).default([]),
});

/** A Zalo Official Account article: title, summary and body, with a 500×320 cover drawn by the renderer. */
const oaArticle = z.strictObject({
  title: viText(),
  summary: viText(),
  body: z.array(viText()).min(1),
});

export const messageSchema = z.strictObject({
  /** Stable name for files and links: lowercase ASCII, digits, hyphens. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'chỉ chữ thường không dấu, số và gạch nối, ví dụ moi-cai-dat'),
  /** The SMS as written, with marks; the build makes the GSM-7 version. */
  sms: viText(),
  zns: znsTemplate.optional(),
  article: oaArticle.optional(),
});

export type MessageData = z.infer<typeof messageSchema>;
export type ZnsTemplate = z.infer<typeof znsTemplate>;

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM, ví dụ 09:00 (24 giờ)');

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** When a channel repeats: every day or on given weekdays, at given times, from the campaign's start. */
export const repeatSchema = z.strictObject({
  /** Shown in calendars and pages: "Tin nhắn SMS", "Loa truyền thanh". */
  label: viText(),
  frequency: z.enum(['daily', 'weekly']),
  days: z.array(z.enum(WEEKDAYS)).default([]),
  times: z.array(time()).min(1),
  /** How long each slot lasts, in minutes, for the calendar entry. */
  minutes: z.number().int().positive().default(15),
  /** The hours the channel may be used, e.g. SMS only 07:00–22:00 (Decree 91/2020/NĐ-CP). */
  allowed: z.strictObject({ from: time(), to: time() }).optional(),
  /** At most this many a day per recipient (SMS: 3). */
  maxPerDay: z.number().int().positive().optional(),
});

export const messagingSchema = z.strictObject({
  /** The first day of the repeats. */
  start: isoDate(),
  timezone: z.string().default('Asia/Ho_Chi_Minh'),
  sms: z
    .strictObject({
      /** Parts the GSM-7 version may take: 1 keeps the cost of one message per subscriber. */
      maxParts: z.number().int().min(1).max(10).default(1),
      /** A carrier's cap on brand-name messages (commonly 160, one network 123). */
      maxChars: z.number().int().min(1).max(1530).optional(),
    })
    .default({ maxParts: 1 }),
  channels: z.record(z.string().regex(/^[a-z0-9-]+$/), repeatSchema).default({}),
  /** Campaign-wide messages, not tied to one measure. */
  messages: z.array(messageSchema).default([]),
});

export type Messaging = z.infer<typeof messagingSchema>;
export type Repeat = z.infer<typeof repeatSchema>;
