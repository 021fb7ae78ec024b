import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';

/**
 * The encoder: ffmpeg as the registry ships it inside @ffmpeg-installer's
 * platform package (x264, AAC, mov_text, loudnorm), or the one LOA_FFMPEG
 * names (a Debian ffmpeg, say). Never downloaded, never required on the system.
 */
let resolved: string | undefined;

/**
 * A binary that this user can run: npm here does not run install scripts, so
 * the exec bit is whatever the tarball had (0744 for a root-owned ffprobe).
 * Such a binary is copied once into the project's cache and made executable.
 */
export function runnable(path: string, what: string): string {
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    const dir = join(process.cwd(), 'node_modules/.cache/loa/bin');
    const copy = join(dir, basename(path));
    try {
      if (!existsSync(copy) || statSync(copy).size !== statSync(path).size) {
        mkdirSync(dir, { recursive: true });
        const part = `${copy}.${process.pid}.part`;
        copyFileSync(path, part);
        chmodSync(part, 0o755);
        // Builds run side by side: move into place in one step.
        copyFileSync(part, copy);
        chmodSync(copy, 0o755);
      }
      accessSync(copy, constants.X_OK);
      return copy;
    } catch (e) {
      throw new Error(
        `${what} (${path}) không chạy được và không chép được vào ${dir} (cannot make it executable): ` +
          `${(e as Error).message}. Cách sửa: chmod +x ${path}, hoặc đặt LOA_FFMPEG trỏ tới một ffmpeg khác`,
        { cause: e },
      );
    }
  }
}

export function ffmpegPath(): string {
  resolved ??= runnable(process.env.LOA_FFMPEG ?? ffmpegInstaller.path, 'ffmpeg');
  return resolved;
}

let version: string | undefined;

/** The encoder's own version line: a new ffmpeg (or x264 inside it) encodes every video again. */
export function ffmpegVersion(): string {
  if (version) return version;
  const out = spawnSync(ffmpegPath(), ['-version'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`ffmpeg -version failed: ${out.stderr}`);
  version = out.stdout.split('\n')[0];
  return version;
}

/** Runs ffmpeg and answers its standard error (where it prints measurements); a failure names the command. */
export function runFfmpeg(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(err)
        : reject(new Error(`ffmpeg ${args.join(' ')} failed (${code}): ${err.split('\n').slice(-8).join('\n')}`)),
    );
  });
}
