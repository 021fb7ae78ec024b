/** What the importer read, where, and what it did not: the report a user checks before publishing. */

/** A field found: its value as written to the file, the line of the source text it came from, and how. */
export interface Finding {
  field: string;
  value: string;
  line: number;
  how: string;
}
/** A field left empty, and why. */
export interface Gap {
  field: string;
  why: string;
}
/** A line of the source that is not in the imported document (portal chrome, stamps, the quốc hiệu). */
export interface Dropped {
  line: number;
  text: string;
  why: string;
}
/** A word that looks mistyped or misread: reported, never corrected. */
export interface Suspect {
  line: number;
  word: string;
  reading: string;
  why: string;
}

export class Notebook {
  readonly findings: Finding[] = [];
  readonly gaps: Gap[] = [];
  readonly notes: string[] = [];

  found(field: string, value: string, line: number, how: string): void {
    this.findings.push({ field, value, line, how });
  }
  gap(field: string, why: string): void {
    if (!this.gaps.some((g) => g.field === field)) this.gaps.push({ field, why });
  }
}

const cell = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));

/** The report of one imported document as plain text for the terminal. */
export function formatReport(r: {
  title: string;
  findings: Finding[];
  gaps: Gap[];
  suspects: Suspect[];
  notes: string[];
  problems: string[];
}): string {
  const out = [`== ${r.title}`, `${cell('Trường', 14)} ${cell('Giá trị', 60)} ${cell('Dòng', 5)} Cách tìm`];
  for (const f of r.findings)
    out.push(`${cell(f.field, 14)} ${cell(f.value.replace(/\n/g, ' / '), 60)} ${cell(String(f.line), 5)} ${f.how}`);
  out.push('', `Trường để trống (${r.gaps.length}):`);
  for (const g of r.gaps) out.push(`  - ${g.field}: ${g.why}`);
  if (r.suspects.length) {
    out.push('', `Từ đáng ngờ, giữ nguyên trong văn bản, cần kiểm tra (${r.suspects.length}):`);
    for (const s of r.suspects) out.push(`  - dòng ${s.line}: “${s.word}” — có thể là “${s.reading}” (${s.why})`);
  }
  if (r.notes.length) out.push('', 'Ghi chú:', ...r.notes.map((n) => `  - ${n}`));
  if (r.problems.length)
    out.push(
      '',
      'Tệp chưa qua kiểm tra của trang (bản dựng sẽ báo các lỗi này cho đến khi điền đủ):',
      ...r.problems.map((p) => `  - ${p}`),
    );
  return out.join('\n');
}

export function formatDropped(file: string, dropped: Dropped[]): string {
  if (!dropped.length) return `${file}: không bỏ dòng nào.`;
  return [
    `${file}: các dòng không đưa vào văn bản (${dropped.length}):`,
    ...dropped.map((d) => `  - dòng ${d.line}: “${d.text}” — ${d.why}`),
  ].join('\n');
}
