import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '../config/content-root';
import { frontMatterText } from '../core/front-matter';
import { importDocumentFile, ImportRefused } from './import';
import type { MeasureWording } from './measures';
import { formatDropped } from './report';

/** The campaign's measures as their files word them (content/measures/*.mdx, wherever LOA_CONTENT_DIR points). */
export function loadMeasureWordings(root: string): MeasureWording[] {
  const dir = join(root, 'measures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .flatMap((f) => {
      const data = parse(frontMatterText(readFileSync(join(dir, f), 'utf8')) ?? '') as Partial<MeasureWording> | null;
      return typeof data?.number === 'number' && typeof data.official === 'string'
        ? [{ number: data.number, official: data.official }]
        : [];
    });
}

/** Document numbers already in a directives folder, with the file that holds each. */
export function numbersIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => /\.mdx?$/.test(x))) {
    const data = parse(frontMatterText(readFileSync(join(dir, f), 'utf8')) ?? '') as { number?: unknown } | null;
    if (typeof data?.number === 'string') out.set(data.number.normalize('NFC'), join(dir, f));
  }
  return out;
}

export interface ImportOptions {
  files: string[];
  out?: string;
  force?: boolean;
}

const USAGE = 'Cách dùng: npm run import -- [--out THƯ_MỤC] [--force] TỆP... (.txt, .html, .docx, .pdf)';

export function parseArgs(argv: string[]): ImportOptions {
  const options: ImportOptions = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      options.out = argv[++i];
      if (!options.out) throw new Error(`--out cần tên thư mục (--out needs a folder). ${USAGE}`);
    } else if (a === '--force') options.force = true;
    else if (a.startsWith('--')) throw new Error(`không biết tùy chọn ${a} (unknown option). ${USAGE}`);
    else options.files.push(a);
  }
  if (!options.files.length) throw new Error(`chưa nêu tệp nào để nhập (no file given). ${USAGE}`);
  return options;
}

/**
 * `npm run import`: reads each file, writes one directive per document into the directives folder (or --out), and
 * prints for each what it found, where, and what it left empty. Returns the exit code: 1 if any file was refused.
 */
export async function runImport(argv: string[], log: (s: string) => void = console.log): Promise<number> {
  const options = parseArgs(argv);
  const root = contentRoot();
  const siteDir = resolve(root, 'directives');
  const outDir = resolve(options.out ?? siteDir);
  const intoSite = outDir === siteDir;
  const measures = loadMeasureWordings(root);
  const existing = numbersIn(siteDir);
  let failed = 0;
  for (const file of options.files) {
    try {
      if (!existsSync(file)) throw new ImportRefused(file, 'không có tệp này (file not found)');
      const imported = await importDocumentFile(file, readFileSync(file), measures, basename(file));
      log(formatDropped(file, imported.dropped));
      for (const doc of imported.documents) {
        log(doc.report);
        const target = join(outDir, doc.fileName);
        const holder = doc.number ? existing.get(doc.number) : undefined;
        if (holder && intoSite && resolve(holder) !== target) {
          failed++;
          log(
            `KHÔNG GHI ${doc.fileName}: số ${doc.number} đã có trong ${holder}; ` +
              'sửa tệp đó, hoặc nhập vào thư mục khác bằng --out (number already on the site)',
          );
          continue;
        }
        if (holder) log(`Lưu ý: số ${doc.number} đã có trên trang, trong ${holder}.`);
        if (existsSync(target) && !options.force) {
          failed++;
          log(`KHÔNG GHI ${target}: tệp đã có; thêm --force để ghi đè (file exists; use --force to replace)`);
          continue;
        }
        mkdirSync(outDir, { recursive: true });
        writeFileSync(target, doc.text);
        const left = doc.problems.length;
        log(`Đã ghi ${target}${left ? ` (còn ${left} trường phải điền trước khi dựng trang)` : ''}.`);
      }
    } catch (e) {
      if (!(e instanceof ImportRefused)) throw e;
      failed++;
      log(`TỪ CHỐI ${e.message}`);
    }
  }
  return failed ? 1 : 0;
}
