// One astro build in this process, so its peak memory is this process's.
// Prints one JSON line: { ms, maxRssMb, cpuS } (cpuS: this process's user + system time).
import { build } from 'astro';
const t0 = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const ms = performance.now() - t0;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({ ms, maxRssMb: usage.maxRSS / 1024, cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }),
);
