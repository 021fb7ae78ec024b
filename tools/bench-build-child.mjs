// One astro build in this process, so its peak memory is this process's.
// Prints one JSON line: { ms, maxRssMb }.
import { build } from 'astro';
const t0 = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
