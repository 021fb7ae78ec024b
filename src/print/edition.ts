import { fitOrFail, type CopySource } from '../render/draw';
import { fitText, type FitBox, type FittedText } from '../render/fit-text';
import { canonicalName } from '../core/vietnamese';
import { UNITS_PER_MM } from './units';

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

/** Two spellings of one place's name: case, spacing and the tone mark's placement style aside. */
export const sameName = (a: string, b: string) => canonicalName(a) === canonicalName(b);

/** "https://example.vn/dang-ky/" → "example.vn/dang-ky": a QR address as printed beside its code. */
export const printedAddress = (href: string) => href.replace(/^https:\/\//, '').replace(/\/$/, '');

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
 * The first of `boxes` the text fits, tried in order (the roomiest first, so text that fits as
 * before is drawn as before); only when none does is it an error, with the last box's sizes.
 */
export function fitFirst(text: string, boxes: FitBox[], source: CopySource): FittedText {
  for (const box of boxes.slice(0, -1)) {
    const fitted = fitText(text, box);
    if (fitted) return fitted;
  }
  return fitOrFail(text, boxes.at(-1)!, source);
}

/**
 * The place's name (two lines, three if it needs them) and its hotline and address (one line
 * each, the address two if it needs them), fitted to `width`; `scale` is the sheet's width, so
 * every paper size keeps the same proportions. `compact` sets them smaller, for a layout that
 * needs the room for its own copy. Too long even so: an error naming the edition's field.
 */
export function editionLines(
  edition: Edition,
  width: number,
  scale: number,
  labels: { hotline: string; item: string },
  compact = false,
): EditionLines {
  const [nameMax, detailMax] = compact ? [0.038, 0.025] : [0.05, 0.03];
  const nameBox = {
    width,
    unitsPerMm: UNITS_PER_MM,
    maxSize: nameMax * scale,
    minSize: 0.026 * scale,
    weight: 800,
    lineHeight: 1.15,
  } as const;
  const name = fitFirst(
    edition.name,
    [
      { ...nameBox, maxLines: 2, minSize: Math.min(nameBox.maxSize, 0.03 * scale) },
      { ...nameBox, maxLines: 3 },
    ],
    editionSource(edition, 'name', labels.item),
  );
  const details: FittedText[] = [];
  const detailBox = {
    width,
    unitsPerMm: UNITS_PER_MM,
    maxSize: detailMax * scale,
    minSize: 0.018 * scale,
    weight: 400,
    lineHeight: 1.3,
  } as const;
  const detail = (text: string, field: keyof typeof EDITION_FIELDS, lines: number) =>
    details.push(
      fitFirst(
        text,
        [
          { ...detailBox, maxLines: 1, minSize: Math.min(detailBox.maxSize, 0.02 * scale) },
          ...(lines > 1 ? [{ ...detailBox, maxLines: lines }] : [{ ...detailBox, maxLines: 1 }]),
        ],
        editionSource(edition, field, labels.item),
      ),
    );
  if (edition.hotline) detail(`${labels.hotline}: ${edition.hotline}`, 'hotline', 1);
  if (edition.address) detail(edition.address, 'address', 2);
  const height = name.height + details.reduce((sum, d) => sum + d.height, 0);
  return { name, details, height, source: { file: edition.source, field: EDITION_FIELDS.name } };
}
