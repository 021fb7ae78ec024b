// Per-image render times from the last corpus build's stats file (see scripts/bench.mjs).
import { existsSync, readFileSync } from 'node:fs';
const file = process.argv[2] ?? process.env.LOA_RENDER_STATS;
const out = {};
if (file && existsSync(file)) {
  const by = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { kind, phase, ms } = JSON.parse(line);
    const k = `${kind} ${phase}`;
    by.set(k, [...(by.get(k) ?? []), ms]);
  }
  for (const [k, v] of [...by].sort()) {
    v.sort((a, b) => a - b);
    out[`${k} (n=${v.length})`] = v[Math.floor(v.length / 2)];
  }
}
console.log(JSON.stringify(out));
