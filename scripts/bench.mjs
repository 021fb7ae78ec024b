// npm run bench: builds the real site and generated corpora (scripts/generate-corpus.mjs, N directives and the
// same 50 measures at every size), prints one table and writes scripts/bench-results/latest.json.
//   npm run bench                                  real site + 1,000 directives
//   npm run bench -- --sizes=1000,4000,10000       the larger corpora too (about 15 min more on 2 cores)
//   npm run bench -- --sizes=10000 --no-real       one size only
//   npm run bench -- --sizes=                      the real site only
// Per site: a cold build (empty render and Astro caches, so every poster, card and voiced clip is drawn),
// a pages-only rebuild (forced, images cached), one directive's body edited then rebuilt and re-indexed
// through `npm run build`, a rebuild with nothing changed (skipped), index size and first-search bytes.
// Targets: 10,000 directives build in < 120 s with < 2 GB peak memory on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './lib/static-server.ts';
import { launchBrowser } from './lib/chromium.ts';
import { benchCustomiser } from './lib/bench-customiser.ts';
import { writeStarlightSite } from './lib/bench-starlight.mjs';

// The checkout being measured: where `npm run bench` runs (Astro's root, as `npm run build` has it).
const root = resolve(process.cwd());
const tools = resolve(new URL('.', import.meta.url).pathname);
const node = process.execPath;
// MALLOC_ARENA_MAX as scripts/build.mjs sets it for `npm run build`, so the child builds' memory is the same.
const env = (extra) => ({ ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', ...process.env, ...extra });
const flag = (name) => process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
// `--sizes=` (empty): the real site only.
const sizes = (flag('sizes')?.split('=')[1] ?? '1000').split(',').filter(Boolean).map(Number);
const withReal = !flag('no-real');

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
/** One astro build in a child of its own, so its peak memory is the build's. */
function childBuild(extra, args = []) {
  const r = run(node, [join(tools, 'bench-build-child.mjs'), ...args], extra);
  return { ...JSON.parse(r.stdout.trim().split('\n').at(-1)), wallMs: r.ms };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Loa's pages-only rebuild of a corpus against Starlight's build of the same directives, side by side: three
 * runs of each, alternating, medians of wall and CPU time, and per 1,000 pages.
 */
function sideBySide(corpus, outDir) {
  const dir = join(root, '.bench', `starlight-${outDir.split('/').at(-1)}`);
  const starlightPages = writeStarlightSite(corpus, dir, root);
  const extra = { LOA_CONTENT_DIR: corpus, LOA_OUT_DIR: outDir, LOA_FULL_BUILD: '1' };
  const loa = [];
  const starlight = [];
  // One Starlight build first: its content store and Vite's dependency cache are then warm, as Loa's are.
  childBuild({}, ['--starlight', dir]);
  for (let i = 0; i < 3; i++) {
    loa.push(childBuild(extra));
    starlight.push(childBuild({}, ['--starlight', dir]));
  }
  const loaPages = countPages(outDir);
  const side = (runs, pages) => ({
    pages,
    wallS: median(runs.map((r) => r.wallMs)) / 1000,
    cpuS: median(runs.map((r) => r.cpuS)),
    wallPer1000S: median(runs.map((r) => r.wallMs)) / pages,
  });
  rmSync(join(root, '.bench'), { recursive: true, force: true });
  return { loa: side(loa, loaPages), starlight: side(starlight, starlightPages) };
}

/**
 * Bytes a reader's phone transfers on a cold visit to the search page until the first query's results are shown:
 * the page, its styles and scripts, any fonts, and Pagefind's script, wasm, index, filter and fragment files.
 * Text (HTML, CSS, JavaScript, JSON) counts gzipped (-9, as the browser test counts it); Pagefind's own files are
 * gzipped already and count as they are. Returns the total and the part under /pagefind/.
 */
async function queryBytes(dir, query) {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const counted = [];
  page.on('response', (r) => {
    counted.push(
      r
        .body()
        .then((body) => {
          const text = /^(text\/|application\/(javascript|json))/.test(r.headers()['content-type'] ?? '');
          return { url: r.url(), bytes: text ? gzipSync(body, { level: 9 }).length : body.length };
        })
        // A redirect or an aborted request has no body to count.
        .catch(() => ({ url: r.url(), bytes: 0 })),
    );
  });
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    // eslint-disable-next-line no-undef -- runs in the page
    () => /kết quả|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''),
    undefined,
    { timeout: 60000 },
  );
  await page.waitForTimeout(300);
  const rows = await Promise.all(counted);
  await browser.close();
  await server.close();
  const sum = (list) => list.reduce((a, r) => a + r.bytes, 0);
  return { total: sum(rows), pagefind: sum(rows.filter((r) => r.url.includes('/pagefind/'))), requests: rows.length };
}

/** Astro's "1m 32s" or "21.58s" in seconds. */
const astroSeconds = (text) => {
  const m = /(?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(text);
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
};
/**
 * Where the seconds of one `npm run build` went, from its log: linking the last site, Astro (all of it, and the
 * writing of pages), the search's folding and Pagefind, and what is left (start-up, hashing, the output check).
 */
function phases(log, ms) {
  const plain = stripVTControlCharacters(log);
  const grab = (re) => {
    const m = re.exec(plain);
    return m ? astroSeconds(m[1]) : NaN;
  };
  const link = Number(/last site's \d+ files linked in ([\d.]+) s/.exec(plain)?.[1] ?? 0);
  const astro = grab(/page\(s\) built in ([\dm.\s]+s)/);
  const pagesWritten = grab(/ generating static routes [\s\S]*?✓ Completed in ([\dm.\s]+s)/);
  const search = /search: (\d+) of \d+ pages folded in ([\d.]+) s, Pagefind indexed \d+ in ([\d.]+) s/.exec(plain);
  const routes = (plain.match(/├─ \//g) ?? []).length;
  const kept = (plain.match(/\(cached\)/g) ?? []).length;
  const foldS = Number(search?.[2] ?? NaN);
  const pagefindS = Number(search?.[3] ?? NaN);
  return {
    linkS: link,
    astroS: astro,
    pagesS: pagesWritten,
    written: routes - kept,
    kept,
    folded: Number(search?.[1] ?? NaN),
    foldS,
    pagefindS,
    restS: ms / 1000 - link - astro - foldS - pagefindS,
  };
}

const work = join(tmpdir(), 'loa-bench');
const statsFile = join(work, 'render-stats.jsonl');
// Outputs inside the checkout, as `npm run build` has it (Astro keeps its prerender chunks beside them).
const outRoot = join(root, 'node_modules/.cache/loa-bench');
const astroCaches = join(root, 'node_modules/.astro');

/** Astro's content caches of the bench's content folders (one per folder, see astro.config.mjs). */
function removeOwnAstroCaches() {
  if (!existsSync(astroCaches)) return;
  for (const d of readdirSync(astroCaches).map((name) => join(astroCaches, name))) {
    const store = join(d, 'data-store.json');
    if (existsSync(store) && readFileSync(store, 'utf8').includes(work)) rmSync(d, { recursive: true, force: true });
  }
}

async function benchSite(name, contentDir, outDir, editFile, compare = false) {
  // Cold: its own render cache (LOA_RENDER_CACHE) and a content folder no earlier build has seen, so nothing
  // drawn by another build or session is reused, and nobody else's cache is emptied.
  const renders = join(work, `renders-${outDir.split('/').at(-1)}`);
  // Videos too: the cold build encodes every one, the pages-only rebuild reads them back.
  const videos = join(work, `videos-${outDir.split('/').at(-1)}`);
  for (const dir of [renders, videos, outDir, statsFile]) rmSync(dir, { recursive: true, force: true });
  const extra = {
    LOA_CONTENT_DIR: contentDir,
    LOA_OUT_DIR: outDir,
    LOA_RENDER_CACHE: renders,
    LOA_VIDEO_CACHE: videos,
  };
  const cold = childBuild({ ...extra, LOA_RENDER_STATS: statsFile });
  const coldVideos = videoCost(statsFile);
  const drawing = JSON.parse(
    run(node, [join(tools, 'bench-render.mjs'), statsFile], {})
      .stdout.trim()
      .split('\n')
      .at(-1),
  );
  const pages = countPages(outDir);
  // Pages only: every page and file written again (LOA_FULL_BUILD), every image read back from the render cache.
  rmSync(statsFile, { force: true });
  const pagesOnly = childBuild({ ...extra, LOA_FULL_BUILD: '1', LOA_RENDER_STATS: statsFile });
  const cachedVideos = videoCost(statsFile);
  // One directive's text edited, then `npm run build`: the incremental path (src/build/incremental.ts), which
  // writes again what the edit reaches and re-indexes.
  appendFileSync(editFile, '\nĐề nghị các đơn vị báo cáo kết quả trước ngày 30.\n');
  const edit = run(node, [join(tools, 'build.mjs')], extra);
  // A new directive: a copy of the edited one under a number no other document has.
  const added = join(editFile, '..', '99999-bench-moi.md');
  writeFileSync(added, readFileSync(editFile, 'utf8').replace(/^number: .*$/m, 'number: 99999/BENCH-MOI'));
  const add = run(node, [join(tools, 'build.mjs')], extra);
  const nothing = run(node, [join(tools, 'build.mjs')], extra);
  const search = await queryBytes(outDir, 'cai dat');
  // Starlight beside the smallest corpus only: at 10,000 pages its own sidebar alone makes each page heavy.
  const starlight = compare ? sideBySide(contentDir, outDir) : undefined;
  return {
    name,
    pages,
    coldBuildS: cold.wallMs / 1000,
    coldCpuS: cold.cpuS,
    pagesPerSecond: pages / (cold.wallMs / 1000),
    peakMemoryMb: Math.max(cold.maxRssMb, pagesOnly.maxRssMb),
    peakOneProcessMb: Math.max(cold.maxOneRssMb, pagesOnly.maxOneRssMb),
    pagesOnlyRebuildS: pagesOnly.wallMs / 1000,
    oneEditRebuildS: edit.ms / 1000,
    oneEditPhases: phases(edit.stdout, edit.ms),
    addedRebuildS: add.ms / 1000,
    addedPhases: phases(add.stdout, add.ms),
    nothingChangedS: nothing.ms / 1000,
    distMb: dirSize(outDir) / 1e6,
    pagefindIndexMb: dirSize(join(outDir, 'pagefind')) / 1e6,
    searchQueryKb: search.total / 1024,
    searchPagefindKb: search.pagefind / 1024,
    searchRequests: search.requests,
    loadAverage: loadavg()[0],
    renders: drawing,
    starlight,
    videos: { cold: coldVideos, cached: cachedVideos, mb: dirSize(videos) / 1e6 },
  };
}

/**
 * What the videos cost in one build, apart from everything else: from the stats file, each video's time made
 * (frames composed, encoded; two at a time on the two cores) or read back from the video cache.
 */
function videoCost(file) {
  const lines = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const made = lines.filter((l) => l.kind === 'video');
  const byKind = {};
  for (const l of made) (byKind[l.phase] ??= []).push(l.ms);
  return {
    count: made.length,
    totalS: made.reduce((a, l) => a + l.ms, 0) / 1000,
    medianMsByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [`${k} (n=${v.length})`, median(v)])),
  };
}

// Cold means cold: no content store left by an earlier run of the bench either.
removeOwnAstroCaches();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const sites = [];
if (withReal) {
  const content = join(work, 'real-content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const first = readdirSync(join(content, 'directives')).sort()[0];
  sites.push(await benchSite('real site', content, join(outRoot, 'real'), join(content, 'directives', first)));
}
for (const n of sizes) {
  const dir = join(work, `corpus-${n}`);
  run(node, [join(tools, 'generate-corpus.mjs'), dir, String(n), '50']);
  const first = readdirSync(join(dir, 'directives')).sort()[1];
  const compare = n === sizes[0] && !flag('no-starlight');
  sites.push(
    await benchSite(`corpus ${n}×50`, dir, join(outRoot, `corpus-${n}`), join(dir, 'directives', first), compare),
  );
}
removeOwnAstroCaches();

const real = sites.find((s) => s.name === 'real site');
const customiser =
  real && !flag('no-customiser') ? await benchCustomiser(join(outRoot, 'real'), '/ap-phich/tu-tao/') : null;

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  targets: { corpus10000BuildS: 120, peakMemoryMb: 2048, firstSearchKb: 150, firstPdfS: 3, csv100S: 60 },
  sites,
  customiser,
  renders: (real ?? sites[0]).renders,
};

const fmt = (n, d = 1) => (typeof n === 'number' ? n.toFixed(d) : String(n));
const table = [
  '| site | pages | cold build (s) | CPU (s) | pages/s | peak memory, all processes (MB) | largest process (MB) | pages-only rebuild (s) | one edit, rebuilt and re-indexed (s) | one edit: link / Astro (writing) / fold / Pagefind / rest (s) | one edit: routes written / kept | a directive added (s) | nothing changed (s) | dist (MB) | Pagefind index (MB) | first search “cai dat”, cold visit (KB) | load |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...sites
    .map((s) =>
      [
        s.name,
        s.pages,
        fmt(s.coldBuildS),
        fmt(s.coldCpuS),
        fmt(s.pagesPerSecond),
        fmt(s.peakMemoryMb, 0),
        fmt(s.peakOneProcessMb, 0),
        fmt(s.pagesOnlyRebuildS),
        fmt(s.oneEditRebuildS),
        ((p) =>
          `${fmt(p.linkS)} / ${fmt(p.astroS)} (${fmt(p.pagesS)}) / ${fmt(p.foldS)} / ${fmt(p.pagefindS)} / ${fmt(p.restS)}`)(
          s.oneEditPhases,
        ),
        `${s.oneEditPhases.written} / ${s.oneEditPhases.kept}`,
        fmt(s.addedRebuildS),
        fmt(s.nothingChangedS, 2),
        fmt(s.distMb),
        fmt(s.pagefindIndexMb, 2),
        fmt(s.searchQueryKb, 0),
        fmt(s.loadAverage),
      ].join(' | '),
    )
    .map((row) => `| ${row} |`),
];
console.log(`\n${table.join('\n')}`);
console.log(
  '\n| site | videos | made: summed time (s) | share of the cold build (s, two at a time) | read back: summed (s) | video cache (MB) |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const s of sites) {
  const v = s.videos;
  console.log(
    `| ${s.name} | ${v.cold.count} | ${fmt(v.cold.totalS)} | ${fmt(v.cold.totalS / 2)} | ${fmt(v.cached.totalS, 2)} | ${fmt(v.mb)} |`,
  );
}
console.log('\n| video (first site) | ms each, made (median) |\n| --- | ---: |');
for (const [k, v] of Object.entries((real ?? sites[0]).videos.cold.medianMsByKind))
  console.log(`| ${k} | ${fmt(v, 0)} |`);
for (const [k, v] of Object.entries((real ?? sites[0]).videos.cached.medianMsByKind))
  console.log(`| ${k} | ${fmt(v, 0)} |`);
console.log('\n| image (first site, cold) | ms each (median) |\n| --- | ---: |');
for (const [k, v] of Object.entries(result.renders)) console.log(`| ${k} | ${fmt(v, 0)} |`);
if (customiser) {
  const c = customiser;
  console.log(
    `\n| customiser | value | target |\n| --- | ---: | ---: |\n| first PDF after load (s) | ${fmt(c.firstPdfS, 2)} | ≤ 3 |\n| 100-row CSV to zip (s) | ${fmt(c.csv100S)} | ≤ 60 |\n| transfer, gzip (KB): scripts / fonts / wasm / other / total | ${[c.transferKb.scripts, c.transferKb.fonts, c.transferKb.wasm, c.transferKb.other, c.transferKb.total].map((n) => fmt(n, 0)).join(' / ')} | reported |\n| 1,000 good rows to zip: s / files / longest main-thread block (ms) / peak JS heap (MB) | ${[c.batches.good1000.seconds, c.batches.good1000.files, c.batches.good1000.longestBlockMs, c.batches.good1000.peakHeapMb].map((n) => fmt(n, 0)).join(' / ')} | reported |\n| 5,000 mixed rows (half refused) to zip: s / files / longest block (ms) / peak heap (MB) | ${[c.batches.mixed5000.seconds, c.batches.mixed5000.files, c.batches.mixed5000.longestBlockMs, c.batches.mixed5000.peakHeapMb].map((n) => fmt(n, 0)).join(' / ')} | reported |`,
  );
}
for (const s of sites.filter((x) => x.starlight)) {
  const { loa, starlight } = s.starlight;
  console.log(
    `\n| ${s.name}, side by side (medians of 3) | pages | wall (s) | CPU (s) | wall per 1,000 pages (s) |\n| --- | ---: | ---: | ---: | ---: |\n` +
      [
        ['Loa, pages-only rebuild (search included)', loa],
        ['Astro Starlight, `astro build` (Pagefind included)', starlight],
      ]
        .map(([label, x]) => `| ${label} | ${x.pages} | ${fmt(x.wallS)} | ${fmt(x.cpuS)} | ${fmt(x.wallPer1000S)} |`)
        .join('\n'),
  );
}
const big = sites.find((s) => s.name.startsWith('corpus 10000'));
if (big)
  console.log(
    `\n10,000 directives: cold build ${fmt(big.coldBuildS)} s (target < 120 s): ${big.coldBuildS < 120 ? 'met' : 'MISSED'}; peak ${fmt(big.peakMemoryMb, 0)} MB (target < 2048): ${big.peakMemoryMb < 2048 ? 'met' : 'MISSED'}`,
  );
mkdirSync(join(root, 'scripts/bench-results'), { recursive: true });
writeFileSync(join(root, 'scripts/bench-results/latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log('written: scripts/bench-results/latest.json');
