/** A line of the text as read, with its 1-based line number in that text, so the report can point at it. */
export interface Line {
  n: number;
  text: string;
}

/** Text as the importer reads it: NFC, no-break spaces as spaces, transcription emphasis (`*`, `**`) removed. */
export function toLines(text: string): Line[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({
      n: i + 1,
      text: raw
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/\*{1,2}/g, '')
        .replace(/^\s*[•·]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
}

/** Starts the line of an HTML page's <h1>. */
export const TITLE_MARK = '# ';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const stripTags = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** A table that lays out the header or the signature block, not data: its cells are read as lines. */
const LAYOUT_TABLE = /CỘNG H[OÒ]A XÃ HỘI|Số\s*:|Nơi nhận|Kính gửi|ngày\s+\d{1,2}\s+tháng|TM\.|KT\.|CHỦ TỊCH|GIÁM ĐỐC/u;

function tableToText(table: string): string {
  const rows = [...table.matchAll(/<tr[\s\S]*?<\/tr>/gi)].map((r) =>
    [...r[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => c[1]),
  );
  if (LAYOUT_TABLE.test(stripTags(table))) {
    // Cell by cell, left column first: the order a reader takes in Decree 30's two-column header and footer.
    return rows.flat().map(blockText).join('\n');
  }
  const cells = rows.map((r) => r.map((c) => stripTags(c).replace(/\|/g, '\\|')));
  const width = Math.max(...cells.map((r) => r.length));
  const line = (r: string[]) => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`;
  return ['', line(cells[0]), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line), ''].join('\n');
}

function blockText(html: string): string {
  return decodeEntities(
    html
      // The page's own title: marked, so what stands above it (menus, search box) is known to be the page's.
      .replace(/<h1[^>]*>([\s\S]*?)<\/h1>/gi, (_, t: string) => `\n${TITLE_MARK}${t.replace(/<[^>]*>/g, '')}\n`)
      .replace(/<br\s*\/?>/gi, '\n')
      // Word's own numbering reaches mammoth's HTML as <ol>: the numbers are part of the text of a công văn.
      .replace(/<ol[^>]*>([\s\S]*?)<\/ol>/gi, (_, items: string) => {
        let k = 0;
        return items.replace(/<li[^>]*>/gi, () => `\n${++k}. `);
      })
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|li|h[1-6]|tr|section|article|header|footer|ul|ol)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

/**
 * Text of an HTML page (a portal's news item saved from the browser, or mammoth's rendering of a DOCX):
 * one line per block, layout tables cell by cell, data tables as Markdown tables.
 */
export function htmlToText(html: string): string {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head|noscript|svg)[\s\S]*?<\/\1>/gi, '');
  const parts: string[] = [];
  let rest = body;
  for (;;) {
    const start = rest.search(/<table[\s>]/i);
    if (start < 0) break;
    const end = rest.indexOf('</table>', start);
    if (end < 0) break;
    parts.push(blockText(rest.slice(0, start)), tableToText(rest.slice(start, end + 8)));
    rest = rest.slice(end + 8);
  }
  parts.push(blockText(rest));
  return parts.join('\n');
}

/** Text pasted with a layout table flattened to pipes ("Số: 12/UBND | CỘNG HÒA …"): one line per cell. */
export function splitLayoutPipes(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      /\|/.test(line) && LAYOUT_TABLE.test(line)
        ? line
            .split('|')
            .map((c) => c.trim())
            .filter(Boolean)
            .join('\n')
        : line,
    )
    .join('\n');
}

/**
 * Joins the lines of a PDF's text layer back into paragraphs: a line that runs to the right margin (nearly as long
 * as the longest) was wrapped by the layout, not ended by the writer.
 */
export function reflowPdfText(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const longest = Math.max(...lines.map((l) => l.length));
  const out: string[] = [];
  let joining = false;
  for (const line of lines) {
    if (joining && line && !/^(\d+\.|-|Nơi nhận)/u.test(line)) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joining = line.length >= longest * 0.8 && !/[.:;!?]$/.test(line);
  }
  return out.join('\n\n');
}
