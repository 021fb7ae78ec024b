import { findDocumentNumbers, normalizeNumber } from '../directives/document-number';
import { findCitations, type Citation } from './cites';
import { findFigures } from './figures';
import { splitLayoutPipes, TITLE_MARK, toLines, type Line } from './lines';
import { matchMeasures, type MeasureWording } from './measures';
import { Notebook, type Dropped, type Suspect } from './report';
import { findSuspects } from './suspects';
import {
  isoFromSlashes,
  isUpperLine,
  nameFromHeaderLine,
  PERSON_NAME,
  provinceOf,
  TYPE_WORDS,
  typeFromSymbol,
  type DocumentType,
} from './vocabulary';
import type { Figure } from '../directives/schema';

/** One document read from a source file: its fields (in the schema's shape), its body, and the report. */
export interface ParsedDocument {
  number?: string;
  type?: DocumentType;
  issuer: { name?: string; parent?: string; header: string[] };
  province?: string;
  place?: string;
  date?: string;
  published?: string;
  subject?: string;
  recipients: string[];
  signer?: { name?: string; capacity: string[]; digitalSignature?: { by: string; organ: string; time: string } };
  distribution: string[];
  cites: Citation[];
  attachments: string[];
  measures: number[];
  figures: Figure[];
  /** Body paragraphs as Markdown blocks, with the line each starts on. */
  body: Line[];
  notebook: Notebook;
  suspects: Suspect[];
  /** The first line of the document in the source, for the report's title. */
  firstLine: number;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  dropped: Dropped[];
}

const NUMBER_LINE = /^Số\s*:?\s*(\d{1,6})\s*(\/\s*\d{4})?\s*\/\s*([A-ZĐ](?:[A-ZĐ0-9&.-]*[A-ZĐ0-9])?)\s*$/u;
const PLACE_DATE = /^(\p{Lu}[\p{L} .]*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;
const QUOC_HIEU = /^CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
const MOTTO = /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc/u;
const TYPE_LINE = new RegExp(`^(${Object.keys(TYPE_WORDS).join('|')})$`, 'iu');
const KINH_GUI = /^Kính gửi\s*:?\s*(.*)$/u;
const NOI_NHAN = /^Nơi nhận\s*:?\s*$/u;
const STAMP = /^(ĐẾN\b|(Ngày|Chuyển|Chuyên|Lưu hồ sơ số)\s*:)/u;
const SIGNATURE = { by: /^Ký bởi\s*:\s*(.+)$/u, organ: /^Cơ quan\s*:\s*(.+)$/u, time: /^Thời gian ký\s*:\s*(.+)$/u };

/** Lines a portal puts around an item; `tail` ones end the item: all that follows is the page, not the document. */
const CHROME: { pattern: RegExp; why: string; tail?: boolean }[] = [
  { pattern: /^Tìm kiếm tin tức$/u, why: 'ô tìm kiếm của cổng tin' },
  { pattern: /^(?:Ngày )?[Cc]ập nhật:?\s*\d{1,2}\/\d{1,2}\/\d{4}/u, why: 'ngày cập nhật của cổng tin (xem published)' },
  { pattern: /^Lượt xem/u, why: 'bộ đếm lượt xem' },
  { pattern: /^Print\b.*\d{1,2}\/\d{1,2}\/\d{4}/u, why: 'dòng in của cổng tin (ngày đăng)' },
  { pattern: /^Cỡ chữ/u, why: 'nút cỡ chữ' },
  { pattern: /^(Tập tin|Tài liệu) đính kèm:?$/u, why: 'khung tệp đính kèm của cổng tin', tail: true },
  { pattern: /^(Các tin khác|Tin khác|Tin liên quan)$/u, why: 'danh sách tin khác', tail: true },
  { pattern: /^Thống kê truy cập$/u, why: 'bộ đếm truy cập', tail: true },
  { pattern: /^Tiện ích thông tin$/u, why: 'khung tiện ích của cổng tin', tail: true },
];

const TERMINAL = /[.:;!?…)"”]$/u;

function dateOfSlashes(text: string): string | undefined {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  return m ? isoFromSlashes(m[1], m[2], m[3]) : undefined;
}

/** Drops the page around a news item; what it says about the item (posted on, title) is kept for the fields. */
function stripChrome(lines: Line[], dropped: Dropped[]) {
  const page: { published?: Line; posted?: Line; title?: Line } = {};
  const kept: Line[] = [];
  let tail: string | undefined;
  const titleAt = lines.findIndex((l) => l.text.startsWith(TITLE_MARK));
  for (const line of lines.slice(0, Math.max(titleAt, 0)))
    if (line.text)
      dropped.push({
        line: line.n,
        text: line.text,
        why: CHROME.find((c) => c.pattern.test(line.text))?.why ?? 'phần trang web trên tiêu đề bài',
      });
  for (const line of lines
    .slice(Math.max(titleAt, 0))
    .map((l) => (l.text.startsWith(TITLE_MARK) ? { n: l.n, text: l.text.slice(TITLE_MARK.length).trim() } : l))) {
    if (!line.text) {
      kept.push(line);
      continue;
    }
    if (tail) {
      const qr = /^QR CODE:\s*(.+)$/iu.exec(line.text);
      if (qr) page.title = { n: line.n, text: qr[1] };
      dropped.push({ line: line.n, text: line.text, why: tail });
      continue;
    }
    const chrome = CHROME.find((c) => c.pattern.test(line.text));
    if (!chrome) {
      kept.push(line);
      continue;
    }
    dropped.push({ line: line.n, text: line.text, why: chrome.why });
    if (/ập nhật/u.test(line.text)) page.published = line;
    if (/^Print\b/u.test(line.text)) page.posted = line;
    if (chrome.tail) tail = `phần trang web sau “${line.text}”`;
  }
  return { kept, page };
}

/** Where each document of the file starts: at the header block above each "Số: …" line after the first. */
function splitDocuments(lines: Line[]): Line[][] {
  const numberAt = lines.flatMap((l, i) => (NUMBER_LINE.test(l.text) ? [i] : []));
  const starts = [0];
  for (const at of numberAt.slice(1)) {
    let i = at;
    while (i > 0 && (!lines[i - 1].text || (isUpperLine(lines[i - 1].text) && !lines[i - 1].text.startsWith('-')))) i--;
    if (i > starts.at(-1)!) starts.push(i);
  }
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
}

/** A paragraph split over two lines by a page break ("… cài đặt Ứng" / "dụng …"): joined, and said so. */
function joinBrokenLines(lines: Line[], notebook: Notebook): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    // Only a line that stops on a letter, before one that starts lower case: a table row or a list ends otherwise.
    if (last && /\p{L}$/u.test(last.text) && /^\p{Ll}/u.test(line.text)) {
      notebook.notes.push(`Dòng ${last.n} và dòng ${line.n} là một đoạn bị ngắt (ngắt trang?): đã nối lại.`);
      out[out.length - 1] = { n: last.n, text: `${last.text} ${line.text}` };
    } else out.push({ ...line });
  }
  return out;
}

function emptyDocument(firstLine: number): ParsedDocument {
  return {
    issuer: { header: [] },
    recipients: [],
    distribution: [],
    cites: [],
    attachments: [],
    measures: [],
    figures: [],
    body: [],
    notebook: new Notebook(),
    suspects: [],
    firstLine,
  };
}

/** Reads the header (Decree 30's top block, or a news item's title) and returns where the body starts. */
function readHeader(lines: Line[], doc: ParsedDocument, dropped: Dropped[]): number {
  const nb = doc.notebook;
  const numberIndex = lines.findIndex((l) => NUMBER_LINE.test(l.text));
  const firstText = lines.findIndex((l) => l.text);
  // The header ends at its last landmark before the first paragraph of the body: a line there that is none of the
  // header's parts is reported, not taken for the body.
  const firstParagraph = lines.findIndex((l) => l.text.length > 120 || /^\d+\.\s/u.test(l.text));
  const before = firstParagraph < 0 ? lines : lines.slice(0, firstParagraph);
  const lastLandmark = before.findLastIndex((l) => isLandmark(l.text));
  let i = 0;
  let expectSubject = false;
  for (; i < lines.length; i++) {
    const { n, text } = lines[i];
    if (!text) continue;
    const number = NUMBER_LINE.exec(text);
    const placeDate = PLACE_DATE.exec(text);
    const kinhGui = KINH_GUI.exec(text);
    if (QUOC_HIEU.test(text) || MOTTO.test(text)) {
      dropped.push({ line: n, text, why: 'quốc hiệu, tiêu ngữ (thể thức, không phải trường)' });
    } else if (number) {
      doc.number = normalizeNumber(`${number[1]}${number[2] ?? ''}/${number[3]}`);
      nb.found('number', doc.number, n, '“Số: …” ở phần đầu');
    } else if (placeDate) {
      doc.place = placeDate[1].trim();
      doc.date = isoFromSlashes(placeDate[2], placeDate[3], placeDate[4]);
      nb.found('place', doc.place, n, 'dòng địa danh, ngày tháng');
      nb.found('date', doc.date, n, 'dòng địa danh, ngày tháng');
    } else if (
      STAMP.test(text) ||
      (isUpperLine(text) && /^ĐẾN\b/u.test(lines.slice(i + 1).find((l) => l.text)?.text ?? ''))
    ) {
      // The receiving office's stamp ("VĂN PHÒNG UBND …" / "ĐẾN Số: …" / "Ngày:" …) on a forwarded copy.
      dropped.push({ line: n, text, why: 'dấu “ĐẾN” của nơi nhận văn bản' });
    } else if (TYPE_LINE.test(text) && isUpperLine(text)) {
      doc.type = TYPE_WORDS[text.toLocaleLowerCase('vi')];
      nb.found('type', doc.type, n, 'tên loại in hoa ở phần đầu');
      expectSubject = true;
    } else if (/^V\/v\b/u.test(text) || (expectSubject && /^Về\s/u.test(text))) {
      const parts = [text];
      // The trích yếu wraps over lines (and a blank line where a layout table had a row): a continuation starts
      // lower case, or (a name: "Sổ sức khỏe …") is a short line still inside the header.
      while (i + 1 < lines.length) {
        const next = lines[i + 1].text ? lines[i + 1] : lines[i + 2];
        const inHeader = next && lines.indexOf(next) < lastLandmark && next.text.length <= 60;
        if (!next || isLandmark(next.text) || isUpperLine(next.text)) break;
        if (!/^\p{Ll}/u.test(next.text) && !inHeader) break;
        parts.push(next.text);
        i = lines.indexOf(next);
      }
      doc.subject = parts.join(' ');
      nb.found('subject', doc.subject, n, parts.length > 1 ? `trích yếu, nối ${parts.length} dòng` : 'trích yếu');
      expectSubject = false;
    } else if (kinhGui) {
      i = readRecipients(lines, i, kinhGui[1], doc);
    } else if (isUpperLine(text) && (numberIndex < 0 || i < numberIndex) && text.length < 80) {
      doc.issuer.header.push(text);
    } else if (numberIndex < 0 && !doc.subject && i === firstText && text.length < 200 && !/[.:;!?]$/u.test(text)) {
      readNewsTitle({ n, text }, doc);
    } else if (i < lastLandmark) {
      dropped.push({ line: n, text, why: 'dòng không nhận ra ở phần đầu văn bản; kiểm tra' });
    } else break;
  }
  return i;
}

/** The parts of Decree 30's header that are known by their form wherever they stand. */
function isLandmark(text: string): boolean {
  return (
    [QUOC_HIEU, MOTTO, NUMBER_LINE, PLACE_DATE, KINH_GUI, STAMP].some((r) => r.test(text)) ||
    (TYPE_LINE.test(text) && isUpperLine(text))
  );
}

/**
 * A news item's title: the subject, and when it ends "(Công văn số 123/UBND-CT ngày 18/8/2020)", the letter's
 * number and date.
 */
function readNewsTitle(line: Line, doc: ParsedDocument): void {
  const nb = doc.notebook;
  const m =
    /^(.*?)\s*\((Công văn|Chỉ thị|Thông báo|Kế hoạch|Quyết định|Công điện)\s+số\s+([^\s)]+)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?\)$/u.exec(
      line.text,
    );
  doc.subject = m ? m[1] : line.text;
  nb.found('subject', doc.subject, line.n, 'tiêu đề bản tin');
  if (!m) return;
  doc.type = TYPE_WORDS[m[2].toLocaleLowerCase('vi')];
  doc.number = normalizeNumber(m[3]);
  nb.found('type', doc.type, line.n, 'ngoặc cuối tiêu đề bản tin');
  nb.found('number', doc.number, line.n, 'ngoặc cuối tiêu đề bản tin');
  if (m[4]) {
    doc.date = isoFromSlashes(m[4], m[5], m[6]);
    nb.found('date', doc.date, line.n, 'ngoặc cuối tiêu đề bản tin');
  }
}

/** "Kính gửi: X." (one recipient, without its full stop) or "Kính gửi:" and a list of "- …" lines as printed. */
function readRecipients(lines: Line[], at: number, inline: string, doc: ParsedDocument): number {
  if (inline) {
    const one = inline.replace(/\.$/, '').trim();
    doc.recipients = [one];
    doc.notebook.found('recipients', one, lines[at].n, '“Kính gửi: …”');
    return at;
  }
  let i = at + 1;
  for (; i < lines.length; i++) {
    const { n, text } = lines[i];
    if (!text) continue;
    const item = /^-\s*(.+)$/u.exec(text);
    if (!item) break;
    doc.recipients.push(item[1]);
    doc.notebook.found('recipients', item[1], n, 'danh sách dưới “Kính gửi:”');
  }
  return i - 1;
}

/** "Nơi nhận:" and its list, the capacity lines, the digital-signature stamp and the signer's name. */
function readFooter(lines: Line[], doc: ParsedDocument, dropped: Dropped[]): void {
  const nb = doc.notebook;
  const signer: NonNullable<ParsedDocument['signer']> = { capacity: [] };
  const signature: Partial<Record<keyof typeof SIGNATURE, string>> = {};
  let signatureLine = 0;
  for (const { n, text } of lines) {
    if (!text || NOI_NHAN.test(text)) continue;
    const item = /^-\s*(.+)$/u.exec(text);
    const sig = (Object.keys(SIGNATURE) as (keyof typeof SIGNATURE)[]).find((k) => SIGNATURE[k].test(text));
    if (item && !signer.capacity.length) {
      doc.distribution.push(item[1]);
      nb.found('distribution', item[1], n, 'danh sách “Nơi nhận:”');
    } else if (sig) {
      signature[sig] = SIGNATURE[sig].exec(text)![1].trim();
      signatureLine ||= n;
    } else if (isUpperLine(text)) {
      signer.capacity.push(text);
      nb.found('signer', text, n, 'dòng thẩm quyền ký (in hoa)');
    } else if (PERSON_NAME.test(text)) {
      signer.name = text;
      nb.found('signer', text, n, 'họ tên người ký');
    } else dropped.push({ line: n, text, why: 'dòng lẻ ở khối nơi nhận, chữ ký' });
  }
  if (signature.by && signature.organ && signature.time) {
    signer.digitalSignature = { by: signature.by, organ: signature.organ, time: signature.time };
    nb.found(
      'signer',
      `chữ ký số: ${signature.organ}, ${signature.time}`,
      signatureLine,
      '“Ký bởi / Cơ quan / Thời gian ký”',
    );
  }
  if (signer.capacity.length || signer.name) doc.signer = signer;
}

/** The body as Markdown blocks: numbered items and "- " items as printed, paragraphs, a stray "-X" made a list item. */
function toBody(lines: Line[]): Line[] {
  return lines
    .filter((l) => l.text)
    .map(({ n, text }) => {
      const dash = /^[-–]\s*(?=\p{L})/u.exec(text);
      const url = text.replace(/(?<![<(])\bhttps?:\/\/[^\s<>)]+[^\s<>).,;]/gu, (u) => `<${u}>`);
      return { n, text: dash ? `- ${url.slice(dash[0].length)}` : url };
    });
}

/** The closing formula "Trên đây là báo cáo … của X." names the issuer when the header was not printed. */
function issuerFromClosing(body: Line[]): { name: string; line: number } | undefined {
  for (const { n, text } of body) {
    const m = /^Trên đây là .*? của (\p{Lu}[^.;]*?)\.\s/u.exec(text);
    if (m) return { name: m[1], line: n };
  }
  return undefined;
}

const PLACE = String.raw`\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*`;

/** A news item's issuer: "UBND tỉnh/huyện …" as the subject of its sentences, with the place the text names. */
function issuerFromNews(doc: ParsedDocument): { name: string; line: number } | undefined {
  const lines = doc.subject ? [{ n: doc.firstLine, text: doc.subject }, ...doc.body] : doc.body;
  const all = lines.map((l) => l.text).join('\n');
  const named = new RegExp(
    String.raw`(?<!của )UBND (tỉnh|thành phố|huyện|thị xã|quận) (${PLACE}) (?:yêu cầu|giao|chỉ đạo|đề nghị)`,
    'u',
  ).exec(all);
  if (named)
    return { name: `UBND ${named[1]} ${named[2]}`, line: lines.find((l) => l.text.includes(named[0]))?.n ?? 0 };
  const who = /(?<!\p{L})UBND (tỉnh|thành phố|huyện|thị xã|quận)(?! \p{Lu})/u.exec(all);
  if (!who) return undefined;
  const where = new RegExp(String.raw`(?<!\p{L})${who[1]} (${PLACE})`, 'u').exec(all);
  if (!where) return undefined;
  const line = lines.find((l) => l.text.includes(where[0]))?.n ?? 0;
  return { name: `UBND ${who[1]} ${where[1]}`, line };
}

function readIssuer(doc: ParsedDocument): void {
  const nb = doc.notebook;
  const header = doc.issuer.header;
  if (header.length) {
    const line = doc.notebook.findings.find((f) => f.field === 'number')?.line ?? doc.firstLine;
    const names = header.map(nameFromHeaderLine);
    if (header.length === 1 || names[0] === 'UBND') {
      doc.issuer.name = names[0] === 'UBND' ? `UBND ${names.slice(1).join(' ')}` : names.join(' ');
    } else {
      doc.issuer.parent = names.slice(0, -1).join(' ');
      const unit = names.at(-1)!;
      doc.issuer.name = /^Văn phòng$/u.test(unit)
        ? `${unit} ${doc.issuer.parent}`
        : `${unit} ${doc.issuer.parent.replace(/^UBND /u, '')}`;
      nb.found('issuer', `cơ quan chủ quản: ${doc.issuer.parent}`, line, 'dòng đầu của tên cơ quan in hoa');
    }
    nb.found(
      'issuer',
      `${doc.issuer.name} (${header.join(' / ')})`,
      line,
      'tên cơ quan in hoa ở góc trái; chữ thường suy ra, kiểm tra',
    );
    return;
  }
  nb.gap('issuer.header', 'văn bản không in tên cơ quan ban hành ở góc trái; gõ các dòng in hoa như trên bản gốc');
  const signed = doc.signer?.digitalSignature?.organ;
  const closing = issuerFromClosing(doc.body);
  const news = doc.number ? undefined : issuerFromNews(doc);
  const byNumber = /^\d+\/UBND(?:-|$)/u.test(doc.number ?? '') ? issuerFromNews(doc) : undefined;
  if (signed) {
    doc.issuer.name = signed;
    nb.found(
      'issuer',
      signed,
      nb.findings.find((f) => f.how.startsWith('“Ký bởi'))?.line ?? 0,
      'dòng “Cơ quan:” của chữ ký số',
    );
  } else if (closing) {
    doc.issuer.name = closing.name;
    nb.found('issuer', closing.name, closing.line, 'câu kết “Trên đây là … của …”');
  } else if (news ?? byNumber) {
    const found = (news ?? byNumber)!;
    doc.issuer.name = found.name;
    nb.found('issuer', found.name, found.line, '“UBND tỉnh/huyện …” trong bài và địa danh bài nêu; kiểm tra');
  } else {
    const bare = doc.body.find((l) =>
      /(?<!\p{L})(UBND|Ủy ban nhân dân) (tỉnh|thành phố|huyện)(?! \p{Lu})/u.test(l.text),
    );
    nb.gap(
      'issuer.name',
      bare
        ? `dòng ${bare.n} nói “UBND …” mà không nêu tên địa phương, và phần đầu không in tên cơ quan; điền tay`
        : 'không có tên cơ quan ở phần đầu, chữ ký số hay câu kết; điền tay',
    );
  }
}

function readProvince(doc: ParsedDocument): void {
  const nb = doc.notebook;
  const from = doc.issuer.parent ?? doc.issuer.name;
  const province = from ? provinceOf(from) : undefined;
  if (province) {
    doc.province = province;
    nb.found('province', province, 0, `suy ra từ tên cơ quan “${from}”`);
  } else
    nb.gap(
      'province',
      doc.issuer.name
        ? `tên “${doc.issuer.name}” không nêu tỉnh và văn bản không in cơ quan chủ quản; điền tỉnh, thành phố`
        : 'không rõ cơ quan ban hành',
    );
  if (!doc.issuer.parent && doc.issuer.name && !/^(Bộ |UBND (tỉnh|thành phố) )/u.test(doc.issuer.name))
    nb.gap('issuer.parent', `văn bản không in cơ quan chủ quản của ${doc.issuer.name}; thêm nếu có`);
}

/** Parses one source text (already extracted from its DOCX, PDF or HTML) into the documents it holds. */
export function parseDocumentText(text: string, measures: MeasureWording[]): ParsedFile {
  const dropped: Dropped[] = [];
  const { kept, page } = stripChrome(toLines(splitLayoutPipes(text)), dropped);
  const documents = splitDocuments(kept).map((lines) => {
    const doc = emptyDocument(lines.find((l) => l.text)?.n ?? 1);
    const nb = doc.notebook;
    const bodyStart = readHeader(lines, doc, dropped);
    const footerAt = lines.findIndex((l, i) => i >= bodyStart && NOI_NHAN.test(l.text));
    let bodyLines = lines.slice(bodyStart, footerAt < 0 ? lines.length : footerAt);
    if (footerAt >= 0) readFooter(lines.slice(footerAt), doc, dropped);
    else {
      // No "Nơi nhận": a news item, or a letter cut short. A trailing capitalised name alone is the post's author.
      const last = bodyLines.findLast((l) => l.text);
      if (last && PERSON_NAME.test(last.text) && !TERMINAL.test(last.text)) {
        dropped.push({ line: last.n, text: last.text, why: 'tên người đăng bài' });
        bodyLines = bodyLines.filter((l) => l !== last);
      }
    }
    doc.body = toBody(
      joinBrokenLines(
        bodyLines.filter((l) => l.text),
        nb,
      ),
    );
    readFieldsFromPage(doc, page);
    readIssuer(doc);
    readProvince(doc);
    readType(doc);
    readNewsRecipients(doc);
    doc.suspects = findSuspects(doc.body);
    doc.figures = findFigures(doc.body, nb);
    for (const m of matchMeasures(doc.body, measures)) {
      doc.measures.push(m.number);
      nb.found(
        'measures',
        String(m.number),
        m.line,
        `gợi ý: đoạn này dùng ${Math.round(m.score * 100)} % lời của biện pháp ${m.number}; kiểm tra`,
      );
    }
    return doc;
  });
  linkDocuments(documents);
  for (const doc of documents) {
    doc.cites = findCitations(
      doc.body,
      { number: doc.number, issuer: doc.issuer.name, province: doc.province },
      doc.notebook,
    );
    reportGaps(doc);
  }
  return { documents, dropped };
}

function readFieldsFromPage(doc: ParsedDocument, page: ReturnType<typeof stripChrome>['page']): void {
  const nb = doc.notebook;
  if (page.title && !doc.subject) {
    doc.subject = page.title.text;
    nb.found('subject', doc.subject, page.title.n, 'tiêu đề bài trong dòng mã QR của cổng tin');
  }
  const posted = page.published ?? page.posted;
  const postedOn = posted && dateOfSlashes(posted.text);
  if (!postedOn) return;
  if (!doc.date) {
    doc.date = postedOn;
    nb.found('date', postedOn, posted.n, 'ngày đăng bài (bài không ghi ngày của văn bản)');
  } else if (postedOn !== doc.date) {
    doc.published = postedOn;
    nb.found('published', postedOn, posted.n, 'ngày cập nhật, ngày đăng của cổng tin');
  }
}

function readType(doc: ParsedDocument): void {
  const nb = doc.notebook;
  if (!doc.place && doc.province && !doc.issuer.header.length && doc.province !== 'Trung ương') {
    doc.place = doc.province;
    nb.found('place', doc.place, 0, 'bài đăng không in địa danh: lấy tỉnh, thành phố của cơ quan; kiểm tra');
  }
  if (doc.type) return;
  const bySymbol = doc.number ? typeFromSymbol(doc.number) : undefined;
  if (bySymbol) {
    doc.type = bySymbol;
    nb.found('type', bySymbol, 0, `chữ viết tắt tên loại trong ký hiệu ${doc.number}`);
  } else if (doc.number && doc.subject?.startsWith('V/v')) {
    doc.type = 'công văn';
    nb.found('type', 'công văn', 0, 'có số ký hiệu không kèm tên loại và trích yếu “V/v …”: công văn');
  } else if (!doc.number) {
    doc.type = 'tin';
    nb.found('type', 'tin', 0, 'bài đăng không có số ký hiệu: tin');
  } else nb.gap('type', 'văn bản không in tên loại; điền một trong các loại của trang');
}

/** A news item's lead ends "… yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố:": those it asks. */
function readNewsRecipients(doc: ParsedDocument): void {
  if (doc.recipients.length || doc.issuer.header.length) return;
  for (const { n, text } of doc.body) {
    const m = /yêu cầu ([^:]{3,80}):$/u.exec(text);
    if (m && !/như sau/u.test(m[1])) {
      doc.recipients = [m[1]];
      doc.notebook.found('recipients', m[1], n, 'câu “… yêu cầu …:” của bài (bài không in “Kính gửi”); kiểm tra');
      return;
    }
  }
}

/** Two documents in one file: a letter and what it forwards, which it cites and carries as an attachment. */
function linkDocuments(documents: ParsedDocument[]): void {
  for (const doc of documents)
    for (const other of documents) {
      if (other === doc || !other.number) continue;
      const named = doc.body.find(
        (l) => l.text.includes(other.number!) || l.text.replace(/\s/g, '').includes(other.number!),
      );
      if (!named) continue;
      doc.attachments.push(other.number);
      doc.notebook.found(
        'attachments',
        other.number,
        named.n,
        `văn bản thứ hai trong cùng tệp, được nêu ở dòng ${named.n}`,
      );
      // A letter that forwards another sets its measures in motion too.
      const more = other.measures.filter((m) => !doc.measures.includes(m));
      if (more.length) {
        doc.measures = [...doc.measures, ...more].sort((a, b) => a - b);
        doc.notebook.found(
          'measures',
          more.join(', '),
          named.n,
          `gợi ý: các biện pháp của ${other.number}, văn bản được chuyển kèm`,
        );
      }
      if (!other.issuer.name) {
        const of = new RegExp(
          `${other.number.replace(/[/.-]/g, '\\$&')}.*? của (\\p{Lu}.*?)(?= về| tại|[,;.(])`,
          'u',
        ).exec(named.text);
        if (of) {
          other.issuer.name = of[1];
          other.notebook.found(
            'issuer',
            of[1],
            named.n,
            `văn bản chuyển nó (${doc.number ?? 'văn bản đầu tệp'}) gọi là “của ${of[1]}”`,
          );
        }
      }
    }
}

function reportGaps(doc: ParsedDocument): void {
  const nb = doc.notebook;
  if (!doc.number)
    nb.gap('number', doc.type === 'tin' ? 'bài đăng không có số ký hiệu (loại “tin”)' : 'không thấy dòng “Số: …”');
  if (!doc.subject) nb.gap('subject', 'không thấy trích yếu (“V/v …”, “Về việc …”) hay tiêu đề bài');
  if (!doc.date) nb.gap('date', 'không thấy dòng “…, ngày … tháng … năm …” hay ngày đăng');
  if (!doc.place) nb.gap('place', 'không thấy địa danh trước ngày tháng');
  if (!doc.recipients.length) nb.gap('recipients', 'không có “Kính gửi:”');
  if (!doc.distribution.length) nb.gap('distribution', 'không có “Nơi nhận:”');
  if (!doc.signer) nb.gap('signer', 'không có khối chữ ký (thẩm quyền ký, họ tên)');
  else if (!doc.signer.name) nb.gap('signer.name', 'có thẩm quyền ký nhưng không có họ tên người ký');
  if (!doc.cites.length) nb.gap('cites', 'văn bản không nêu văn bản nào theo dạng “Công văn số … ngày …”');
  // The site's check wants every number in the body cited; one named without its type is not read as a citation.
  const cited = new Set([doc.number, ...doc.cites.map((c) => c.number)]);
  const bare = [...new Set(doc.body.flatMap((l) => findDocumentNumbers(l.text).map((m) => m.number)))].filter(
    (n) => !cited.has(n),
  );
  if (bare.length)
    nb.gap(
      'cites',
      `nội dung nhắc đến ${bare.join(', ')} mà không ghi tên loại (“Công văn số …”); thêm vào cites nếu là văn bản`,
    );
  if (!doc.measures.length) nb.gap('measures', 'không đoạn nào gần với lời của một biện pháp của chiến dịch');
  if (!doc.figures.length) nb.gap('figures', 'không có số liệu dạng “số/tổng” hay tỷ lệ %');
  for (const s of doc.suspects)
    nb.notes.push(`Dòng ${s.line}: “${s.word}” có thể là “${s.reading}”; giữ nguyên, kiểm tra bản gốc.`);
}
