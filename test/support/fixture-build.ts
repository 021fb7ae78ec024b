import { stripVTControlCharacters } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

const TIMEOUT_MS = 240_000;

/** The environment of a fixture build: always built, into `outDir`, from `contentDir`, with a plain log. */
function buildEnv(contentDir: string, outDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LOA_FORCE_BUILD: '1',
    LOA_CONTENT_DIR: contentDir,
    LOA_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
}

/**
 * Runs `npm run build`'s script (astro build, then the search index) on a content folder; returns its exit
 * status and everything it printed. A build that did not exit by itself (killed at the timeout, by a signal, or
 * for printing more than the pipe holds) throws: its status would say nothing about the content, and a null or
 * 130 must never pass for "the build stopped on bad input".
 */
export function buildCampaign(
  contentDir: string,
  outDir = (mkdirSync(OUT_ROOT, { recursive: true }), mkdtempSync(join(OUT_ROOT, 'out-'))),
  /** The code to build with: this checkout, or a changed copy of it. */
  codeDir = process.cwd(),
  /** More of the build's environment (LOA_FULL_BUILD, LOA_ASTRO_CACHE_DIR). */
  env: Record<string, string> = {},
): { status: number; output: string; outDir: string } {
  const r = spawnSync(process.execPath, [join(codeDir, 'scripts/build.mjs')], {
    cwd: codeDir,
    env: buildEnv(contentDir, outDir, env),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
  if (r.error || r.signal !== null || r.status === null) {
    const why =
      (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
        ? `timed out after ${TIMEOUT_MS / 1000} s and was killed`
        : r.error
          ? `did not finish: ${r.error.message}`
          : `was killed by ${r.signal}`;
    throw new Error(
      `the build of ${contentDir} ${why} (status ${r.status}, signal ${r.signal})\n${output.slice(-4000)}`,
    );
  }
  return { status: r.status, output, outDir };
}

/**
 * A copy of this checkout's code (its node_modules linked) inside node_modules/.cache: a build there has Astro's
 * generated .astro/ folder of its own, so it may run while another build runs here.
 */
export function copyOfCode(prefix: string): string {
  const code = mkdtempSync(join(process.cwd(), 'node_modules/.cache', prefix));
  for (const f of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(f, join(code, f), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(code, 'node_modules'));
  return code;
}

/** `buildCampaign`, without blocking: for builds that run two at a time, each in a code folder of its own. */
export function buildCampaignAsync(
  contentDir: string,
  codeDir: string,
  outDir = (mkdirSync(OUT_ROOT, { recursive: true }), mkdtempSync(join(OUT_ROOT, 'out-'))),
): Promise<{ status: number; output: string; outDir: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(codeDir, 'scripts/build.mjs')], {
      cwd: codeDir,
      env: buildEnv(contentDir, outDir),
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const output = stripVTControlCharacters(text);
      if (signal !== null || status === null)
        fail(
          new Error(`the build of ${contentDir} was killed by ${signal} (status ${status})\n${output.slice(-4000)}`),
        );
      else done({ status, output, outDir });
    });
  });
}
