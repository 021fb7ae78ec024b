/** Print facts every print file shares (BRIEF, "Print and screen facts"). */

/** Layout geometry is worked in tenths of a millimetre: 1 unit = 0.1 mm. */
export const UNITS_PER_MM = 10;
export const BLEED_MM = 3;
/** Text stays at least this far inside the trim. */
export const SAFE_MM = 5;
/** Smallest QR code we print, quiet zone included. */
export const MIN_QR_MM = 25;
export const PRINT_DPI = 300;
/** Paper beyond the bleed that carries the crop marks. */
export const MARK_MARGIN_MM = 10;

export const PAPER = {
  a4: { widthMm: 210, heightMm: 297 },
  a3: { widthMm: 297, heightMm: 420 },
} as const;

/** Pixels across a print PNG with its bleed, at PRINT_DPI. */
export function printPixels(mm: number): number {
  return Math.round(((mm + 2 * BLEED_MM) / 25.4) * PRINT_DPI);
}

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A length in layout units as a person measures print: "24,5 mm". */
export const mmText = (units: number) => `${oneDecimal.format(units / UNITS_PER_MM)} mm`;

/** A type size in layout units as a print shop says it: "7,9 pt". */
export const ptText = (units: number) => `${oneDecimal.format(((units / UNITS_PER_MM) * 72) / 25.4)} pt`;
