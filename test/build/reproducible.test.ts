import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { MINI, buildCampaign } from '../support/fixture-build';

/** Files that may differ between two builds of the same content, and why. None today. */
const ALLOWED_TO_DIFFER: Array<{ path: RegExp; why: string }> = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
function hashes(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/**
 * One cold build: a render cache of its own that starts empty, so no poster, slide, frame or voice of this
 * build is a file another build drew; and an output folder of its own. Videos keep their shared cache
 * (LOA_VIDEO_CACHE, not reset here: encoding them twice more would cost minutes): each video's key is the hash
 * of the frames' and voice's bytes this build drew afresh, so the same key still proves the same inputs; that
 * the encoder turns the same inputs into the same bytes is test/unit/video.test.ts's job.
 */
function coldBuild(
  content: string,
  env: Record<string, string> = {},
): { outDir: string; cache: string; drawn: number } {
  const cache = mkdtempSync(join(tmpdir(), 'loa-render-cache-'));
  expect(readdirSync(cache)).toEqual([]);
  const before = process.env.LOA_RENDER_CACHE;
  process.env.LOA_RENDER_CACHE = cache;
  try {
    const built = buildCampaign(content, undefined, undefined, env);
    expect(built.status, built.output).toBe(0);
    // The build drew into this cache, not into the shared one: otherwise the two builds would not be cold.
    const drawn = files(cache).length;
    expect(drawn, `nothing was drawn into ${cache}`).toBeGreaterThan(0);
    return { outDir: built.outDir, cache, drawn };
  } finally {
    if (before === undefined) delete process.env.LOA_RENDER_CACHE;
    else process.env.LOA_RENDER_CACHE = before;
  }
}

/**
 * Builds a campaign twice, one build after the other, each cold, and compares every file byte for byte.
 * Both builds read one copy of the content at one path: the build names its content files in what it
 * writes (relative paths), so the copy keeps the two comparable, and gives the pair an Astro content
 * store of their own, apart from any other build of the same folder.
 */
function buildTwiceAndCompare(contentDir: string, kinds: string[]): void {
  const content = mkdtempSync(join(tmpdir(), 'loa-reproducible-'));
  cpSync(contentDir, content, { recursive: true });
  const first = coldBuild(content);
  const second = coldBuild(content);
  expect(second.outDir).not.toBe(first.outDir);
  expect(second.cache).not.toBe(first.cache);
  const a = hashes(first.outDir);
  const b = hashes(second.outDir);
  // The drawn kinds are there: a build that drew nothing would compare equal and prove nothing.
  const present = new Set([...a.keys()].map((k) => extname(k)));
  expect(kinds.filter((k) => !present.has(k))).toEqual([]);
  expect(a.size).toBeGreaterThan(20);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a.keys()].filter(
    (k) => a.get(k) !== b.get(k) && !ALLOWED_TO_DIFFER.some((x) => x.path.test(k)),
  );
  expect(differing).toEqual([]);
  for (const dir of [first.outDir, second.outDir, first.cache, second.cache, content])
    rmSync(dir, { recursive: true, force: true });
}

describe('two cold builds of the same content are byte for byte the same', () => {
  it('the second campaign (test/fixtures/campaign-mini)', { timeout: 300_000 }, () => {
    buildTwiceAndCompare(MINI, ['.html', '.pdf', '.png', '.jpg', '.zip', '.pf_fragment', '.atom', '.mp4']);
  });

  // The real campaign: every kind of file the generator makes (clips' frames, voices, the visitor notices in
  // four scripts). Its site as `npm run build` keeps it in dist/ (brought up to date first: a skip when it is,
  // incremental and from warm caches when not) against one cold build of the same folder, with a render cache, an
  // Astro cache and an output folder of its own, all empty. Equal bytes say both that a cold build repeats and
  // that the incremental, cached path writes what a clean build writes. The builds run one after the other.
  it('the real campaign (content/): dist/ as `npm run build` keeps it, and a cold build', { timeout: 600_000 }, () => {
    const dist = join(process.cwd(), 'dist');
    const current = buildCampaign('content', dist, undefined, { LOA_FORCE_BUILD: '' });
    expect(current.status, current.output).toBe(0);
    const cold = coldBuild('content', {
      LOA_FULL_BUILD: '1',
      LOA_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'loa-astro-')),
    });
    const a = hashes(dist);
    const b = hashes(cold.outDir);
    const present = new Set([...a.keys()].map((k) => extname(k)));
    expect(
      ['.html', '.pdf', '.png', '.jpg', '.webp', '.mp3', '.mp4', '.zip', '.pf_fragment', '.atom'].filter(
        (k) => !present.has(k),
      ),
    ).toEqual([]);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(
      [...a.keys()].filter((k) => a.get(k) !== b.get(k) && !ALLOWED_TO_DIFFER.some((x) => x.path.test(k))),
    ).toEqual([]);
    for (const dir of [cold.outDir, cold.cache]) rmSync(dir, { recursive: true, force: true });
  });
});
