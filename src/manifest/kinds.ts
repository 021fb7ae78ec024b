/**
 * The kinds of pages and files a build can hold, filled in by the channels: each channel's folder adds its own
 * kinds to these interfaces (TypeScript's declaration merging, as Astro's `App.Locals` is filled in), so the
 * `Page` and `Artefact` unions are derived from the channels and the core names none of them.
 *
 *     declare module '../../manifest/kinds' {
 *       interface PageKinds { 'signage-slide': { measure: Measure } }
 *       interface FileKinds { 'slide-image': { measure: Measure; orientation: SlideOrientation } }
 *     }
 *
 * Each entry maps a kind to the fields its entries carry beyond the common ones (URL, title, crumbs…).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface PageKinds {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface FileKinds {}

/** What a channel works out once and hands to the pages that show it (`manifest.notices`, `manifest.messages`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface ManifestData {}

/**
 * The keys channels add to settings.yaml and the fields they add to each measure file: each channel's content.ts
 * fills these in beside the zod shapes it hands to src/channels/content.ts, so `Settings` and `MeasureData` are
 * the core's fields and the channels' together.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface SettingsFields {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the channels
export interface MeasureFields {}
