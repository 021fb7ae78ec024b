import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LoaContentError, throwIfAny } from '../core/errors';
import { EDITION_FIELDS, type Edition } from '../print/edition';
import { readEditionsCsv } from '../print/editions-csv';

export const EDITIONS_FILE = 'editions.csv';

/**
 * The places a province hands packs to, made at build time from the
 * content's editions.csv (optional). A bad row (a duplicate file name too) is
 * a content error that stops the build with its line; in the browser the same
 * reader skips it instead. A column editions do not use, which the browser
 * ignores with a note, is an error here too: the content's file is kept exact.
 */
export function readEditionsFile(contentDir: string): Edition[] {
  const path = join(contentDir, EDITIONS_FILE);
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path) || path;
  const { rows, fileProblems, ignored } = readEditionsCsv(readFileSync(path), file);
  throwIfAny([
    ...fileProblems.map((p) => new LoaContentError(file, p.line ? `dòng ${p.line}` : 'tệp', p.problem, p.fix)),
    // The browser ignores a column it does not use and says so; the content's own file is kept exact.
    ...ignored.map(
      (h) =>
        new LoaContentError(
          file,
          'dòng tên cột',
          `cột “${h}” không có trong mẫu`,
          `xóa cột đó; các cột là ${Object.values(EDITION_FIELDS).join(', ')}`,
        ),
    ),
    ...rows.flatMap((r) =>
      r.problems.map(
        (p) => new LoaContentError(file, `dòng ${r.line}${p.field ? `: ${p.field}` : ''}`, p.problem, p.fix),
      ),
    ),
  ]);
  return rows.map((r) => r.edition!);
}
