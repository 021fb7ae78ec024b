import { z } from 'zod';
import { viText } from '../core/schema-helpers';

// viText is "trimmed, NFC, not empty": what every language's text needs, not only Vietnamese.
const text = viText;

/**
 * The short labels a visitor notice, poster or slide prints around the
 * campaign's words. Vietnamese has the same keys in src/i18n/vi.json as
 * `visitors.<key>`, so every language is drawn by the same code.
 */
export const LABEL_KEYS = [
  'kicker',
  'scanToInstall',
  'installSteps',
  'privacy',
  'help',
  'website',
  'otherLanguages',
  'skip',
  'portalNotice',
  'basis',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** One measure in another language: what a reader of that language needs of it. */
const measureTranslation = z.strictObject({
  number: z.number().int().positive(),
  title: text(),
  summary: text(),
  /** Plain paragraphs, a blank line between them. */
  body: text(),
});

/** `<content>/translations/<code>.yaml`: the campaign in one more language. */
export const translationSchema = z.strictObject({
  /** The language's name in itself: "English", "简体中文", "한국어", "日本語". */
  name: text(),
  campaign: z.strictObject({ title: text(), tagline: text() }),
  app: z.strictObject({
    /** What the app does, in a few sentences. */
    description: text(),
    installSteps: z.array(text()).min(1),
    /** Privacy in one sentence. */
    privacy: text(),
  }),
  /** The notice for visitors (settings `visitors.measure`): what a visitor sees on arrival. */
  visitors: z.strictObject({ headline: text(), body: text(), cta: text(), help: text() }),
  /** The notice's old name: a file written before it was renamed is told what to change. */
  tourist: z
    .never({ error: 'nhóm này nay tên là visitors: đổi “tourist:” thành “visitors:” (renamed to visitors)' })
    .optional(),
  labels: z.strictObject(
    Object.fromEntries(LABEL_KEYS.map((k) => [k, text()])) as Record<LabelKey, ReturnType<typeof text>>,
  ),
  /** Every measure, for a language with its own site pages (a UI file src/i18n/<code>.json). */
  measures: z.array(measureTranslation).optional(),
});

export type TranslationData = z.infer<typeof translationSchema>;
