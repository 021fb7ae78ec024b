// npm run bench: builds the real site and a generated corpus (1,000 directives,
// 50 measures), prints a table and writes bench/results/latest.json.
// Targets: corpus build < 120 s and < 2 GB peak memory on a 2-core machine;
// a rebuild with nothing changed ≥ 5× faster than the first build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { serveStatic } from './lib/static-server.ts';
import { launchBrowser } from './lib/chromium.ts';
import { benchCustomiser } from './lib/bench-customiser.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const node = process.execPath;
const env = (extra) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

function dirSize(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (a, e) => a + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}
function countPages(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (a, e) => a + (e.isDirectory() ? countPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}
function run(cmd, args, extra) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, env: env(extra), encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed`);
  }
  return { ms, stdout: r.stdout };
}

/** Bytes a reader's browser downloads from /pagefind/ to answer one query on the built site. */
async function queryBytes(dir, query) {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    if (r.url().includes('/pagefind/')) {
      try {
        bytes += (await r.body()).length;
      } catch {
        // A redirect or an aborted request has no body to count.
      }
    }
  });
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    // eslint-disable-next-line no-undef -- runs in the page
    () => /kết quả|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''),
    undefined,
    { timeout: 60000 },
  );
  await page.waitForTimeout(300);
  await browser.close();
  await server.close();
  return bytes;
}

function clearCaches() {
  rmSync(join(root, 'node_modules/.cache/loa'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
}

const statsFile = join(tmpdir(), 'loa-bench-render-stats.jsonl');

async function benchSite(name, contentDir, outDir) {
  clearCaches();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(statsFile, { force: true });
  const extra = { LOA_CONTENT_DIR: contentDir, LOA_OUT_DIR: outDir, LOA_RENDER_STATS: statsFile };
  // First build: cold caches, in a child whose peak memory is the build's.
  const first = run(node, [join(root, 'tools/bench-build-child.mjs')], extra);
  const { maxRssMb } = JSON.parse(first.stdout.trim().split('\n').at(-1));
  // The build script stamps its inputs; record the stamp as `npm run build` would.
  run(node, [join(root, 'tools/build.mjs')], { ...extra, LOA_FORCE_BUILD: '1' });
  const renders = JSON.parse(
    run(node, [join(root, 'tools/bench-render.mjs'), statsFile], {})
      .stdout.trim()
      .split('\n')
      .at(-1),
  );
  // The child build writes no skip stamp: a forced build writes it (and times a rebuild with warm caches),
  // then a build with nothing changed should find it and skip.
  const forced = run(node, [join(root, 'tools/build.mjs')], { ...extra, LOA_FORCE_BUILD: '1' });
  const second = run(node, [join(root, 'tools/build.mjs')], extra);
  const pages = countPages(outDir);
  const searchQueryKb = (await queryBytes(outDir, 'cai dat')) / 1024;
  return {
    searchQueryKb,
    name,
    firstBuildS: first.ms / 1000,
    pagesPerSecond: pages / (first.ms / 1000),
    pages,
    peakMemoryMb: maxRssMb,
    secondBuildNothingChangedS: second.ms / 1000,
    speedupNothingChanged: first.ms / second.ms,
    forcedRebuildWarmCachesS: forced.ms / 1000,
    distMb: dirSize(outDir) / 1e6,
    pagefindIndexMb: dirSize(join(outDir, 'pagefind')) / 1e6,
    renders,
  };
}

const corpusDir = join(tmpdir(), 'loa-bench-corpus');
run(node, [join(root, 'tools/generate-corpus.mjs'), corpusDir, '1000', '50']);

// Outputs inside the checkout, as `npm run build` has it (Astro keeps its prerender chunks beside them).
const outRoot = join(root, 'node_modules/.cache/loa-bench');
const sites = [
  await benchSite('real site', join(root, 'content'), join(outRoot, 'real')),
  await benchSite('corpus 1000×50', corpusDir, join(outRoot, 'corpus')),
];

const renders = sites[0].renders;
const customiser = await benchCustomiser(join(outRoot, 'real'), '/ap-phich/tu-tao/');

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  targets: { corpusBuildS: 120, peakMemoryMb: 2048, speedupNothingChanged: 5, firstPdfS: 3, csv100S: 60 },
  sites,
  customiser,
  renders,
};

const fmt = (n, d = 1) => (typeof n === 'number' ? n.toFixed(d) : String(n));
console.log(
  '\n| site | first build (s) | pages | pages/s | peak memory (MB) | nothing-changed rebuild (s) | speed-up | forced rebuild, warm caches (s) | dist (MB) | Pagefind index (MB) | one query "cai dat" (KB) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of sites)
  console.log(
    `| ${s.name} | ${fmt(s.firstBuildS)} | ${s.pages} | ${fmt(s.pagesPerSecond)} | ${fmt(s.peakMemoryMb, 0)} | ${fmt(s.secondBuildNothingChangedS, 2)} | ${fmt(s.speedupNothingChanged)}× | ${fmt(s.forcedRebuildWarmCachesS)} | ${fmt(s.distMb)} | ${fmt(s.pagefindIndexMb, 2)} | ${fmt(s.searchQueryKb, 0)} |`,
  );
if (Object.keys(renders).length) {
  console.log('\n| image | ms each (median) |\n| --- | ---: |');
  for (const [k, v] of Object.entries(renders)) console.log(`| ${k} | ${fmt(v, 0)} |`);
}
const c = customiser;
console.log(
  `\n| customiser | value | target |\n| --- | ---: | ---: |\n| first PDF after load (s) | ${fmt(c.firstPdfS, 2)} | ≤ 3 |\n| 100-row CSV to zip (s) | ${fmt(c.csv100S)} | ≤ 60 |\n| transfer, gzip (KB): scripts / fonts / wasm / other / total | ${[c.transferKb.scripts, c.transferKb.fonts, c.transferKb.wasm, c.transferKb.other, c.transferKb.total].map((n) => fmt(n, 0)).join(' / ')} | reported |`,
);
const corpus = sites[1];
console.log(
  `\ncorpus build ${fmt(corpus.firstBuildS)} s (target < 120 s): ${corpus.firstBuildS < 120 ? 'met' : 'MISSED'}; peak ${fmt(corpus.peakMemoryMb, 0)} MB (target < 2048): ${corpus.peakMemoryMb < 2048 ? 'met' : 'MISSED'}; nothing-changed speed-up ${fmt(corpus.speedupNothingChanged)}× (target ≥ 5×): ${corpus.speedupNothingChanged >= 5 ? 'met' : 'MISSED'}`,
);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log('written: bench/results/latest.json');
