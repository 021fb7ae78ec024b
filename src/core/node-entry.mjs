// @ts-check
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** @type {Map<string, string>} */
const built = new Map();

/**
 * One of the project's TypeScript files as a single ES module that Node runs
 * as it is: the voice thread's entry, the search indexer that `npm run build`
 * runs after Astro. Node's own type stripping would do, but not for a
 * checkout that sits under a node_modules folder. Bundled by esbuild into the
 * project's cache, named by its content, npm packages left as imports.
 * @param {string} source path of the .ts file
 * @returns {string} path of the .mjs file to import or start as a worker
 */
export function nodeEntry(source) {
  // The voice thread starts again after a pause: bundled once per process is enough.
  const done = built.get(source);
  if (done) return done;
  const [out] = buildSync({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  const hash = createHash('sha256').update(out.contents).digest('hex').slice(0, 12);
  const dir = join(process.cwd(), 'node_modules/.cache/loa/entries');
  const file = join(dir, `${basename(source, '.ts')}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Builds run side by side in the tests: write aside, then move into place in one step.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, out.contents);
    renameSync(part, file);
  }
  built.set(source, file);
  return file;
}
