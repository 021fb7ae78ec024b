import { z } from 'zod';
import { isoDate, viText } from '../core/schema-helpers';
import { DOCUMENT_NUMBER_PATTERN } from './document-number';
import { DOCUMENT_STATUSES, RELATION_KINDS } from './relation-kinds';

export const DOCUMENT_TYPES = [
  'công văn',
  'báo cáo',
  'thông báo',
  'chỉ thị',
  'công điện',
  'kế hoạch',
  'quyết định',
  'tin',
] as const;

const documentNumber = () =>
  z
    .string()
    .trim()
    .transform((s) => s.normalize('NFC'))
    .refine((s) => DOCUMENT_NUMBER_PATTERN.test(s), {
      message: 'số ký hiệu phải có dạng SỐ/KÝ-HIỆU, ví dụ 123/ABC-XY (document number must look like 123/ABC-XY)',
    });

/** Another document this one names: on the site or not. */
const citation = z.strictObject({
  number: documentNumber(),
  type: z.enum(DOCUMENT_TYPES).optional(),
  date: isoDate().optional(),
  issuer: viText().optional(),
  subject: viText().optional(),
});

/**
 * A typed link to another document, as the legal portals draw them (căn cứ, hướng dẫn, thay thế…): the other
 * document shows it back with the reverse wording. `cites` and `attachments` are the kinds `cites` and `attaches`.
 */
const relation = citation.extend({
  kind: z.enum(RELATION_KINDS, {
    error: `kiểu quan hệ phải là một trong: ${RELATION_KINDS.join(', ')} (relation kind must be one of these)`,
  }),
  /** The part of the other document concerned, e.g. "Điều 2, khoản 3". */
  part: viText().optional(),
});

/** One dated step of a document's validity, written by hand; steps the relations imply are derived. */
const statusEvent = z.strictObject({
  date: isoDate(),
  status: z.enum(DOCUMENT_STATUSES, {
    error: `tình trạng phải là một trong: ${DOCUMENT_STATUSES.join(', ')} (status must be one of these)`,
  }),
  /** The document that caused it, if any. */
  by: documentNumber().optional(),
  part: viText().optional(),
});

/** A significant change to a page, in one sentence, as a public change note. */
export const changeNote = z.strictObject({ date: isoDate(), note: viText() });

/** A figure from the document, kept as data so it can be charted and checked. */
const figure = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: viText(),
  asOf: isoDate().optional(),
  unit: viText(),
  rows: z
    .array(
      z.strictObject({
        label: viText(),
        value: z.number().nonnegative(),
        total: z.number().positive().optional(),
        /** The percentage the document states, checked against value/total. */
        statedPercent: z.number().min(0).max(100).optional(),
      }),
    )
    .min(1),
  facts: z.array(z.strictObject({ label: viText(), value: viText() })).default([]),
  /**
   * The place whose progress the figure reports, for the progress dashboard: its rows add up to the place's
   * count, of `base` (dân số, thuê bao, cán bộ…).
   */
  place: z.strictObject({ name: viText(), level: viText(), parent: viText().optional(), base: viText() }).optional(),
});

/** A visible editorial correction of a transcription error in the source scan. */
const correction = z.strictObject({
  original: viText(),
  corrected: viText(),
  note: viText(),
});

export const directiveSchema = z.strictObject({
  number: documentNumber().optional(),
  type: z.enum(DOCUMENT_TYPES, {
    error: `phải là một trong: ${DOCUMENT_TYPES.join(', ')} (must be one of the listed types)`,
  }),
  issuer: z.strictObject({
    name: viText(),
    /** The authority above the issuer (tên cơ quan chủ quản), if any. */
    parent: viText().optional(),
    /** Header lines as printed top-left, in capitals: parent first, issuer last. */
    header: z.array(viText()).min(1),
  }),
  /** Province or city the issuer belongs to; "Trung ương" for ministries. */
  province: viText(),
  place: viText(),
  date: isoDate(),
  /** For news items: the day the item was posted, if not the document date. */
  published: isoDate().optional(),
  subject: viText(),
  recipients: z.array(viText()).default([]),
  signer: z
    .strictObject({
      name: viText(),
      /** Capacity lines above the name, e.g. ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]. */
      capacity: z.array(viText()).min(1),
      digitalSignature: z.strictObject({ by: viText(), organ: viText(), time: viText() }).optional(),
    })
    .optional(),
  distribution: z.array(viText()).default([]),
  cites: z.array(citation).default([]),
  /** Numbers of documents on the site that travel with this one as attachments. */
  attachments: z.array(documentNumber()).default([]),
  relations: z.array(relation).default([]),
  /** The document's validity over time; what other documents' relations say is added to it. */
  status: z.array(statusEvent).default([]),
  changes: z.array(changeNote).default([]),
  /** Numbers (1–10) of the measures of the root document this one puts in motion. */
  measures: z.array(z.number().int()).default([]),
  figures: z.array(figure).default([]),
  corrections: z.array(correction).default([]),
  notes: z.array(viText()).default([]),
  /** The file the text was transcribed or imported from (a seed .txt, or the .docx, .pdf or saved .html page). */
  source: z
    .string()
    .regex(
      /^[\w.-]+\.(txt|docx|pdf|html?)$/,
      'tên tệp nguồn .txt, .docx, .pdf hoặc .html, không có thư mục, ví dụ 002_28c58fc3aa85a358.txt (source file name)',
    ),
});

export type DirectiveData = z.infer<typeof directiveSchema>;
export type Figure = z.infer<typeof figure>;
export type Relation = z.infer<typeof relation>;
export type ChangeNote = z.infer<typeof changeNote>;
