import { normalizeNumber } from '../directives/document-number';
import type { Line } from './lines';
import type { Notebook } from './report';
import { isoFromSlashes, organCodes, TYPE_WORDS, typeFromSymbol, type DocumentType } from './vocabulary';

export interface Citation {
  number: string;
  type?: DocumentType;
  date?: string;
  issuer?: string;
  subject?: string;
}

const NUMBER = String.raw`\d{1,6}\s?(?:\/\d{4})?\/[A-ZĐ](?:[A-ZĐ0-9&.-]*[A-ZĐ0-9])?`;
const TYPE_NAMES = 'Công văn|Văn bản|Chỉ thị|Thông báo|Quyết định|Kế hoạch|Công điện|Báo cáo';
/** "Công văn số 123/ABC-XY", "Văn bản số …", "công văn khẩn số …": a document named by type and number. */
const NAMED = new RegExp(String.raw`(${TYPE_NAMES})\s+(?:khẩn\s+)?số\s*:?\s*(${NUMBER})`, 'giu');
const DATE = /^\s+ngày\s+(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))/u;
const OF = /^\s+của\s+(\p{Lu}.*?)(?=\s+(?:về|tại|V\/v)\s|[,;.(]|$)/u;
const OF_BEFORE = /của\s+(\p{Lu}[^,;.]*?)\s+tại\s+$/u;
/** "Ủy ban nhân dân tỉnh đã ban hành Công văn số …", "… đã có công văn khẩn số …": the subject issued it. */
const ISSUED_BY = /(?:^|[,;.]\s*)(\p{Lu}[^,;.]*?)\s+(?:đã\s+)?(?:ban hành|có)\s+$/u;
const ABOUT = /^\s*,?\s+(về việc|về|V\/v)\s+/u;

/** Where a subject ends: a full stop, a semicolon, a bracket, or a comma that opens the next clause. */
function subjectEnd(s: string): number {
  const m = /[;(]|\.(?:\s|$)|\.\/\.|,\s+(?=\p{Lu}|để\s)/u.exec(s);
  return m ? m.index : s.length;
}

function subjectOf(type: DocumentType | undefined, lead: string, text: string): string {
  if (type === 'công văn') return `V/v ${text}`;
  return lead === 'về việc' || lead === 'V/v' ? `Về việc ${text}` : `Về ${text}`;
}

/**
 * The documents this one names by type, number and (usually) date: the ones it answers, forwards or implements.
 * Numbers written without "Công văn số …" stay in the text for the number linker.
 */
export function findCitations(
  paragraphs: Line[],
  own: { number?: string; issuer?: string; province?: string },
  notebook: Notebook,
): Citation[] {
  const byNumber = new Map<string, Citation>();
  for (const { n, text } of paragraphs) {
    for (const m of text.matchAll(NAMED)) {
      const number = normalizeNumber(m[2]);
      if (number === own.number) continue;
      const word = m[1].toLocaleLowerCase('vi');
      let rest = text.slice((m.index ?? 0) + m[0].length);
      const cite: Citation = { number };
      cite.type = TYPE_WORDS[word] ?? typeFromSymbol(number) ?? 'công văn';
      if (word === 'văn bản')
        notebook.notes.push(
          `“Văn bản số ${number}” (dòng ${n}) ghi là ${cite.type}: ký hiệu ` +
            `${typeFromSymbol(number) ? 'có' : 'không có'} chữ viết tắt tên loại.`,
        );
      const date = DATE.exec(rest);
      if (date) {
        cite.date = date[1] ? isoFromSlashes(date[1], date[2], date[3]) : isoFromSlashes(date[4], date[5], date[6]);
        rest = rest.slice(date[0].length);
      }
      const of = OF.exec(rest) ?? OF_BEFORE.exec(text.slice(0, m.index)) ?? ISSUED_BY.exec(text.slice(0, m.index));
      if (of) {
        cite.issuer = of[1].trim().replace(/^Ủy ban nhân dân /u, 'UBND ');
        if (of.index === 0 && rest.startsWith(of[0])) rest = rest.slice(of[0].length);
      } else if (own.issuer && own.number && organCodes(number).some((c) => organCodes(own.number ?? '').includes(c))) {
        cite.issuer = own.issuer;
        notebook.notes.push(
          `Cơ quan ban hành ${number} (dòng ${n}) lấy là ${own.issuer}: ký hiệu trùng mã cơ quan với ${own.number}.`,
        );
      }
      if (cite.issuer && /^(UBND|Ủy ban nhân dân) (tỉnh|thành phố)$/u.test(cite.issuer) && own.province) {
        const short = cite.issuer;
        cite.issuer = `UBND ${short.split(' ').slice(-1)[0] === 'phố' ? 'thành phố' : 'tỉnh'} ${own.province}`;
        notebook.notes.push(`“${short}” (dòng ${n}, ${number}) hiểu là ${cite.issuer}, tỉnh của văn bản này.`);
      } else if (cite.issuer && /^(UBND|Ủy ban nhân dân) (tỉnh|thành phố)$/u.test(cite.issuer)) {
        notebook.gap(
          `cites.issuer`,
          `${number} (dòng ${n}) “của ${cite.issuer}” không nêu tỉnh nào, và văn bản này cũng không; thêm tên tỉnh`,
        );
      }
      const about = ABOUT.exec(rest);
      const subject = about
        ? subjectOf(
            cite.type,
            about[1],
            rest.slice(about[0].length, about[0].length + subjectEnd(rest.slice(about[0].length))).trim(),
          )
        : undefined;
      const seen = byNumber.get(number);
      if (!seen) {
        if (subject) cite.subject = subject;
        byNumber.set(number, cite);
        notebook.found('cites', `${number}${cite.date ? ` ngày ${cite.date}` : ''}`, n, `“${m[0]}”`);
        continue;
      }
      // The same document named again: fill what the first mention left out; of two subjects, the one without the
      // clause that runs on after it is the shorter.
      seen.date ??= cite.date;
      seen.issuer ??= cite.issuer;
      if (subject && (!seen.subject || subject.length < seen.subject.length)) seen.subject = subject;
    }
  }
  return [...byNumber.values()];
}
