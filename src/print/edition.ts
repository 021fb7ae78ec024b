import { fitOrFail, type CopySource } from '../render/draw';
import type { FittedText } from '../render/fit-text';

/**
 * A local edition: the same print file made for one ward, office, school or
 * hotel under its own name. The build makes them from editions.csv; the
 * customiser makes them in the reader's browser with the same layouts, so
 * every layout takes an optional Edition and nothing else about the place.
 */
export interface Edition {
  /** "UBND phường Vĩnh Ninh": printed prominently, in its own words. */
  name: string;
  /** A hotline as the place writes it, already checked ("0234 3822 123", "1900 9095"). */
  hotline?: string;
  /** Where the QR code leads instead of the campaign's address (https only). */
  qrUrl?: string;
  /** The place's street address, printed small. */
  address?: string;
  /** Where the edition was typed, for messages: "editions.csv, dòng 4" or the form's name. */
  source: string;
}

/** The form's and the CSV's names for each field, as the person filling them in reads them. */
export const EDITION_FIELDS = {
  name: 'tên đơn vị',
  hotline: 'đường dây nóng',
  qrUrl: 'địa chỉ mã QR',
  address: 'địa chỉ',
} as const satisfies Record<keyof Omit<Edition, 'source'>, string>;

/** Where a layout error about an edition points: the place's own field, not the campaign's content. */
export function editionSource(edition: Edition, field: keyof typeof EDITION_FIELDS, label: string): CopySource {
  return { file: edition.source, field: EDITION_FIELDS[field], label };
}

export interface EditionLines {
  name: FittedText;
  details: FittedText[];
  height: number;
  /** Blame for a campaign text that no longer fits beside the place's name. */
  source: Pick<CopySource, 'file' | 'field'>;
}

/**
 * The place's name (up to two lines) and its hotline and address (one line
 * each), fitted to `width`; `scale` is the sheet's width, so every paper size
 * keeps the same proportions. Too long: an error naming the edition's field.
 */
export function editionLines(
  edition: Edition,
  width: number,
  scale: number,
  labels: { hotline: string; item: string },
): EditionLines {
  const name = fitOrFail(
    edition.name,
    { width, maxLines: 2, maxSize: 0.05 * scale, minSize: 0.03 * scale, weight: 800, lineHeight: 1.15 },
    editionSource(edition, 'name', labels.item),
  );
  const details: FittedText[] = [];
  const detail = (text: string, field: keyof typeof EDITION_FIELDS) =>
    details.push(
      fitOrFail(
        text,
        { width, maxLines: 1, maxSize: 0.03 * scale, minSize: 0.02 * scale, weight: 400, lineHeight: 1.3 },
        editionSource(edition, field, labels.item),
      ),
    );
  if (edition.hotline) detail(`${labels.hotline}: ${edition.hotline}`, 'hotline');
  if (edition.address) detail(edition.address, 'address');
  const height = name.height + details.reduce((sum, d) => sum + d.height, 0);
  return { name, details, height, source: { file: edition.source, field: EDITION_FIELDS.name } };
}
