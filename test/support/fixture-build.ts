import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINI = join(process.cwd(), 'test/fixtures/campaign-mini');

/** A throw-away copy of the mini campaign, with one file changed by `edit`. */
export function brokenCampaign(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loa-bad-'));
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

// Output inside the checkout: Astro keeps its prerender chunks beside an outDir
// within the working directory, but puts those of an outDir elsewhere in one
// shared .astro/ folder, where two builds at once would trip over each other.
const OUT_ROOT = join(process.cwd(), 'node_modules/.cache/loa-test-builds');

/**
 * Runs `npm run build`'s script (astro build, then the search index) on a content folder; returns its exit
 * status and everything it printed.
 */
export function buildCampaign(
  contentDir: string,
  outDir = (mkdirSync(OUT_ROOT, { recursive: true }), mkdtempSync(join(OUT_ROOT, 'out-'))),
  /** The code to build with: this checkout, or a changed copy of it. */
  codeDir = process.cwd(),
): { status: number | null; output: string; outDir: string } {
  const r = spawnSync(process.execPath, [join(codeDir, 'tools/build.mjs')], {
    cwd: codeDir,
    env: {
      ...process.env,
      LOA_FORCE_BUILD: '1',
      LOA_CONTENT_DIR: contentDir,
      LOA_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), outDir };
}
