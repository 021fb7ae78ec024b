import { z } from 'zod';
import { hexColor, viText } from '../core/schema-helpers';
import type { SettingsFields } from '../manifest/kinds';
import { speechSchema } from '../voice/schema';

// Language, optional script, optional region: en, zh-Hans, zh-Hant-TW, pt-BR.
const BCP47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * The settings every campaign has (`<content>/settings.yaml`); each channel adds its own keys (its content.ts),
 * merged into the one schema by src/channels/content.ts.
 */
export const coreSettingsSchema = z
  .object({
    campaign: z.strictObject({
      /** Short name used in file names and URLs: lowercase ASCII. */
      slug: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'chỉ chữ thường không dấu, số và gạch nối (lowercase ASCII, digits, hyphens)'),
      name: viText(),
      title: viText(),
      tagline: viText(),
      year: z.number().int(),
    }),
    app: z.strictObject({
      name: viText(),
      description: viText(),
      installUrl: z.url({ error: 'phải là địa chỉ web đầy đủ, ví dụ https://… (must be a full URL)' }),
      installSteps: z.array(viText()).min(1),
    }),
    site: z.strictObject({
      url: z.url({ error: 'phải là địa chỉ web đầy đủ của trang (must be the full site URL)' }),
      title: viText(),
      description: viText(),
      publisher: viText(),
    }),
    /**
     * Where the site is served: `/` at the root of its host, or a sub-path of
     * a provincial portal such as `/chien-dich/so-suc-khoe/`. Every URL the
     * build writes starts with it.
     */
    basePath: z
      .string()
      .regex(
        /^\/(?:[a-z0-9-]+\/)*$/,
        'phải bắt đầu và kết thúc bằng “/”, chỉ chữ thường không dấu, số, gạch nối, ví dụ /chien-dich/so-suc-khoe/',
      )
      .default('/'),
    /** Which document the measures come from (its số ký hiệu). */
    rootDocument: z.string(),
    palette: z.strictObject({
      primary: hexColor(),
      primaryDark: hexColor(),
      accent: hexColor(),
      ink: hexColor(),
      paper: hexColor(),
      muted: hexColor(),
    }),
    /** Where poster and slide QR codes lead: the app's install page or the measure's page on this site. */
    qrTarget: z.enum(['install', 'measure']).default('install'),
    /**
     * Share cards (1200×630). Up to `perDirectiveUpTo` directives, each directive page has its own card; past
     * it, the directives of one type (`sharedBy: type`) or one issuer (`issuer`) share one card, drawn once.
     */
    cards: z
      .strictObject({
        perDirectiveUpTo: z.number().int().min(0).default(500),
        sharedBy: z.enum(['type', 'issuer']).default('type'),
      })
      .default({ perDirectiveUpTo: 500, sharedBy: 'type' }),
    /** The measures page's matrix: a row per document up to `perDirectiveUpTo` directives, then a row per province. */
    matrix: z
      .strictObject({ perDirectiveUpTo: z.number().int().min(0).default(500) })
      .default({ perDirectiveUpTo: 500 }),
    /** How scripts for loudspeakers and radio are said and drafted. */
    speech: speechSchema.default({ syllablesPerSecond: 4, minFill: 0.8, say: {}, voice: 'vi' }),
    /**
     * The site's languages as BCP 47 codes, Vietnamese first ("vi", "en", "zh-Hans"); each other one has
     * its words in `<content>/translations/<code>.yaml`.
     */
    languages: z
      .array(z.string().regex(BCP47, 'phải là mã ngôn ngữ BCP 47, ví dụ en, zh-Hans, ko, ja (a BCP 47 language tag)'))
      .min(1)
      .refine((l) => l[0] === 'vi', 'tiếng Việt đứng đầu: bắt đầu danh sách bằng vi (Vietnamese must come first)')
      .refine((l) => new Set(l).size === l.length, 'mỗi ngôn ngữ chỉ ghi một lần (each language once)')
      .default(['vi']),
  })
  .strict();

export type Settings = z.infer<typeof coreSettingsSchema> & SettingsFields;
