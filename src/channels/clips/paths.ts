import { fileNames } from '../../manifest/paths';

const videoPart = (format: 'broadcast' | 'social') => (format === 'broadcast' ? 'truyen-hinh' : 'mang-xa-hoi');

/** Where the clips channel's pages and files go: its routes (below the base path) and file names. */
export const clipsPaths = {
  scripts: () => 'kich-ban/',
  script: (id: string) => `kich-ban/${id}/`,
  scriptFile: (id: string, file: string) => `kich-ban/${id}/${file}`,
  captions: (campaign: string, measure: number, format: string) =>
    `${fileNames.measureBase(campaign, measure)}.${format}`,
  frame: (sceneIndex: number) => `canh-${String(sceneIndex + 1).padStart(2, '0')}.png`,
  clipTrack: (campaign: string, measure: number) => `${fileNames.measureBase(campaign, measure)}.mp3`,
  clipVideo: (campaign: string, measure: number, format: 'broadcast' | 'social') =>
    `${fileNames.measureBase(campaign, measure)}-${videoPart(format)}.mp4`,
  videoZip: (campaign: string, format: 'broadcast' | 'social') => `kich-ban/${campaign}-video-${videoPart(format)}.zip`,
} as const;
