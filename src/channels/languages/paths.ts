/** Where the languages channel's pages and files go: its routes (below the base path) and file names. */
export const languagesPaths = {
  install: () => 'cai-dat/',
} as const;
