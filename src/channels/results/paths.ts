/** Where the results channel's pages and files go: its routes (below the base path) and file names. */
export const resultsPaths = {
  progress: () => 'tien-do/',
  progressFile: (file: string) => `tien-do/${file}`,
  progressCsv: (campaign: string) => `${campaign}-tien-do.csv`,
  progressJson: (campaign: string) => `${campaign}-tien-do.json`,
  report: () => 'bao-cao/tu-tao/',
  rollup: () => 'bao-cao/tong-hop/',
  /** The files the report and roll-up pages download, made in the browser. */
  reportDocx: (unit: string) => `bao-cao-${unit}.docx`,
  reportCsv: (unit: string) => `so-lieu-${unit}.csv`,
  rollupDocx: (unit: string) => `bao-cao-tong-hop-${unit}.docx`,
  rollupCsv: (unit: string) => `so-lieu-tong-hop-${unit}.csv`,
} as const;
