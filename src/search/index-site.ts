import { fork } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { nodeEntry } from '../core/node-entry.mjs';

/** Every HTML file under `dir`, as paths relative to it, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const FOLD_WORKER = join(process.cwd(), 'src/search/fold-worker.ts');

/** Folded copies of `files` from `dir` into `scratch`, in a process per core (./fold-worker.ts). */
async function foldInto(dir: string, scratch: string, files: string[]): Promise<void> {
  const entry = nodeEntry(FOLD_WORKER);
  const parts = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = Array.from({ length: parts }, (_, t) => files.filter((_, i) => i % parts === t));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((ok, fail) => {
          const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          let done = false;
          child.once('message', () => (done = true));
          child.once('error', fail);
          child.once('exit', (code) =>
            done && code === 0 ? ok() : fail(new Error(`folding pages for search: process exited with ${code}`)),
          );
          child.send({ dir, scratch, files: share });
        }),
    ),
  );
}

/**
 * Indexes every page under `dir` into `dir`/pagefind, handing Pagefind each
 * page with đ folded (./fold): the files on disk keep their text as written.
 * The folded copies go to a scratch folder that Pagefind reads itself, on
 * its own threads: handing it 10,000 pages one by one took 34 s, this 20.
 * Returns how many pages it indexed.
 *
 * `npm run build` (tools/build.mjs) runs this in its own process once
 * `astro build` has exited: Pagefind holds about 2 GB while it indexes
 * 10,000 pages, and the build's process as much again until it ends.
 */
export async function indexSite(dir: string): Promise<number> {
  // Pagefind's indexer allocates with jemalloc, which by default keeps freed memory for 10 s: 10,000 pages
  // peaked at 1.96 GB. Handing it back within 0.2 s, on jemalloc's own thread, peaks at 1.64 GB for 1.7 s
  // more. Read when Pagefind's process starts, below; a value set by the caller is kept.
  process.env._RJEM_MALLOC_CONF ??= 'background_thread:true,dirty_decay_ms:200,muzzy_decay_ms:0';
  const files = await htmlFiles(dir);
  const scratch = await mkdtemp(join(tmpdir(), 'loa-pagefind-'));
  try {
    await foldInto(dir, scratch, files);
    // No forced language: each page's <html lang> picks its index, so English pages never mix into the
    // Vietnamese one, and the search page (lang vi) loads the Vietnamese index.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return added.page_count;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * indexSite, then Pagefind's service process stopped, so the caller can exit.
 * @public tools/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export async function indexAndClose(dir: string): Promise<number> {
  try {
    return await indexSite(dir);
  } finally {
    await pagefind.close();
  }
}
