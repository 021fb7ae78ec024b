import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Whether `npm run build` may build only what changed, and how it starts. Astro's incremental build
 * (`experimental.incrementalBuild`) keeps a page whose key and code are as they were; it trusts its cache folder
 * to describe the output the new site starts from. That holds only when the last build of this content folder
 * went to this output folder, nobody touched that folder since, and nothing outside the pages' keys changed
 * (Loa's or Astro's version, the settings). Anything else: a full build, and one line saying why.
 */
export interface Provenance {
  /** The output folder the last build of this content folder (this Astro cache) wrote. */
  outDir: string;
  /** Names, sizes and change times of that folder right after (see `outputDigest`). */
  output: string;
  versions: string;
  settings: string;
  /** Astro's own record of the pages it wrote (`incremental-build.json`), as that build left it. */
  record: string;
}

/**
 * A digest of Astro's record of the last build in its cache folder; empty when there is none.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export function recordDigest(astroCacheDir: string): string {
  const file = join(astroCacheDir, 'incremental-build.json');
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '';
}

/** Names, sizes and change times of what is in `dir`: a hand edit or a half-deleted folder shows up here. */
export function outputDigest(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        h.update(`${relative(dir, p)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return h.digest('hex');
}

/**
 * Loa's and Astro's versions: a new release of either may write any page differently.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export function versionsOf(root: string): string {
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  return `loa ${version(join(root, 'package.json'))}, astro ${version(join(root, 'node_modules/astro/package.json'))}`;
}

/**
 * The campaign's settings and own wording: every page shows some of them.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export function settingsDigest(contentDir: string): string {
  const h = createHash('sha256');
  for (const f of ['settings.yaml', 'strings/vi.yaml']) {
    const p = join(contentDir, f);
    h.update(f)
      .update('\0')
      .update(existsSync(p) ? readFileSync(p) : '');
  }
  return h.digest('hex');
}

/** Why the last build cannot be the start of this one, or undefined when it can. */
export function whyFull(previous: Provenance | undefined, now: Omit<Provenance, 'output'>): string | undefined {
  if (process.env.LOA_FULL_BUILD) return 'LOA_FULL_BUILD is set';
  if (!previous) return 'no earlier build of this content folder is known';
  if (!existsSync(now.outDir)) return `${now.outDir} is missing`;
  if (previous.outDir !== now.outDir) return `the last build of this content went to ${previous.outDir}`;
  if (previous.versions !== now.versions) return `${previous.versions} built the last one, ${now.versions} this one`;
  if (previous.settings !== now.settings) return 'the settings or the campaign’s wording changed';
  if (previous.record !== now.record) return 'a build since the last finished one stopped half-way';
  if (previous.output !== outputDigest(now.outDir)) return `${now.outDir} was changed since the last build`;
  return undefined;
}

/**
 * The record of the last build of a content folder, if any.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export function readProvenance(file: string): Provenance | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Provenance;
  } catch {
    return undefined;
  }
}

/**
 * Records a finished build, once its site is the output folder.
 * @public scripts/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export function writeProvenance(file: string, p: Provenance): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(p));
}

/**
 * The last site, as hard links, in the empty folder `to`: 22,000 files of 10,000 directives in about a second,
 * and no byte copied. Astro then finds every unchanged page in place; a page it writes again is unlinked first
 * (src/astro/incremental-output.ts), so the site being served never changes under a running build. Hidden
 * entries are the build's own and stay out. Returns how many files were linked.
 */
export function linkTree(from: string, to: string): number {
  let n = 0;
  const walk = (rel: string) => {
    mkdirSync(join(to, rel), { recursive: true });
    for (const e of readdirSync(join(from, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else {
        linkSync(join(from, r), join(to, r));
        n++;
      }
    }
  };
  walk('');
  return n;
}
