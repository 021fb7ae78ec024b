/** Where the search channel's pages and files go: its routes (below the base path) and file names. */
export const searchPaths = {
  search: () => 'tim-kiem/',
} as const;
