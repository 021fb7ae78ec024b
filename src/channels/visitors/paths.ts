/** Where the visitors channel's pages and files go: its routes (below the base path) and file names. */
export const visitorsPaths = {
  visitors: () => 'du-lich/',
  visitorFile: (file: string) => `du-lich/${file}`,
  /** A notice for visitors on paper: "chien-dich-khach-den-zh-hans-a4.pdf", or "-5-ngon-ngu-" with every language. */
  visitorPoster: (campaign: string, langs: string[], paper: string, format: string) => {
    const which = langs.length > 1 ? `${langs.length}-ngon-ngu` : langs[0].toLowerCase();
    return `${campaign}-khach-den-${which}-${paper}.${format}`;
  },
  visitorZip: (campaign: string, paper: string) => `${campaign}-khach-den-${paper}.zip`,
  visitorSlide: (campaign: string, lang: string, orientation: string, format: string) =>
    `${campaign}-khach-den-${lang.toLowerCase()}-${orientation}.${format}`,
  /** The self-contained notice a public Wi-Fi login page shows: "thong-bao-zh-hans.html". */
  visitorPortal: (lang: string) => `thong-bao-${lang.toLowerCase()}.html`,
} as const;
