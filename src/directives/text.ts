import type { DirectiveData } from './schema';
import { formatDateShort } from '../core/vietnamese';

/** "công văn" → "Công văn". */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** What a reader calls the document: "Công văn 12/ABC-XY", or unnumbered, "Tin ngày 06/08/2020 – <issuer>". */
export function directiveTitle(d: DirectiveData): string {
  if (d.number) return `${capitalize(d.type)} ${d.number}`;
  return `${capitalize(d.type)} ngày ${formatDateShort(d.date)} – ${d.issuer.name}`;
}

/** The trích yếu without its "V/v" prefix, as a sentence. */
export function plainSubject(d: DirectiveData): string {
  return capitalize(d.subject.replace(/^(V\/v|Về việc)\s+/i, ''));
}

/** News items carry no quốc hiệu: they are reports of a document, not the document. */
export function hasOfficialLayout(d: DirectiveData): boolean {
  return d.type !== 'tin';
}
