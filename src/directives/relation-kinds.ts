/**
 * The fixed vocabulary of links between documents that vbpl.vn and thuvienphapluat.vn draw in a document's
 * "lược đồ", and the validity statuses they show. Each kind reads one way on the document that names it
 * ("thay thế") and the other way on the document named ("bị thay thế bởi"); the words are UI strings.
 */
export const RELATION_KINDS = [
  'cites',
  'based-on',
  'guides',
  'implements',
  'amends',
  'replaces',
  'repeals',
  'attaches',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const DOCUMENT_STATUSES = ['in-force', 'amended', 'replaced', 'repealed', 'partly-repealed', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What a relation of each kind does to the validity of the document it names. */
export const STATUS_CAUSED_BY: Partial<Record<RelationKind, DocumentStatus>> = {
  amends: 'amended',
  replaces: 'replaced',
  repeals: 'repealed',
};
