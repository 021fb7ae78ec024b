import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import * as fontkit from 'fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';

/** A công văn laid out as Decree 30/2020/NĐ-CP prints it: two header columns, the body, two footer columns. */
export interface Letter {
  headerLeft: string[];
  headerRight: string[];
  /** "Kính gửi: …" and its list, then the body paragraphs ("- …" items, "1. …" items). */
  body: string[];
  /** A data table in the body, after the paragraph at this index: header row first. */
  table?: { after: number; rows: string[][] };
  footerLeft: string[];
  footerRight: string[];
}

/** The letter as text copied out of a viewer: each column's lines in turn, a table as pipes. */
export function letterText(l: Letter): string {
  const body = l.body.flatMap((p, i) =>
    l.table && i === l.table.after ? [p, l.table.rows.map((r) => `| ${r.join(' | ')} |`).join('\n')] : [p],
  );
  return [...l.headerLeft, ...l.headerRight, ...body, ...l.footerLeft, ...l.footerRight].join('\n\n');
}

const noBorders = {
  top: { style: 'none', size: 0, color: 'FFFFFF' },
  bottom: { style: 'none', size: 0, color: 'FFFFFF' },
  left: { style: 'none', size: 0, color: 'FFFFFF' },
  right: { style: 'none', size: 0, color: 'FFFFFF' },
} as const;

const para = (text: string, center = false) =>
  new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, font: 'Times New Roman', size: 26 })],
  });

/** Two borderless columns, as Word templates of Decree 30 lay out the header and the signature block. */
function layoutTable(left: string[], right: string[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
    rows: [
      new TableRow({
        children: [left, right].map(
          (lines) =>
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: lines.map((t) => para(t, true)),
            }),
        ),
      }),
    ],
  });
}

export async function letterDocx(l: Letter): Promise<Buffer> {
  const body = l.body.flatMap((p, i) => {
    const out: (Paragraph | Table)[] = [para(p)];
    if (l.table && i === l.table.after)
      out.push(
        new Table({
          rows: l.table.rows.map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [para(c)] })) }),
          ),
        }),
      );
    return out;
  });
  const doc = new Document({
    sections: [
      {
        children: [layoutTable(l.headerLeft, l.headerRight), ...body, layoutTable(l.footerLeft, l.footerRight)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const FONTS = 'node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro';

/**
 * A WOFF file as the TrueType font it wraps. pdf-lib embeds what it is given as a TrueType program, and readers
 * other than pdf.js (poppler, Acrobat) cannot draw a WOFF: the fixture must look like a letter, not only hold text.
 */
function woffToTtf(woff: Buffer): Buffer {
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
    ];
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const head = Buffer.alloc(12 + numTables * 16);
  woff.copy(head, 0, 4, 8);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(2 ** entrySelector * 16, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  const bodies: Buffer[] = [];
  let offset = head.length;
  tables.forEach((t, i) => {
    t.tag.copy(head, 12 + i * 16);
    head.writeUInt32BE(t.checksum, 16 + i * 16);
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([head, ...bodies]);
}

/**
 * The letter as a PDF with a text layer, drawn in Be Vietnam Pro (the project's Latin face): its Vietnamese
 * subset carries the precomposed letters (ệ, ữ …), the Latin subset the rest, so each run takes the face that has it.
 */
export async function letterPdf(l: Letter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const faces: PDFFont[] = [];
  for (const subset of ['vietnamese', 'latin', 'latin-ext'])
    faces.push(await pdf.embedFont(woffToTtf(readFileSync(`${FONTS}-${subset}-400-normal.woff`)), { subset: false }));
  const faceOf = (ch: string) => faces.find((f) => f.getCharacterSet().includes(ch.codePointAt(0)!)) ?? faces[1];
  const size = 11;
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + faceOf(ch).widthOfTextAtSize(ch, size), 0);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, x: number) => {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    for (const ch of text) {
      page.drawText(ch, { x, y, size, font: faceOf(ch) });
      x += faceOf(ch).widthOfTextAtSize(ch, size);
    }
    y -= 16;
  };
  const column = (lines: string[], x: number) => {
    const top = y;
    for (const t of lines) line(t, x);
    return top;
  };
  const top = column(l.headerLeft, 56);
  const leftEnd = y;
  y = top;
  column(l.headerRight, 300);
  y = Math.min(y, leftEnd) - 16;
  for (const p of l.body) {
    // Wrapped at the right margin, as a word processor does.
    let current = '';
    for (const word of p.split(' ')) {
      if (current && widthOf(`${current} ${word}`) > 483) {
        line(current, 56);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    line(current, 56);
  }
  y -= 16;
  const footTop = y;
  column(l.footerLeft, 56);
  const footEnd = y;
  y = footTop;
  column(l.footerRight, 340);
  y = Math.min(y, footEnd);
  return pdf.save();
}

/** A PDF of one page that holds only a drawing: what a scanner makes, without a text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 56, y: 600, width: 480, height: 180, borderWidth: 1 });
  return pdf.save();
}
