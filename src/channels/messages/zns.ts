import type { ZnsTemplate } from './schema';

/** Zalo's review rules for ZNS templates (CHANNELS.md, "Text messages"). */
export const ZNS = {
  title: { min: 9, max: 65 },
  paragraphs: { min: 1, max: 4 },
  paragraph: { min: 9, max: 400 },
  params: { max: 10 },
  table: { min: 2, max: 8 },
  buttons: { max: 2 },
  button: { min: 5, max: 30 },
} as const;

export interface ZnsProblem {
  /** Below the template: "title", "paragraphs[1]", "buttons[0].title". */
  field: string;
  problem: string;
  fix: string;
}

// A web address or a domain in running text: Zalo refuses links outside buttons.
const LINK = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info|edu|gov|io)\b/i;
// A Vietnamese phone number or hotline: 0xx xxx xxxx, +84…, 1800/1900 numbers.
const PHONE = /(?:\+84|\b0)(?:[\s.-]?\d){8,10}\b|\b1[89]00(?:[\s.-]?\d){4,6}\b/;
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const PARAM = /<([a-z_]+)>/g;

const length = (s: string) => [...s.normalize('NFC')].length;

/** Every rule a template breaks, each with the field and the fix; empty when Zalo would accept it. */
export function znsProblems(t: ZnsTemplate): ZnsProblem[] {
  const out: ZnsProblem[] = [];
  const range = (field: string, text: string, r: { min: number; max: number }, what: string) => {
    const n = length(text);
    if (n < r.min || n > r.max)
      out.push({
        field,
        problem: `${what} dài ${n} ký tự, Zalo chỉ nhận ${r.min}–${r.max}`,
        fix: `viết lại trong ${r.min}–${r.max} ký tự`,
      });
  };
  range('title', t.title, ZNS.title, 'tiêu đề');
  if (t.paragraphs.length < ZNS.paragraphs.min || t.paragraphs.length > ZNS.paragraphs.max) {
    out.push({
      field: 'paragraphs',
      problem: `có ${t.paragraphs.length} đoạn, Zalo chỉ nhận ${ZNS.paragraphs.min}–${ZNS.paragraphs.max}`,
      fix: 'gộp hoặc tách đoạn cho đúng số lượng',
    });
  }
  t.paragraphs.forEach((p, i) => {
    const field = `paragraphs[${i}]`;
    range(field, p, ZNS.paragraph, 'đoạn');
    if (LINK.test(p))
      out.push({ field, problem: 'đoạn văn có đường link', fix: 'bỏ link khỏi đoạn văn; đặt link vào nút (buttons)' });
    if (PHONE.test(p)) out.push({ field, problem: 'đoạn văn có số điện thoại', fix: 'bỏ số điện thoại khỏi đoạn văn' });
  });
  if (![t.title, ...t.paragraphs].some((s) => MARKED.test(s))) {
    out.push({
      field: 'paragraphs',
      problem: 'văn bản không có dấu tiếng Việt',
      fix: 'viết tiếng Việt có dấu: Zalo từ chối mẫu không dấu',
    });
  }
  if (t.params.length > ZNS.params.max) {
    out.push({
      field: 'params',
      problem: `có ${t.params.length} tham số, tối đa ${ZNS.params.max}`,
      fix: 'bớt tham số',
    });
  }
  const texts = [t.title, ...t.paragraphs, ...t.table.flatMap((r) => [r.label, r.value])];
  const used = new Set(texts.flatMap((s) => [...s.matchAll(PARAM)].map((m) => m[1])));
  for (const name of used) {
    if (!t.params.includes(name))
      out.push({ field: 'params', problem: `dùng <${name}> mà chưa khai báo`, fix: `thêm ${name} vào params` });
  }
  t.params.forEach((name, i) => {
    if (!used.has(name))
      out.push({
        field: `params[${i}]`,
        problem: `tham số ${name} không được dùng`,
        fix: 'bỏ tham số hoặc dùng nó dạng <tên>',
      });
  });
  if (t.table.length > 0 && (t.table.length < ZNS.table.min || t.table.length > ZNS.table.max)) {
    out.push({
      field: 'table',
      problem: `bảng có ${t.table.length} dòng, Zalo chỉ nhận ${ZNS.table.min}–${ZNS.table.max}`,
      fix: 'thêm hoặc bớt dòng, hoặc bỏ bảng',
    });
  }
  if (t.buttons.length > ZNS.buttons.max) {
    out.push({ field: 'buttons', problem: `có ${t.buttons.length} nút, tối đa ${ZNS.buttons.max}`, fix: 'bớt nút' });
  }
  t.buttons.forEach((b, i) => range(`buttons[${i}].title`, b.title, ZNS.button, 'chữ trên nút'));
  return out;
}

/** The template as the JSON a campaign submits for review. */
export function znsJson(id: string, t: ZnsTemplate) {
  return {
    template_name: id,
    title: t.title,
    paragraphs: t.paragraphs,
    params: t.params.map((name) => ({ name, type: 'string' })),
    table: t.table,
    buttons: t.buttons.map((b) => ({ type: 'url', title: b.title, content: b.url })),
  };
}
