// One forced `npm run build` (scripts/build.mjs: astro build, then the search index), or the Starlight yardstick's
// `astro build`, in a child process, with the
// memory of every process it starts (Astro, its voice thread, Pagefind's indexer) sampled together every 250 ms.
// Prints one JSON line: { ms, maxRssMb, maxOneRssMb, cpuS } (cpuS: user + system time of all of them).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const PAGE = 4096;

/** Resident memory in bytes of `pid` and every process below it. */
function treeRss(pid) {
  const parent = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      rss.set(Number(name), Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (p) => {
    for (let q = p; q; q = parent.get(q)) if (q === pid) return true;
    return false;
  };
  let sum = 0;
  let one = 0;
  for (const [p, bytes] of rss)
    if (inTree(p)) {
      sum += bytes;
      one = Math.max(one, bytes);
    }
  return { sum, one };
}

/** CPU seconds of this process's waited-for children (utime + stime of the reaped tree), from /proc. */
function childrenCpuS() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (100 a second on Linux).
  return (Number(f[13]) + Number(f[14])) / 100;
}

const t0 = performance.now();
// `--starlight DIR`: the bench's Starlight site (scripts/lib/bench-starlight.mjs), built as its users build it.
const starlight = process.argv[2] === '--starlight' ? process.argv[3] : undefined;
const child = starlight
  ? spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: starlight,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
  : spawn(process.execPath, [join(root, 'scripts/build.mjs')], {
      env: { ...process.env, LOA_FORCE_BUILD: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
let maxRss = 0;
let maxOne = 0;
const timer = setInterval(() => {
  const { sum, one } = treeRss(child.pid);
  maxRss = Math.max(maxRss, sum);
  maxOne = Math.max(maxOne, one);
}, 250);
const code = await new Promise((ok) => child.on('close', ok));
clearInterval(timer);
if (code !== 0) {
  process.stderr.write(stderr);
  process.exit(code ?? 1);
}
console.log(
  JSON.stringify({
    ms: performance.now() - t0,
    maxRssMb: maxRss / 2 ** 20,
    maxOneRssMb: maxOne / 2 ** 20,
    cpuS: childrenCpuS(),
  }),
);
