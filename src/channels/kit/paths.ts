import type { KitItem } from '../../print/paper';
import { fileNames } from '../../manifest/paths';

/** Where the kit channel's pages and files go: its routes (below the base path) and file names. */
export const kitPaths = {
  /** Leaflets, table tents, signs, registers and social images: the paper kit beside the posters. */
  kitFile: (file: string) => `ap-phich/tai-lieu/${file}`,
  kit: (campaign: string, measure: number, item: KitItem) =>
    `${fileNames.measureBase(campaign, measure)}-${fileNames.kitPart(item)}.pdf`,
  /** "…-bien-phap-02-mang-xa-hoi-vuong.png" (1080×1080) and "-doc" (1080×1920). */
  socialImage: (campaign: string, measure: number, shape: string) =>
    `${fileNames.measureBase(campaign, measure)}-mang-xa-hoi-${shape}.png`,
  kitZip: (campaign: string, measure: number) => `${fileNames.measureBase(campaign, measure)}-tai-lieu-in.zip`,
  socialZip: (campaign: string) => `${campaign}-anh-mang-xa-hoi.zip`,
} as const;
