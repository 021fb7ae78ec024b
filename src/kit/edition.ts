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
}
