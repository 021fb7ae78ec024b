import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseFace, extraFaces } from '../i18n/scripts';

// LOA_RENDER_CACHE: another folder, so a benchmark can start cold without emptying everyone's cache.
const CACHE_ROOT = process.env.LOA_RENDER_CACHE ?? join(process.cwd(), 'node_modules/.cache/loa/renders');

const fingerprints = new Map<string, string>();

const isLogic = (name: string) => /\.(ts|json)$/.test(name) && !name.endsWith('.client.ts');

/**
 * A fingerprint of the renderer itself (its sources and the fonts' package),
 * so changing a layout invalidates every image it drew. `sources`: the files
 * and folders a layout is made of, when it is known to be fewer than all of
 * src/ (a video's frames: re-encoding every video for any edit costs minutes).
 */
export function rendererFingerprint(sources: string[] = ['src']): string {
  const id = sources.join('\n');
  const known = fingerprints.get(id);
  if (known) return known;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pages') walk(p);
      } else if (isLogic(e.name)) h.update(p).update(readFileSync(p));
    }
  };
  // Layouts live in the feature folders; pages, components and browser scripts draw nothing.
  for (const source of sources) {
    const path = join(process.cwd(), source);
    if (source.endsWith('.ts')) h.update(path).update(readFileSync(path));
    else walk(path);
  }
  // The fonts' versions too: a new release of any face of the scripts table redraws every image.
  for (const face of [baseFace(), ...extraFaces()]) {
    const fontPkg = join(process.cwd(), `node_modules/${face.package}/package.json`);
    if (existsSync(fontPkg)) h.update(readFileSync(fontPkg));
  }
  const fingerprint = h.digest('hex');
  fingerprints.set(id, fingerprint);
  return fingerprint;
}

export function cacheKey(kind: string, input: unknown): string {
  return createHash('sha256')
    .update(kind)
    .update(rendererFingerprint())
    .update(JSON.stringify(input))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Content-hash cache for generated files: an unchanged poster, slide or frame
 * is read back instead of drawn again on the next build.
 */
const inFlight = new Map<string, Promise<Record<string, string>>>();

export function cached(
  kind: string,
  key: string,
  names: string[],
  make: () => Promise<Record<string, Uint8Array>>,
): Promise<Record<string, string>> {
  return cachedIn(CACHE_ROOT, kind, key, names, make);
}

/** The same cache in another folder: videos keep theirs apart (src/video/), so a cold render cache keeps them. */
export function cachedIn(
  root: string,
  kind: string,
  key: string,
  names: string[],
  make: () => Promise<Record<string, Uint8Array>>,
): Promise<Record<string, string>> {
  // Pages render several at a time: two asking for the same image share one drawing.
  const id = `${root}/${kind}/${key}`;
  let job = inFlight.get(id);
  if (!job) {
    job = draw(join(root, kind, key), names, make);
    inFlight.set(id, job);
    job.catch(() => inFlight.delete(id));
  }
  return job;
}

async function draw(
  dir: string,
  names: string[],
  make: () => Promise<Record<string, Uint8Array>>,
): Promise<Record<string, string>> {
  const paths = Object.fromEntries(names.map((n) => [n, join(dir, n)]));
  if (names.every((n) => existsSync(paths[n]))) return paths;
  const files = await make();
  mkdirSync(dir, { recursive: true });
  for (const n of names) {
    if (!files[n]) throw new Error(`render cache: ${dir} did not get ${n}`);
    // Write then rename, so an interrupted build never leaves half a file behind as "cached".
    const tmp = `${paths[n]}.${process.pid}.tmp`;
    writeFileSync(tmp, files[n]);
    renameSync(tmp, paths[n]);
  }
  return paths;
}
