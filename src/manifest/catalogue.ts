import type { Manifest } from './build';

/**
 * The manifest as published data (/danh-muc.json): every page and file with
 * its URL and title. The post-build step reads it to pack zips and stamp file
 * sizes, the tests read it to know what the build must contain, and anyone
 * mirroring the campaign can read it to fetch every file.
 */
export interface Catalogue {
  base: string;
  /** Date written into packed files, so two builds are byte-identical. */
  date: string;
  pages: Array<{ kind: string; route: string; url: string; title: string; lang?: string }>;
  files: Array<{
    kind: string;
    route: string;
    url: string;
    fileName: string;
    title: string;
    measure?: number;
    members?: string[];
  }>;
}

export function catalogueOf(manifest: Manifest, date: string): Catalogue {
  return {
    base: manifest.base,
    date,
    pages: manifest.pages.map((p) => ({ kind: p.kind, route: p.route, url: p.url, title: p.title, lang: p.lang })),
    files: manifest.files.map((f) => ({
      kind: f.kind,
      route: f.route,
      url: f.url,
      fileName: f.fileName,
      title: f.title,
      ...('measure' in f ? { measure: f.measure.data.number } : {}),
      ...('members' in f ? { members: f.members } : {}),
    })),
  };
}
