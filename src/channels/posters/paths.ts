import { fileNames } from '../../manifest/paths';

/** Where the posters channel's pages and files go: its routes (below the base path) and file names. */
export const postersPaths = {
  posters: () => 'ap-phich/',
  posterFile: (file: string) => `ap-phich/${file}`,
  poster: (campaign: string, measure: number, paper: string, format: string) =>
    `${fileNames.measureBase(campaign, measure)}-${paper}.${format}`,
  posterZip: (campaign: string, paper: string) => `${campaign}-ap-phich-${paper}.zip`,
} as const;
