import { fork, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
  if (files.length === 0) return;
  const entry = nodeEntry(FOLD_WORKER);
  // A process costs a start-up: a few changed pages are folded by one.
  const parts = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(files.length / 200)));
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
 * Pagefind's own command line on `site`, writing its index to `output`; the
 * pages it indexed. Its Node interface runs the same indexer as a service
 * and took 23.3 s for 10,000 pages where the command line takes 18.3 s.
 */
function pagefindCli(site: string, output: string): Promise<number> {
  const bin = join(process.cwd(), 'node_modules/.bin/pagefind');
  return new Promise((ok, fail) => {
    const child = spawn(bin, ['--site', site, '--output-path', output], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Pagefind's indexer allocates with jemalloc, which by default keeps freed memory for 10 s: 10,000 pages
      // peaked at 1.96 GB. Handing it back within 0.2 s, on jemalloc's own thread, peaks at 1.64 GB for 1.7 s
      // more. A value set by the caller is kept.
      env: { _RJEM_MALLOC_CONF: 'background_thread:true,dirty_decay_ms:200,muzzy_decay_ms:0', ...process.env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', fail);
    child.once('close', (code) => {
      const total = /Total:[\s\S]*?Indexed (\d+) pages?/.exec(out);
      if (code === 0 && total) ok(Number(total[1]));
      else fail(new Error(`Pagefind stopped (exit code ${code}):\n${out.trim().split('\n').slice(-20).join('\n')}`));
    });
  });
}

/** What identifies a page's file: an unchanged page of an incremental build is the last build's file, linked. */
async function identity(path: string): Promise<string> {
  const s = await stat(path);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

/**
 * Indexes every page under `dir` into `dir`/pagefind, handing Pagefind each
 * page with đ folded (./fold): the files on disk keep their text as written.
 * The folded copies go to a scratch folder that Pagefind reads itself, on
 * its own threads. No forced language: each page's <html lang> picks its
 * index, so English pages never mix into the Vietnamese one, and the search
 * page (lang vi) loads the Vietnamese index. Returns how many pages it indexed.
 *
 * With `mirror`, the folded copies are kept there between builds of one output folder, and only pages whose file
 * is not the one folded last time (an incremental build links unchanged pages) are folded again.
 *
 * `npm run build` (scripts/build.mjs) runs this in its own process once
 * `astro build` has exited: Pagefind holds about 1.6 GB while it indexes
 * 10,000 pages, and the build's process held as much again until it ended.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export async function indexSite(
  dir: string,
  options: { mirror?: string; log?: (line: string) => void } = {},
): Promise<number> {
  const files = await htmlFiles(dir);
  const scratch = options.mirror ?? (await mkdtemp(join(tmpdir(), 'loa-pagefind-')));
  const record = join(scratch, '.folded.json');
  try {
    const t0 = performance.now();
    const before: Record<string, string> = options.mirror
      ? JSON.parse(await readFile(record, 'utf8').catch(() => '{}'))
      : {};
    const now = Object.fromEntries(await Promise.all(files.map(async (f) => [f, await identity(join(dir, f))])));
    const stale = files.filter((f) => before[f] !== now[f]);
    const gone = Object.keys(before).filter((f) => !(f in now));
    await Promise.all(gone.map((f) => rm(join(scratch, f), { force: true })));
    await rm(record, { force: true });
    await foldInto(dir, scratch, stale);
    const t1 = performance.now();
    await rm(join(dir, 'pagefind'), { recursive: true, force: true });
    const pages = await pagefindCli(scratch, join(dir, 'pagefind'));
    if (options.mirror) {
      await mkdir(scratch, { recursive: true });
      await writeFile(record, JSON.stringify(now));
    }
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const indexed = s(performance.now() - t1);
    options.log?.(
      `${stale.length} of ${files.length} pages folded in ${s(t1 - t0)} s, Pagefind indexed ${pages} in ${indexed} s`,
    );
    return pages;
  } finally {
    if (!options.mirror) await rm(scratch, { recursive: true, force: true });
  }
}
