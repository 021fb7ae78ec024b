import { fileNames } from '../../manifest/paths';

/** Where the editions channel's pages and files go: its routes (below the base path) and file names. */
export const editionsPaths = {
  customiser: () => 'ap-phich/tu-tao/',
  customiserFile: (file: string) => `ap-phich/tu-tao/${file}`,
  /** A place's own edition, made at build time from the content's editions.csv. */
  editionFile: (place: string, file: string) => `ap-phich/don-vi/${place}/${file}`,
  editionZip: (campaign: string, place: string) => `${campaign}-bo-an-pham-${place}.zip`,
  /** The customiser's zip of one item for every place of a CSV. */
  batchZip: (campaign: string, measure: number, item: string) =>
    `${fileNames.measureBase(campaign, measure)}-${fileNames.editionPart(item)}-cac-don-vi.zip`,
  editionsTemplate: () => 'mau-don-vi.csv',
} as const;
