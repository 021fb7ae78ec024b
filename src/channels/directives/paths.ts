/** Where the directives channel's pages and files go: its routes (below the base path) and file names. */
export const directivesPaths = {
  /** The card shared by directives of one type or issuer (settings `cards`): og/van-ban/nhom/cong-van.jpg. */
  directiveGroupCard: (group: string) => `og/van-ban/nhom/${group}.jpg`,
} as const;
