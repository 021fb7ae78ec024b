import { fileNames } from '../../manifest/paths';

/** Where the signage channel's pages and files go: its routes (below the base path) and file names. */
export const signagePaths = {
  signage: () => 'man-hinh/',
  signageSlide: (id: string) => `man-hinh/${id}/`,
  signageGuide: () => 'man-hinh/huong-dan/',
  signageImage: (file: string) => `man-hinh/anh/${file}`,
  signagePlaylist: (file: string) => `man-hinh/${file}`,
  signageWorker: () => 'man-hinh/sw.js',
  signageVersion: () => 'man-hinh/version.json',
  slideImage: (campaign: string, measure: number, orientation: string, format: string) =>
    `${fileNames.measureBase(campaign, measure)}-${orientation}.${format}`,
  signageVideo: (file: string) => `man-hinh/video/${file}`,
  slideVideo: (campaign: string, measure: number, orientation: string) =>
    `${fileNames.measureBase(campaign, measure)}-${orientation}.mp4`,
  loopVideo: (campaign: string, orientation: string) => `${campaign}-vong-lap-${orientation}.mp4`,
  playlistJson: () => 'playlist.json',
  playlistM3u: (orientation: string) => `playlist-${orientation}.m3u`,
} as const;
