import { extname } from 'node:path';
import { stringify } from 'yaml';
import { decodeTable } from '../core/csv-table';
import { fieldPath } from '../core/errors';
import { authorErrors } from '../core/schema-helpers';
import { foldDiacritics } from '../core/vietnamese';
import { slugFromNumber } from '../directives/document-number';
import { directiveSchema } from '../directives/schema';
import { htmlToText, reflowPdfText } from './lines';
import type { MeasureWording } from './measures';
import { parseDocumentText, type ParsedDocument } from './parse';
import { formatReport, type Dropped } from './report';

/** A file the importer will not turn into a directive, and why: the message names the file and what to do. */
export class ImportRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ImportRefused';
  }
}

export const IMPORTABLE = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;

/**
 * Text saved by hand comes in what the editor wrote: UTF-8, Notepad's "Unicode" (UTF-16) or Windows-1258 on a
 * Vietnamese Windows. Read as the spreadsheets are; a legacy font encoding (TCVN3, VNI) is refused, not misread.
 */
function plainText(file: string, bytes: Uint8Array): string {
  const decoded = decodeTable(bytes);
  if ('problem' in decoded)
    throw new ImportRefused(
      file,
      `tệp ${decoded.problem}. Cách sửa: chuyển sang Unicode (ví dụ bằng Unikey › Công cụ chuyển mã) ` +
        'rồi mở bằng Notepad, chọn Lưu thành với Mã hóa “UTF-8” (the file is not in a Unicode encoding)',
    );
  return decoded.text.replace(/^\uFEFF/, '').normalize('NFC');
}

/** The text of a source file, whatever its format. A PDF without a text layer is refused: it is a scan. */
export async function extractText(file: string, bytes: Uint8Array): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return plainText(file, bytes);
  if (ext === '.html' || ext === '.htm') return htmlToText(plainText(file, bytes));
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value);
  }
  if (ext === '.pdf') {
    const { extractText: pdfText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text, totalPages } = await pdfText(pdf, { mergePages: false });
    const letters = text.join('').replace(/[^\p{L}]/gu, '').length;
    if (letters < 20 * totalPages)
      throw new ImportRefused(
        file,
        `PDF này không có lớp chữ (bản quét, ${totalPages} trang, ${letters} chữ đọc được): ` +
          'máy không đọc được chữ trong ảnh. Xin bản DOCX hoặc PDF xuất từ Word của cơ quan ban hành, ' +
          'hoặc nhận dạng chữ (OCR) rồi lưu thành .txt và nhập tệp đó ' +
          '(this PDF is a scan without a text layer: get the DOCX or a text PDF, or OCR it to .txt and import that)',
      );
    return text.map(reflowPdfText).join('\n\n');
  }
  throw new ImportRefused(
    file,
    `không nhập được tệp ${ext || 'không có phần mở rộng'}; chỉ nhận ${IMPORTABLE.join(', ')} (unsupported file type)`,
  );
}

/** One document ready to write: its file name, its text, the report, and what the site's checks still reject. */
export interface ImportedDocument {
  fileName: string;
  number?: string;
  text: string;
  report: string;
  /** What the directive schema says of the front matter: the fields the editor must still fill or fix. */
  problems: string[];
  parsed: ParsedDocument;
}

export interface ImportedFile {
  documents: ImportedDocument[];
  dropped: Dropped[];
}

/** The front matter in the order the hand-made files use; empty fields left out, so the build names them. */
export function frontMatter(doc: ParsedDocument, source: string): Record<string, unknown> {
  const issuer = Object.fromEntries(
    Object.entries({ name: doc.issuer.name, parent: doc.issuer.parent, header: doc.issuer.header }).filter(([, v]) =>
      Array.isArray(v) ? v.length : v,
    ),
  );
  const signer = doc.signer && {
    ...(doc.signer.name ? { name: doc.signer.name } : {}),
    capacity: doc.signer.capacity,
    ...(doc.signer.digitalSignature ? { digitalSignature: doc.signer.digitalSignature } : {}),
  };
  const all: Record<string, unknown> = {
    number: doc.number,
    type: doc.type,
    issuer: Object.keys(issuer).length ? issuer : undefined,
    province: doc.province,
    place: doc.place,
    date: doc.date,
    published: doc.published,
    subject: doc.subject,
    recipients: doc.recipients,
    signer,
    distribution: doc.distribution,
    cites: doc.cites,
    attachments: doc.attachments,
    measures: doc.measures,
    figures: doc.figures,
    notes: doc.suspects.length
      ? [`Từ cần kiểm tra với bản gốc: ${doc.suspects.map((s) => `“${s.word}” (“${s.reading}”?)`).join('; ')}.`]
      : [],
    source,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length)));
}

/** The body as Markdown: list items and table rows kept together, blocks separated by a blank line. */
export function markdownBody(doc: ParsedDocument): string {
  const out: string[] = [];
  let previous: 'dash' | 'number' | 'row' | undefined;
  doc.body.forEach(({ text }, i) => {
    const kind = text.startsWith('|')
      ? 'row'
      : text.startsWith('- ')
        ? 'dash'
        : /^\d+\.\s/u.test(text)
          ? 'number'
          : undefined;
    out.push(kind && kind === previous ? '\n' : '\n\n', text);
    // A table copied as pipes has no rule under its first row; Markdown needs one to see a table.
    if (kind === 'row' && previous !== 'row' && !/^\|[\s:|-]+\|$/u.test(doc.body[i + 1]?.text ?? '')) {
      const cells = text.split('|').length - 2;
      out.push(`\n|${' --- |'.repeat(cells)}`);
    }
    previous = kind;
  });
  return `${out.join('').trim()}\n`;
}

function fileNameOf(doc: ParsedDocument): string {
  if (doc.number) return `${slugFromNumber(doc.number)}.md`;
  const who = foldDiacritics(doc.issuer.name ?? 'van-ban')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${doc.type ?? 'van-ban'}-${who}-${doc.date ?? 'chua-ro-ngay'}.md`.replace(/\s+/g, '-');
}

/**
 * Reads one source file into the directive files it holds. Refuses a file that is not a document at all.
 * `measures`: the campaign's measures, to suggest which ones the text puts in motion.
 */
export async function importDocumentFile(
  file: string,
  bytes: Uint8Array,
  measures: MeasureWording[],
  sourceName: string,
): Promise<ImportedFile> {
  const text = await extractText(file, bytes);
  const { documents, dropped } = parseDocumentText(text, measures);
  // A letter's worth of text: a few sentences. A page of links or a greeting is not a document.
  const substantial = (d: ParsedDocument) => d.body.map((l) => l.text).join(' ').length >= 200;
  const real = documents.filter((d) => d.number || d.date || substantial(d));
  if (!real.length)
    throw new ImportRefused(
      file,
      'không phải một văn bản: không thấy số ký hiệu (“Số: …”), ngày tháng (“…, ngày … tháng … năm …” hay ngày đăng) ' +
        'và không có nội dung đủ một văn bản; kiểm tra đã chọn đúng tệp (not a document: no number, no date, no body)',
    );
  return {
    dropped,
    documents: real.map((parsed) => {
      const data = frontMatter(parsed, sourceName);
      const checked = directiveSchema.safeParse(data, { error: authorErrors });
      const problems = checked.success ? [] : checked.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
      const fileName = fileNameOf(parsed);
      const yaml = stringify(data, { lineWidth: 0 });
      return {
        fileName,
        number: parsed.number,
        parsed,
        problems,
        text: `---\n${yaml}---\n\n${markdownBody(parsed)}`,
        report: formatReport({
          title: `${file} → ${fileName}${parsed.number ? ` (${parsed.number})` : ''}, từ dòng ${parsed.firstLine}`,
          findings: parsed.notebook.findings,
          gaps: parsed.notebook.gaps,
          suspects: parsed.suspects,
          notes: parsed.notebook.notes,
          problems,
        }),
      };
    }),
  };
}
