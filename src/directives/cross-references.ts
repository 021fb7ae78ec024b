import { findDocumentNumbers, normalizeNumber } from './document-number';
import type { DirectiveEntry } from '../core/records';

export interface CitedDocument {
  number: string;
  /** Set when the cited document is on the site. */
  entry?: DirectiveEntry;
  date?: string;
  issuer?: string;
  subject?: string;
  type?: string;
}

export interface References {
  cites: CitedDocument[];
  citedBy: DirectiveEntry[];
  attachments: DirectiveEntry[];
  attachedTo: DirectiveEntry[];
}

/**
 * Both directions of every link between documents, worked out once from what
 * each document says it cites and carries: no author types a back-link.
 */
export function buildReferences(entries: DirectiveEntry[]): Map<string, References> {
  const byNumber = new Map<string, DirectiveEntry>();
  for (const e of entries) if (e.data.number) byNumber.set(normalizeNumber(e.data.number), e);

  const refs = new Map<string, References>();
  for (const e of entries) refs.set(e.id, { cites: [], citedBy: [], attachments: [], attachedTo: [] });

  for (const e of entries) {
    const mine = refs.get(e.id)!;
    for (const c of e.data.cites) {
      const target = byNumber.get(normalizeNumber(c.number));
      mine.cites.push({ ...c, number: normalizeNumber(c.number), entry: target });
      if (target && target.id !== e.id) refs.get(target.id)!.citedBy.push(e);
    }
    for (const a of e.data.attachments) {
      const target = byNumber.get(normalizeNumber(a));
      if (!target) continue;
      mine.attachments.push(target);
      refs.get(target.id)!.attachedTo.push(e);
    }
  }
  return refs;
}

/** Document numbers written in a body that the document does not list in `cites` (nor is itself). */
export function uncitedNumbersInBody(entry: DirectiveEntry): string[] {
  const listed = new Set(entry.data.cites.map((c) => normalizeNumber(c.number)));
  if (entry.data.number) listed.add(normalizeNumber(entry.data.number));
  for (const a of entry.data.attachments) listed.add(normalizeNumber(a));
  for (const r of entry.data.relations) listed.add(normalizeNumber(r.number));
  const missing = new Set<string>();
  for (const m of findDocumentNumbers(entry.body)) if (!listed.has(m.number)) missing.add(m.number);
  return [...missing];
}
