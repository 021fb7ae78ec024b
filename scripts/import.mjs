// npm run import -- [--out DIR] [--force] FILE...: công văn from .txt, .html, .docx or .pdf into directive files.
// The logic is src/import/ (plain TypeScript, unit-tested); this only starts it.
import { join } from 'node:path';
import { nodeEntry } from '../src/core/node-entry.mjs';

const { runImport } = await import(nodeEntry(join(import.meta.dirname, '../src/import/cli.ts')));
try {
  process.exitCode = await runImport(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
}
