// `npm run build`: astro build and the search index into a staging folder, which replaces the output folder only
// when all of it has succeeded (scripts/lib/staged-output.mjs). Skipped when nothing that feeds the site has changed
// since the last build into the same folder (content, code, config, dependencies) and that folder is still as the
// build left it. LOA_FORCE_BUILD=1 always builds.
// Incremental: the staging folder starts as hard links to the last site, and Astro writes again only the pages and
// files whose key changed (src/manifest/cache-keys.ts), when the last build can be trusted (src/build/incremental.ts);
// otherwise everything is built, and one line says why. LOA_FULL_BUILD=1 always builds everything.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { builtAt, recoverLeftovers, replaceOutput, stagingDir } from './lib/staged-output.mjs';

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
      Object.fromEntries(
        Object.entries(process.env).filter(
          // How to build, not what: the folders are in the hash already (the content's files, the stamp's name).
          ([k]) =>
            k.startsWith('LOA_') &&
            !['LOA_FORCE_BUILD', 'LOA_FULL_BUILD', 'LOA_CONTENT_DIR', 'LOA_OUT_DIR', 'LOA_ASTRO_CACHE_DIR'].includes(k),
        ),
      ),
    ),
  );
  return h.digest('hex');
}

// Leftovers of a build that was killed (Ctrl+C, out of memory, power) are cleaned up first.
for (const line of recoverLeftovers(outDir)) console.log(`loa: ${line}`);

const { nodeEntry } = await import('../src/core/node-entry.mjs');
const incremental = await import(nodeEntry(join(root, 'src/build/incremental.ts')));
const { astroCacheDir } = await import(nodeEntry(join(root, 'src/build/cache-dir.ts')));
const outputHash = () => incremental.outputDigest(outDir);

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

const shown = relative(root, outDir) || outDir;
const stage = stagingDir(outDir);
rmSync(stage, { recursive: true, force: true });

// Beside Astro's own record of the last build, so that removing Astro's cache forgets both.
const astroCache = resolve(root, astroCacheDir(contentDir, root));
const provenanceFile = join(astroCache, 'loa-last-build.json');
const now = {
  outDir,
  versions: incremental.versionsOf(root),
  settings: incremental.settingsDigest(contentDir),
  // Astro's record as it is now: a build that stopped after Astro wrote it describes a site never served.
  record: incremental.recordDigest(astroCache),
};
const whyFull = incremental.whyFull(incremental.readProvenance(provenanceFile), now);
if (whyFull) console.log(`loa: building every page and file: ${whyFull}.`);
else {
  const t0 = performance.now();
  const linked = incremental.linkTree(outDir, stage);
  console.log(
    `loa: incremental: the last site's ${linked} files linked in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
      'only what changed is written again.',
  );
}

/** The last line of every build: which site the output folder holds now, so an editor knows if the fix is live. */
function keptOld(status) {
  rmSync(stage, { recursive: true, force: true });
  const when = builtAt(outDir);
  console.error(
    when
      ? `loa: ${shown}/ giữ nguyên bản dựng trước, lúc ${when}: bản dựng này dừng lại, chưa có gì thay đổi trên trang.`
      : `loa: ${shown}/ chưa có bản dựng nào: bản dựng này dừng lại trước khi xong.`,
  );
  process.exit(status);
}

let child;
// Ctrl+C or a kill: Astro stops, the staging folder goes, the output folder was never touched.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    child?.kill(signal);
    keptOld(130);
  });

/** Runs `command` to its end; its exit status (1 when a signal ended it). */
function run(command, args, env) {
  child = spawn(command, args, { stdio: 'inherit', env });
  return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
}

const status = await run(join(root, 'node_modules/.bin/astro'), ['build', ...process.argv.slice(2)], {
  // Two malloc arenas: sharp, the voice and the layout engine allocate on several threads, and glibc's default
  // (8 per core) kept freed memory mapped: 10,000 directives peaked at 2.48 GB with the default, 2.04 GB with 2.
  // Vite's bundler (Rolldown) allocates with mimalloc, which returns freed pages to the system only after a delay
  // and only when it next runs; its threads sleep once the bundle is written, so 450 MB of the bundling stayed
  // resident through every page at 10,000 directives. A zero delay returns them as they are freed (265 MB left).
  ASTRO_TELEMETRY_DISABLED: '1',
  MALLOC_ARENA_MAX: '2',
  MIMALLOC_PURGE_DELAY: '0',
  ...process.env,
  // A site is built for production whatever the caller's shell says: under a test runner's NODE_ENV=test the
  // bundler kept development-only code in the customiser's script, so the same content gave another site.
  NODE_ENV: 'production',
  // Astro writes into the staging folder (astro.config.mjs reads LOA_OUT_DIR); the inputs' hash is taken already.
  LOA_OUT_DIR: stage,
  LOA_INCREMENTAL: whyFull ? 'full' : 'seeded',
});
if (status !== 0) keptOld(status);

// Search, in this process once Astro's has exited: indexing 10,000 pages holds about 1.6 GB in Pagefind, and
// Astro's process held 1.7 GB more while it waited for it.
try {
  const { indexSite } = await import(nodeEntry(join(root, 'src/search/index-site.ts')));
  const t0 = performance.now();
  // The folded copies of the pages are kept per output folder: an incremental build folds only what it wrote.
  const mirror = join(stampDir, `search-${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}`);
  const pages = await indexSite(stage, { mirror, log: (line) => console.log(`loa: search: ${line}`) });
  console.log(`loa: search index of ${pages} pages written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Astro checked its output before the index was written; the whole site, hidden files included, once more.
  const { checkSite } = await import(nodeEntry(join(root, 'src/manifest/post-build.ts')));
  const problems = checkSite(stage);
  if (problems.length) throw new Error(`the build does not match its manifest:\n  ${problems.join('\n  ')}`);
} catch (e) {
  console.error(`loa: ${e instanceof Error ? e.message : e}`);
  keptOld(1);
}

const how = replaceOutput(stage, outDir);
mkdirSync(stampDir, { recursive: true });
// One walk of the new site for both records (22,000 files at 10,000 directives).
const output = outputHash();
writeFileSync(stampFile, JSON.stringify({ inputs, output }));
incremental.writeProvenance(provenanceFile, { ...now, record: incremental.recordDigest(astroCache), output });
console.log(
  `loa: ${shown}/ giờ là bản dựng mới, lúc ${builtAt(outDir)}` +
    (how === 'copied' ? ' (chép đè vào thư mục, vì không đổi tên được thư mục này).' : '.'),
);
