import { posterPdf, posterSvg, type PrintMeta } from './poster-pdf';
import type { PosterCopy } from './poster-layout';
import type { Theme } from '../config/palette';
import { fill } from '../i18n/fill';
import { fileNames } from '../manifest/paths';
import { EDITION_FIELDS, printedAddress, type Edition } from './edition';
import { LoaContentError } from '../core/errors';
import type { Translate } from '../i18n/strings';
import { makeKitFile, type KitCopies } from './kit-pdf';
import { KIT_ITEMS, type KitItem } from './paper';

/**
 * Everything a local edition is made from, worked out by the build and handed
 * to the browser as it is: the customiser adds only what the place typed, so
 * its files and the build's are the same bytes.
 */
export interface EditionData {
  campaign: string;
  theme: Theme;
  /** The build's fixed date, for the dates inside a zip. */
  date: string;
  /** "{title} – bản của {place}": an edition's PDF title. */
  editionTitle: string;
  measures: EditionMeasure[];
  /** Each item a place can make, in the order the form offers them. */
  items: Array<{ key: ItemKey; label: string }>;
}

export interface EditionMeasure {
  id: string;
  number: number;
  /** "Biện pháp 2: Chính quyền cơ sở, tổ dân phố", as the form lists it. */
  label: string;
  poster: PosterCopy;
  kit: KitCopies;
  /** The items this measure has: every measure has posters, the kit's paper only where its content gives it. */
  items: ItemKey[];
  /** Each item's PDF metadata as the campaign's own file has it; an edition adds its place to the title. */
  meta: Partial<Record<ItemKey, PrintMeta>>;
}

export const POSTER_ITEMS = ['a4', 'a3'] as const;
export const ITEM_KEYS = [...POSTER_ITEMS, ...KIT_ITEMS] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

const isPoster = (item: ItemKey): item is (typeof POSTER_ITEMS)[number] =>
  (POSTER_ITEMS as readonly string[]).includes(item);

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
  const itemMeta = measure.meta[item];
  if (!measure.items.includes(item) || !itemMeta) throw new Error(`kit: measure ${measure.number} has no ${item}`);
  const meta = { ...itemMeta, title: fill(data.editionTitle, { title: itemMeta.title, place: edition.name }) };
  const fileName = fileNames.edition(data.campaign, measure.number, item, fileNames.place(edition.name));
  // A place's own QR address is printed beside its code: the words must say where the code leads.
  const own = edition.qrUrl && printedAddress(edition.qrUrl);
  if (edition.qrUrl && edition.qrUrl.length > QR_PRINT_LIMITS[item]) throw qrTooLong(edition, item, data);
  try {
    if (isPoster(item)) {
      const copy = own ? { ...measure.poster, addressLabel: own } : measure.poster;
      const drawing = await posterSvg(copy, item, data.theme, edition);
      return { fileName, pdf: await posterPdf(drawing, meta), pages: [drawing.svg] };
    }
    const kit = own
      ? (Object.fromEntries(
          Object.entries(measure.kit).map(([k, c]) => [k, c && { ...c, installAddress: own }]),
        ) as KitCopies)
      : measure.kit;
    const made = await makeKitFile(item as KitItem, kit, data.theme, meta, edition);
    return { fileName, pdf: made.pdf, pages: made.faces };
  } catch (e) {
    // The printed address is the place's own: one of wide letters that does not fit is its field's fault.
    if (own && e instanceof LoaContentError && e.field === 'app.installUrl') throw qrTooLong(edition, item, data);
    throw e;
  }
}

/**
 * The longest QR address (https:// included) each item prints beside its code in a line or two,
 * measured by test/unit/edition-limits.test.ts; README states them.
 */
export const QR_PRINT_LIMITS: Record<ItemKey, number> = {
  a4: 47,
  a3: 50,
  leaflet: 42,
  'leaflet-sheet': 42,
  tent: 36,
  sign: 39,
  // The register prints the campaign's code and address, not the place's.
  register: Infinity,
};

function qrTooLong(edition: Edition, item: ItemKey, data: EditionData): LoaContentError {
  const label = data.items.find((i) => i.key === item)?.label ?? item;
  return new LoaContentError(
    edition.source,
    EDITION_FIELDS.qrUrl,
    `quá dài để in bên cạnh mã QR trên ${label.toLocaleLowerCase('vi')} ` +
      // Under the limit yet too wide: letters wider than the measured ones (m, w, capitals).
      (edition.qrUrl!.length > QR_PRINT_LIMITS[item]
        ? `(${edition.qrUrl!.length} ký tự, tối đa ${QR_PRINT_LIMITS[item]})`
        : `(${edition.qrUrl!.length} ký tự nhưng nhiều chữ rộng như m, w, chữ hoa)`),
    'dùng địa chỉ ngắn hơn (ví dụ trang chủ của đơn vị), hoặc để trống để dùng địa chỉ của chiến dịch',
  );
}

/** What the form and file titles call an item: the poster's paper, or the kit item's own name. */
export function itemLabel(item: ItemKey, t: Translate): string {
  return isPoster(item) ? t(`customiser.item.${item}`) : t(`kit.item.${item as KitItem}`);
}
