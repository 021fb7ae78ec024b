import { posterMeta, posterPdf, posterSvg, type PosterStrings } from '../posters/poster-pdf';
import type { PosterCopy } from '../posters/layout';
import type { Theme } from '../config/palette';
import { fileNames } from '../manifest/paths';
import type { Edition } from './edition';

/**
 * Everything a local edition is made from, worked out by the build and handed
 * to the browser as it is: the customiser adds only what the place typed, so
 * its files and the build's are the same bytes.
 */
export interface EditionData {
  campaign: string;
  theme: Theme;
  /** Publisher written into every PDF, and the fixed date. */
  author: string;
  date: string;
  measures: EditionMeasure[];
  posterStrings: PosterStrings;
  /** Each item a place can make, in the order the form offers them. */
  items: Array<{ key: ItemKey; label: string }>;
}

export interface EditionMeasure {
  id: string;
  number: number;
  /** "Biện pháp 2: Chính quyền cơ sở, tổ dân phố", as the form lists it. */
  label: string;
  poster: PosterCopy;
  /** The items this measure has: every measure has posters, the kit's paper only where it fits. */
  items: ItemKey[];
}

export const ITEM_KEYS = ['a4', 'a3'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

export interface MadeEdition {
  fileName: string;
  pdf: Uint8Array;
  /** Each page's drawing, for a preview. */
  pages: string[];
}

/** One item of one measure for one place: the same call in the build and in the browser. */
export async function makeEdition(
  data: EditionData,
  measure: EditionMeasure,
  item: ItemKey,
  edition: Edition,
): Promise<MadeEdition> {
  if (!measure.items.includes(item)) throw new Error(`kit: measure ${measure.number} has no ${item}`);
  const meta = posterMeta(data.posterStrings, measure.poster, item, data.author, data.date, edition);
  const drawing = await posterSvg(measure.poster, item, data.theme, edition);
  const pdf = await posterPdf(drawing, meta);
  const fileName = fileNames.edition(data.campaign, measure.number, item, fileNames.place(edition.name));
  return { fileName, pdf, pages: [drawing.svg] };
}
