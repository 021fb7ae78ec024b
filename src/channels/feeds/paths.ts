/** Where the feeds channel's page and files go: its routes (below the base path) and file names. */
export const feedsPaths = {
  /** Every change note, newest first, and the feeds to follow. */
  changes: () => 'cap-nhat/',
  all: () => 'cap-nhat/tat-ca.atom',
  /** `slug`: the issuer, province or measure, unaccented, as file names write places. */
  issuer: (slug: string) => `cap-nhat/co-quan/${slug}.atom`,
  province: (slug: string) => `cap-nhat/tinh/${slug}.atom`,
  measure: (id: string) => `cap-nhat/bien-phap/${id}.atom`,
} as const;
