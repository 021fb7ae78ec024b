/**
 * The kit's print items and their paper facts, for the manifest, the
 * downloads page and the endpoints. Sizes are the finished (trimmed) sheet.
 */
export const KIT_ITEMS = ['leaflet', 'leaflet-sheet', 'tent', 'sign', 'register'] as const;
export type KitItem = (typeof KIT_ITEMS)[number];

/** Which side of the sheet the printer turns over for the back: none for one-sided items. */
export type Duplex = 'long' | 'short' | 'none';

export const KIT_PAPER: Record<
  KitItem,
  { widthMm: number; heightMm: number; pages: number; duplex: Duplex; sheet: 'A5' | 'A4' }
> = {
  leaflet: { widthMm: 148, heightMm: 210, pages: 2, duplex: 'long', sheet: 'A5' },
  // Landscape, two leaflets side by side: turned over its short edge, each back lands behind its front.
  'leaflet-sheet': { widthMm: 297, heightMm: 210, pages: 2, duplex: 'short', sheet: 'A4' },
  tent: { widthMm: 210, heightMm: 297, pages: 1, duplex: 'none', sheet: 'A4' },
  sign: { widthMm: 210, heightMm: 297, pages: 1, duplex: 'none', sheet: 'A4' },
  register: { widthMm: 210, heightMm: 297, pages: 1, duplex: 'none', sheet: 'A4' },
};

/** The part of a measure's `kit` each item needs; the item is made only where it is given. */
export const KIT_SOURCE: Record<KitItem, 'leaflet' | 'tent' | 'sign' | 'register'> = {
  leaflet: 'leaflet',
  'leaflet-sheet': 'leaflet',
  tent: 'tent',
  sign: 'sign',
  register: 'register',
};

/** Feed square and story/reel portrait, in pixels; the key names the file ("-vuong", "-doc"). */
export const SOCIAL_SHAPES = {
  vuong: { width: 1080, height: 1080 },
  doc: { width: 1080, height: 1920 },
} as const;
export type SocialShape = keyof typeof SOCIAL_SHAPES;

/** The kit items a measure's `kit` wording makes, in KIT_ITEMS order. */
export function kitItemsOf(kit: Partial<Record<(typeof KIT_SOURCE)[KitItem], unknown>> | undefined): KitItem[] {
  return KIT_ITEMS.filter((item) => kit?.[KIT_SOURCE[item]]);
}
