/**
 * An official document as an editable Word file in the Decree 30/2020/NĐ-CP layout: A4, margins 20/20/30/15 mm,
 * Times New Roman 13–14, the header table (issuing body and number beside the national motto, place and date),
 * title, "Kính gửi", body, and the footer table ("Nơi nhận" beside the signing block). Built with the `docx`
 * library, which runs the same in the browser and in the tests; no HTML-in-DOCX, which LibreOffice cannot open.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellOptions,
} from 'docx';
import type { Block, OfficialDocument } from './report';

export interface LayoutWords {
  nation: string;
  motto: string;
  /** "Số: {number}". */
  numberLine: string;
  recipientsLabel: string;
  distributionLabel: string;
}

const FONT = 'Times New Roman';
/** docx sizes are half-points. */
const pt = (n: number) => n * 2;
const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** The text width of A4 less 30 + 15 mm margins. */
const TEXT_WIDTH = convertMillimetersToTwip(210 - 30 - 15);

interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

function line(runs: Run | Run[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) {
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: 0 },
    children: [runs].flat().map((r) => new TextRun({ font: FONT, ...r, size: pt(r.size ?? 13) })),
  });
}

function cell(children: Paragraph[], width: number, options: Partial<ITableCellOptions> = {}) {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...options });
}

function header(doc: OfficialDocument, w: LayoutWords): Table {
  const left = convertMillimetersToTwip(70);
  const right = TEXT_WIDTH - left;
  const leftLines = [
    ...(doc.parent ? [line({ text: doc.parent.toLocaleUpperCase('vi') })] : []),
    line({ text: doc.issuer.toLocaleUpperCase('vi'), bold: true }),
    line({ text: w.numberLine.replace('{number}', doc.number || '      /') }),
  ];
  const rightLines = [
    line({ text: w.nation, bold: true }),
    line({ text: w.motto, bold: true, size: 14 }),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
    line({ text: doc.placeDate, italics: true, size: 13 }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(leftLines, left), cell(rightLines, right)] })],
  });
}

function bodyBlock(block: Block): Array<Paragraph | Table> {
  const indent = { firstLine: convertMillimetersToTwip(12.7) };
  const spacing = { before: 60, after: 60, line: 300 };
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent,
          spacing,
          children: [new TextRun({ font: FONT, size: pt(14), bold: true, text: block.text })],
        }),
      ];
    case 'paragraph':
    case 'bullet':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent,
          spacing,
          children: [
            new TextRun({ font: FONT, size: pt(14), text: block.kind === 'bullet' ? `- ${block.text}` : block.text }),
          ],
        }),
      ];
    case 'table': {
      const widths = tableWidths(block.head.length);
      const row = (cells: string[], bold: boolean) =>
        new TableRow({
          children: cells.map((text, i) =>
            cell(
              [
                line(
                  { text, bold, size: 13 },
                  i === 1 ? AlignmentType.LEFT : i === 0 ? AlignmentType.CENTER : AlignmentType.RIGHT,
                ),
              ],
              widths[i],
              { margins: { top: 40, bottom: 40, left: 80, right: 80 } },
            ),
          ),
        });
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
          rows: [
            row(block.head, true),
            ...block.rows.map((r) => row(r, false)),
            ...(block.foot ? [row(block.foot, true)] : []),
          ],
        }),
        new Paragraph({ spacing: { before: 60 }, children: [] }),
      ];
    }
  }
}

/** Number, name, then equal columns: the name takes what the numbers leave. */
function tableWidths(columns: number): number[] {
  const number = convertMillimetersToTwip(15);
  const figure = convertMillimetersToTwip(25);
  return [number, TEXT_WIDTH - number - figure * (columns - 2), ...Array<number>(columns - 2).fill(figure)];
}

function footer(doc: OfficialDocument, w: LayoutWords): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const distribution = [
    line({ text: w.distributionLabel, bold: true, italics: true, size: 12 }, AlignmentType.LEFT),
    ...doc.distribution.map((d) => line({ text: `- ${d}`, size: 11 }, AlignmentType.LEFT)),
  ];
  const signature = [
    ...doc.capacity.map((c) => line({ text: c, bold: true, size: 14 })),
    ...Array.from({ length: 3 }, () => new Paragraph({ children: [] })),
    line({ text: doc.signer, bold: true, size: 14 }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(distribution, left), cell(signature, right)] })],
  });
}

/** The document as a Word file's parts, for Packer.toBlob in the browser or toBuffer in Node. */
export function officialDocx(doc: OfficialDocument, w: LayoutWords): Document {
  const recipients =
    doc.recipients.length === 1
      ? [
          line([
            { text: `${w.recipientsLabel} `, size: 14 },
            { text: doc.recipients[0], size: 14 },
          ]),
        ]
      : [
          line({ text: w.recipientsLabel, size: 14 }),
          ...doc.recipients.map((r) => line({ text: `- ${r};`, size: 14 })),
        ];
  return new Document({
    creator: doc.issuer,
    title: `${doc.title} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          header(doc, w),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          line({ text: doc.title, bold: true, size: 14 }),
          line({ text: doc.subject, bold: true, size: 14 }),
          new Paragraph({ spacing: { before: 120 }, children: [] }),
          ...recipients,
          new Paragraph({ spacing: { before: 120 }, children: [] }),
          ...doc.body.flatMap(bodyBlock),
          new Paragraph({ spacing: { before: 120 }, children: [] }),
          footer(doc, w),
        ],
      },
    ],
  });
}

/** The Word file's bytes. */
export async function officialDocxBytes(doc: OfficialDocument, w: LayoutWords): Promise<Uint8Array> {
  const blob = await Packer.toBlob(officialDocx(doc, w));
  return new Uint8Array(await blob.arrayBuffer());
}
