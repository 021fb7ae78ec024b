import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { MINI } from '../support/fixture-build';
import { recoverLeftovers, replaceOutput, stagingDir } from '../../scripts/lib/staged-output.mjs';

// A bad file never takes the site down: each build below fails in another phase, and the output folder must come
// out of it exactly as it was, byte for byte, with nothing added (hidden files included).

/** Every file and folder under `dir`, hidden ones too, with a hash of each file. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const e of readdirSync(join(dir, at), { withFileTypes: true })) {
      const p = at ? `${at}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.set(`${p}/`, 'folder');
        walk(p);
      } else
        out.set(
          p,
          createHash('sha256')
            .update(readFileSync(join(dir, p)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return out;
}

/** What differs between two snapshots, as readable lines (an empty list when none). */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  return [
    ...[...before.keys()].filter((k) => !after.has(k)).map((k) => `gone: ${k}`),
    ...[...after.keys()].filter((k) => !before.has(k)).map((k) => `added: ${k}`),
    ...[...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).map((k) => `changed: ${k}`),
  ];
}

// Inside the checkout, as test/support/fixture-build.ts explains; a folder of this file's own.
const ROOT = join(process.cwd(), 'node_modules/.cache/loa-test-builds');

/** A copy of the mini campaign of this test's own (its own content cache, so no other test's build races it). */
function campaign(edit?: { file: string; to: (text: string) => string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'loa-atomic-'));
  cpSync(MINI, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit.to(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return dir;
}

const buildEnv = (content: string, out: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  LOA_FORCE_BUILD: '1',
  LOA_CONTENT_DIR: content,
  LOA_OUT_DIR: out,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...extra,
});

/** `npm run build`'s script; its exit status and all it printed. A build that had to be killed is a failure here. */
function build(content: string, out: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: buildEnv(content, out, extra),
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(r.signal, 'the build was killed by the test’s time limit').toBeNull();
  return { status: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
}

describe('the output folder changes whole or not at all', () => {
  mkdirSync(ROOT, { recursive: true });
  const out = join(mkdtempSync(join(ROOT, 'atomic-')), 'site');
  const good = campaign();
  let before = new Map<string, string>();

  it('a build into a new folder fails before writing anything: there is still no folder, and it says so', () => {
    const r = build(campaign({ file: 'directives/55-syt-vp.mdx', to: (s) => s.replace(/^subject:.*\n/m, '') }), out);
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/55-syt-vp\.mdx/);
    expect(r.output).toMatch(/chưa có bản dựng nào: bản dựng này dừng lại trước khi xong/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
  });

  it('a good build makes the site, says so, and leaves nothing beside it', () => {
    const r = build(good, out);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/site\/ giờ là bản dựng mới, lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}\./);
    before = snapshot(out);
    expect(before.size).toBeGreaterThan(20);
    expect([...before.keys()].filter((k) => k.split('/').some((s) => s.startsWith('.')))).toEqual([]);
    expect(before.has('index.html') && before.has('pagefind/pagefind.js')).toBe(true);
    expect(readdirSync(dirname(out))).toEqual(['site']);
  });

  const failures: Array<{
    name: string;
    edit?: { file: string; to: (s: string) => string };
    env?: Record<string, string>;
    says: RegExp;
  }> = [
    {
      name: 'a schema error in one file (caught while syncing content)',
      edit: { file: 'directives/55-syt-vp.mdx', to: (s) => s.replace('date: 2022-03-15', 'date: 2022-02-30') },
      says: /55-syt-vp\.mdx: trường "date"/,
    },
    {
      name: 'a duplicate number (caught across files)',
      edit: {
        file: 'directives/zz-dup.mdx',
        to: () => readFileSync(join(MINI, 'directives/55-syt-vp.mdx'), 'utf8'),
      },
      says: /số ký hiệu 55\/SYT-VP trùng với/,
    },
    {
      name: 'copy too long for a poster (caught while drawing)',
      edit: {
        file: 'measures/01-bien-phap-1.mdx',
        to: (s) =>
          s.replace(
            'headline: Cài Sổ Sức khỏe điện tử',
            'headline: Cài Sổ Sức khỏe điện tử ngay hôm nay để lưu giữ hồ sơ sức khỏe, lịch tiêm chủng và kết quả khám bệnh của cả gia đình bạn',
          ),
      },
      says: /01-bien-phap-1\.mdx: trường "poster\.headline": .*chữ quá dài/,
    },
    {
      name: 'a broken strings file',
      edit: { file: 'strings/vi.yaml', to: () => 'measures.heading: "Hai biện pháp\nsite.title: [\n' },
      says: /strings\/vi\.yaml/,
    },
    {
      name: 'the search indexer failing',
      // Pagefind's own wrapper runs whatever binary these name: one that exits 1 at once.
      env: { PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false', PAGEFIND_BINARY_PATH: '/bin/false' },
      says: /Pagefind stopped \(exit code 1\)/,
    },
  ];
  it('an incremental build that wrote pages again and then failed: the last good site stays, byte for byte', () => {
    expect(before.size, 'the good build above made a site').toBeGreaterThan(20);
    // The good content, edited: the new site starts as links to the served one and writes the edited pages again.
    const file = join(good, 'directives/55-syt-vp.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Về việc kết quả', 'Về việc báo cáo kết quả'));
    try {
      const r = build(good, out, { PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false', PAGEFIND_BINARY_PATH: '/bin/false' });
      expect(r.status, r.output).not.toBe(0);
      expect(r.output).toMatch(/loa: incremental: the last site's \d+ files linked/);
      expect(r.output).toMatch(/├─ \/van-ban\/55-syt-vp\/index\.html(?! \(cached\))/);
      expect(r.output).toMatch(/Pagefind stopped \(exit code 1\)/);
      expect(changes(before, snapshot(out))).toEqual([]);
      expect(readdirSync(dirname(out))).toEqual(['site']);
    } finally {
      writeFileSync(file, text);
    }
    // Astro's record now describes the site that failed: the next build trusts none of it.
    const next = build(good, out);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toContain('building every page and file: a build since the last finished one stopped half-way');
    expect(changes(before, snapshot(out)).filter((c) => !c.startsWith('changed: '))).toEqual([]);
  });

  for (const f of failures)
    it(`${f.name}: the last good site stays, byte for byte, and the log says so`, () => {
      expect(before.size, 'the good build above made a site').toBeGreaterThan(20);
      const r = build(f.edit ? campaign(f.edit) : good, out, f.env);
      expect(r.status, r.output).not.toBe(0);
      expect(r.status).not.toBeNull();
      expect(r.output).toMatch(f.says);
      expect(r.output).toMatch(
        /site\/ giữ nguyên bản dựng trước, lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}: bản dựng này dừng lại/,
      );
      expect(changes(before, snapshot(out))).toEqual([]);
      expect(readdirSync(dirname(out))).toEqual(['site']);
    });

  it('a build killed while its pages are written leaves the last good site, and the next one cleans up', async () => {
    expect(before.size, 'the good build above made a site').toBeGreaterThan(20);
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      env: buildEnv(good, out),
      detached: true,
      stdio: 'ignore',
    });
    const stage = stagingDir(out, child.pid);
    const pagesWritten = () =>
      existsSync(stage) ? readdirSync(stage, { recursive: true }).filter((f) => String(f).endsWith('.html')).length : 0;
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const deadline = Date.now() + 180_000;
    while (pagesWritten() < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(pagesWritten(), 'the build got as far as writing pages').toBeGreaterThanOrEqual(3);
    // The whole group, as a power cut or the out-of-memory killer would: no handler runs.
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(changes(before, snapshot(out))).toEqual([]);
    expect(readdirSync(dirname(out)).sort()).toEqual([basename(stage), 'site'].sort());

    const next = build(good, out);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toContain(`removed what a stopped build left (${basename(stage)})`);
    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after.keys()].filter((k) => k.split('/').some((s) => s.startsWith('.')))).toEqual([]);
    // The old site is deleted by a process of its own once the new one is in place.
    const deadline2 = Date.now() + 30_000;
    while (readdirSync(dirname(out)).length > 1 && Date.now() < deadline2) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dirname(out))).toEqual(['site']);
  });

  it('a failed build leaves no stamp that would make the next one skip', () => {
    const broken = campaign({
      file: 'directives/zz-dup.mdx',
      to: () => readFileSync(join(good, 'directives/55-syt-vp.mdx'), 'utf8'),
    });
    const unforced = { LOA_FORCE_BUILD: '' };
    const first = build(broken, out, unforced);
    expect(first.status, first.output).not.toBe(0);
    const again = build(broken, out, unforced);
    expect(again.output).not.toMatch(/nothing changed since the last build/);
    expect(again.status, again.output).not.toBe(0);
    expect(changes(before, snapshot(out))).toEqual([]);
    // The stamp still describes the site in the folder: the good content, unforced, is skipped as unchanged.
    const unchanged = build(good, out, unforced);
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(unchanged.output).toMatch(/nothing changed since the last build/);
  });
});

describe('leftovers of stopped builds', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'loa-leftover-'));
  // No process has this id (Linux's ids stop far below it).
  const DEAD = 2 ** 30;

  it('puts back an old site moved aside by a build killed between its two renames', () => {
    const out = join(dir(), 'dist');
    const aside = join(dirname(out), `.dist.loa-old-${DEAD}`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'index.html'), 'old');
    expect(recoverLeftovers(out)).toEqual([
      `put back the site that a stopped build had moved aside (.dist.loa-old-${DEAD})`,
    ]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(dirname(out))).toEqual(['dist']);
  });

  it('removes a dead build’s staging folder and old site, and leaves a running build’s alone', () => {
    const out = join(dir(), 'dist');
    mkdirSync(out);
    for (const name of [
      `.dist.loa-next-${DEAD}`,
      `.dist.loa-old-${DEAD + 1}`,
      `.dist.loa-next-${process.pid}`,
      '.other',
    ])
      mkdirSync(join(dirname(out), name));
    expect(recoverLeftovers(out)).toHaveLength(2);
    expect(readdirSync(dirname(out)).sort()).toEqual(['.dist.loa-next-' + process.pid, '.other', 'dist']);
  });

  it('replaces a folder whole: the new files only, the old ones gone', async () => {
    const out = join(dir(), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.html'), 'old');
    const stage = stagingDir(out);
    mkdirSync(stage);
    writeFileSync(join(stage, 'index.html'), 'new');
    expect(replaceOutput(stage, out)).toBe('renamed');
    expect(readdirSync(out)).toEqual(['index.html']);
    const deadline = Date.now() + 30_000;
    while (readdirSync(dirname(out)).length > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dirname(out))).toEqual(['dist']);
  });

  it('into a folder that does not exist yet: one rename', () => {
    const out = join(dir(), 'dist');
    const stage = stagingDir(out);
    mkdirSync(stage);
    writeFileSync(join(stage, 'index.html'), 'new');
    expect(replaceOutput(stage, out)).toBe('renamed');
    expect(existsSync(stage)).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    renameSync(out, `${out}-x`);
    rmSync(`${out}-x`, { recursive: true });
  });
});
