// `npm run build`: astro build, skipped when nothing that feeds the site has
// changed since the last build into the same folder (content, code, config,
// dependencies) and that folder is still as the build left it.
// LOA_FORCE_BUILD=1 always builds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const root = resolve(new URL('..', import.meta.url).pathname);
const contentDir = resolve(process.env.LOA_CONTENT_DIR ?? join(root, 'content'));
const outDir = resolve(process.env.LOA_OUT_DIR ?? join(root, 'dist'));
const stampDir = join(root, 'node_modules/.cache/loa');
const stampFile = join(stampDir, `build-${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}.json`);

function walk(dir, skip = () => false) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (skip(p)) return [];
      return e.isDirectory() ? walk(p, skip) : [p];
    })
    .sort();
}

function inputsHash() {
  const h = createHash('sha256');
  const files = [
    ...walk(contentDir),
    ...walk(join(root, 'src')),
    ...walk(join(root, 'public')),
    join(root, 'astro.config.mjs'),
    join(root, 'package-lock.json'),
    join(root, 'tsconfig.json'),
  ];
  for (const f of files) if (existsSync(f)) h.update(f).update('\0').update(readFileSync(f));
  h.update(
    JSON.stringify(
      Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('LOA_') && k !== 'LOA_FORCE_BUILD')),
    ),
  );
  return h.digest('hex');
}

/** Names, sizes and change times of what is in the output folder: a hand edit or a half-deleted dist shows up here. */
function outputHash() {
  const h = createHash('sha256');
  for (const f of walk(outDir)) {
    const s = statSync(f);
    h.update(`${relative(outDir, f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

const inputs = inputsHash();
if (!process.env.LOA_FORCE_BUILD && existsSync(stampFile) && existsSync(outDir)) {
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (stamp.inputs === inputs && stamp.output === outputHash()) {
    console.log(
      `loa: nothing changed since the last build of ${relative(root, outDir) || outDir}; skipped (LOA_FORCE_BUILD=1 to rebuild).`,
    );
    process.exit(0);
  }
}

// Astro empties the output folder before it starts: 2.3 s on one core for 10,000 pages, with the other idle.
// The old folder is moved aside instead: put back as it was when the build fails before writing anything (a
// content error), so the last good site stays; otherwise removed by a process of its own while the search
// index is written.
let old;
if (existsSync(outDir)) {
  const aside = `${outDir}.old-${process.pid}`;
  try {
    renameSync(outDir, aside);
    old = aside;
  } catch {
    // Not movable (another file system, a mount point): Astro empties it where it is.
  }
}

/** Removes `dir` in a process of its own; resolves when it is gone. */
function sweep(dir) {
  const sweeper = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir],
    { stdio: 'inherit' },
  );
  return new Promise((done) => sweeper.on('exit', done));
}

const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // Two malloc arenas: sharp, the voice and the layout engine allocate on several threads, and glibc's default
  // (8 per core) kept freed memory mapped: 10,000 directives peaked at 2.48 GB with the default, 2.04 GB with 2.
  // Vite's bundler (Rolldown) allocates with mimalloc, which returns freed pages to the system only after a delay
  // and only when it next runs; its threads sleep once the bundle is written, so 450 MB of the bundling stayed
  // resident through every page at 10,000 directives. A zero delay returns them as they are freed (265 MB left).
  env: { ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
let swept = Promise.resolve();
if (old && r.status !== 0 && !existsSync(outDir)) renameSync(old, outDir);
else if (old) swept = sweep(old);
if (r.status !== 0) {
  await swept;
  process.exit(r.status ?? 1);
}
// Search, in this process once Astro's has exited: indexing 10,000 pages holds about 1.6 GB in Pagefind, and
// Astro's process held 1.7 GB more while it waited for it.
const { nodeEntry } = await import('../src/core/node-entry.mjs');
const { indexSite } = await import(nodeEntry(join(root, 'src/search/index-site.ts')));
const t0 = performance.now();
const pages = await indexSite(outDir);
console.log(`loa: search index of ${pages} pages written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await swept;
mkdirSync(stampDir, { recursive: true });
writeFileSync(stampFile, JSON.stringify({ inputs, output: outputHash() }));
