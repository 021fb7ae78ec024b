// @ts-check
// The output folder changes whole or not at all. A build writes into a staging folder beside it and, once pages,
// files, the output check and the search index have all succeeded, takes its place by renaming. A portal that
// serves the output folder, or a CI that deploys it, never sees half a site or an empty one.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { spawn } from 'node:child_process';

// Hidden siblings of the output folder, named by the build's process id: `.dist.loa-next-1234`. A sibling sits on
// the same file system, so the rename is one step; the id tells a killed build's leftovers from a running one's.
const LEFTOVER = /^(loa-next|loa-old)-(\d+)$/;

/** @param {string} outDir @param {'loa-next' | 'loa-old'} role @param {number} pid */
function sibling(outDir, role, pid) {
  return join(dirname(outDir), `.${basename(outDir)}.${role}-${pid}`);
}

/** Where this build writes its site before it replaces `outDir`. @param {string} outDir */
export function stagingDir(outDir, pid = process.pid) {
  return sibling(outDir, 'loa-next', pid);
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

/**
 * Cleans up after builds into `outDir` that were killed: a staging folder is removed; an old site that was moved
 * aside and never put back (a build killed between its two renames) becomes the output folder again.
 * Returns one line for each thing done, to print.
 * @param {string} outDir
 * @returns {string[]}
 */
export function recoverLeftovers(outDir) {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.`;
  if (!existsSync(parent)) return [];
  const done = [];
  for (const name of readdirSync(parent).sort()) {
    const m = name.startsWith(prefix) ? LEFTOVER.exec(name.slice(prefix.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === 'loa-old' && !existsSync(outDir)) {
      renameSync(path, outDir);
      done.push(`put back the site that a stopped build had moved aside (${name})`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed what a stopped build left (${name})`);
    }
  }
  return done;
}

/**
 * Removes `dir` in a process of its own, which goes on after this one exits: 10,000 pages take 2.3 s to delete.
 * Should it be stopped, the next build's `recoverLeftovers` finishes the job.
 * @param {string} dir
 */
function sweepLater(dir) {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    stdio: 'ignore',
    detached: true,
  }).unref();
}

/**
 * Puts the finished site in `stage` in the place of `outDir`. With no site there yet, one rename. Otherwise the
 * old site is renamed aside, the new one renamed in, and the old one deleted in the background: between the two
 * renames (microseconds) a reader would find no folder, never a mixed one, and a build killed right there is put
 * right by the next one. Where renaming the output folder is refused (a mount point, another file system), its
 * contents are replaced instead: not atomic, and said so.
 * @param {string} stage
 * @param {string} outDir
 * @returns {'renamed' | 'copied'}
 */
export function replaceOutput(stage, outDir) {
  if (!existsSync(outDir)) {
    renameSync(stage, outDir);
    return 'renamed';
  }
  const aside = sibling(outDir, 'loa-old', process.pid);
  try {
    renameSync(outDir, aside);
  } catch (e) {
    const code = /** @type {NodeJS.ErrnoException} */ (e).code;
    if (!['EXDEV', 'EBUSY', 'EPERM', 'EACCES', 'EINVAL'].includes(code ?? '')) throw e;
    for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
    for (const name of readdirSync(stage)) cpSync(join(stage, name), join(outDir, name), { recursive: true });
    rmSync(stage, { recursive: true, force: true });
    return 'copied';
  }
  try {
    renameSync(stage, outDir);
  } catch (e) {
    renameSync(aside, outDir);
    throw e;
  }
  sweepLater(aside);
  return 'renamed';
}

/**
 * When the site now in `outDir` was built, for the last line of the log ("lúc 10:20 ngày 03/12/2026"), or
 * undefined when there is none. The folder's own time: it changed last when the build that made it wrote it.
 * @param {string} outDir
 */
export function builtAt(outDir) {
  if (!existsSync(join(outDir, 'index.html'))) return undefined;
  const t = statSync(outDir).mtime;
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${two(t.getHours())}:${two(t.getMinutes())} ngày ${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()}`;
}
