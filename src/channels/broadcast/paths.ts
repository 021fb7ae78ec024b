import { fileNames } from '../../manifest/paths';

/** Where the broadcast channel's pages and files go: its routes (below the base path) and file names. */
export const broadcastPaths = {
  broadcast: () => 'truyen-thanh/',
  measureBroadcast: (id: string) => `truyen-thanh/${id}/`,
  announcerScript: (id: string) => `truyen-thanh/${id}/ban-doc/`,
  broadcastFile: (id: string, file: string) => `truyen-thanh/${id}/${file}`,
  broadcastPlaylist: () => 'truyen-thanh/danh-sach.m3u',
  draft: (campaign: string, measure: number, item: string) => `${fileNames.measureBase(campaign, measure)}-${item}.mp3`,
} as const;
