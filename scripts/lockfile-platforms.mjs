// The registry this project installs from lacks some other-platform builds of
// native packages (e.g. @pagefind/darwin-arm64@1.6.0), so `npm install` leaves
// them out of package-lock.json and `npm ci` then refuses the lock as out of
// sync. This adds them back as optional entries limited to their own platform,
// which npm ci skips on Linux without fetching. Run after any `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const os = [
    'android',
    'darwin',
    'win32',
    'windows',
    'freebsd',
    'linux',
    'openharmony',
    'netbsd',
    'openbsd',
    'sunos',
    'aix',
  ].find((o) => name.includes(`-${o}`) || name.includes(`/${o}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'].find((c) =>
    name.includes(c),
  );
  return { os: os === 'windows' ? 'win32' : os, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (packages[key] || packages[`${path}/${key}`]) continue;
    const { os, cpu } = platformOf(dep);
    const stub = { version, optional: true };
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (!os && !cpu) stub.os = ['none'];
    packages[key] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-platforms: added ${added} other-platform optional entries`);
