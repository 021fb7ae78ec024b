/**
 * A directive as schema.org data (JSON-LD), so search engines show its number, issuer, date and whether it is
 * still in force. Official documents are `Legislation`; a news item reports one, so it is a `NewsArticle`.
 */
import { capitalize, directiveTitle, plainSubject } from './text';
import type { DocumentStatus, RelationKind } from './relation-kinds';
import type { DirectiveEntry } from '../core/records';
import type { RelationLink, StatusStep } from './relations';

interface Input {
  doc: DirectiveEntry & { relations: RelationLink[]; history: StatusStep[]; status?: DocumentStatus };
  /** The page's canonical address, and another directive's. */
  url: string;
  urlOf: (other: DirectiveEntry) => string;
  publisher: string;
}

/** schema.org's LegalForceStatus; a document nobody has said anything about gets none rather than a guess. */
const LEGAL_FORCE: Record<DocumentStatus, string> = {
  'in-force': 'https://schema.org/InForce',
  amended: 'https://schema.org/InForce',
  'partly-repealed': 'https://schema.org/PartiallyInForce',
  replaced: 'https://schema.org/NotInForce',
  repealed: 'https://schema.org/NotInForce',
  expired: 'https://schema.org/NotInForce',
};

/** Which schema.org property each kind of link (as the naming document reads it) becomes. */
const PROPERTY: Record<RelationKind, string> = {
  cites: 'citation',
  attaches: 'citation',
  'based-on': 'isBasedOn',
  guides: 'legislationApplies',
  implements: 'legislationApplies',
  amends: 'legislationChanges',
  replaces: 'legislationChanges',
  repeals: 'legislationChanges',
};

export function directiveJsonLd({ doc, url, urlOf, publisher }: Input): Record<string, unknown> {
  const d = doc.data;
  const organization = (name: string) => ({ '@type': 'GovernmentOrganization', name });
  const changed = [...d.changes.map((c) => c.date), ...doc.history.map((s) => s.date)].sort().at(-1);
  const common = {
    '@context': 'https://schema.org',
    url,
    name: `${directiveTitle(d)}: ${plainSubject(d)}`,
    inLanguage: 'vi',
    datePublished: d.published ?? d.date,
    ...(changed && { dateModified: changed }),
  };
  if (d.type === 'tin')
    return {
      ...common,
      '@type': 'NewsArticle',
      headline: plainSubject(d),
      author: organization(d.issuer.name),
      publisher: organization(publisher),
    };
  const linked: Record<string, unknown[]> = {};
  for (const l of doc.relations) {
    if (l.direction !== 'forward') continue;
    const other = l.entry
      ? {
          '@type': 'Legislation',
          legislationIdentifier: l.number,
          name: directiveTitle(l.entry.data),
          url: urlOf(l.entry),
        }
      : { '@type': 'Legislation', legislationIdentifier: l.number, ...(l.date && { legislationDate: l.date }) };
    const list = (linked[PROPERTY[l.kind]] ??= []);
    if (!list.some((x) => (x as { legislationIdentifier: string }).legislationIdentifier === l.number))
      list.push(other);
  }
  return {
    ...common,
    '@type': 'Legislation',
    ...(d.number && { legislationIdentifier: d.number }),
    legislationType: capitalize(d.type),
    legislationDate: d.date,
    legislationPassedBy: organization(d.issuer.name),
    ...(d.issuer.parent && { legislationResponsible: organization(d.issuer.parent) }),
    legislationJurisdiction: d.province === 'Trung ương' ? 'Việt Nam' : d.province,
    abstract: d.subject,
    ...(doc.status && { legislationLegalForce: LEGAL_FORCE[doc.status] }),
    ...linked,
  };
}

/** The JSON for an inline <script type="application/ld+json">: a `<` in a subject cannot end the script early. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
