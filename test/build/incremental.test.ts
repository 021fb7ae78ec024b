import { describe, expect, it } from 'vitest';
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
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MINI, buildCampaign } from '../support/fixture-build';

// One edit at a time on a copy of the mini campaign, each built incrementally into the same output folder, and
// each compared with a clean build of the same content: every file byte for byte. A clean build has an output
// folder and an Astro cache of its own, both empty (LOA_ASTRO_CACHE_DIR), so nothing of the chain reaches it.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
function hashes(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}
/** The files that differ between two sites, and those only one of them has: empty when they are the same. */
function differences(a: string, b: string): string[] {
  const x = hashes(a);
  const y = hashes(b);
  expect(x.size).toBeGreaterThan(50);
  return [
    ...[...x.keys()].filter((k) => !y.has(k)).map((k) => `only in the incremental build: ${k}`),
    ...[...y.keys()].filter((k) => !x.has(k)).map((k) => `only in the clean build: ${k}`),
    ...[...x.keys()].filter((k) => y.has(k) && x.get(k) !== y.get(k)).map((k) => `differs: ${k}`),
  ];
}
/** The routes Astro wrote again in a build (its log marks those it kept "(cached)"). */
function rendered(output: string): { written: string[]; kept: number } {
  const lines = output.split('\n').filter((l) => /├─ \//.test(l));
  return {
    written: lines.filter((l) => !l.includes('(cached)')).map((l) => /├─ (\S+)/.exec(l)![1]),
    kept: lines.filter((l) => l.includes('(cached)')).length,
  };
}

const content = mkdtempSync(join(tmpdir(), 'loa-incremental-'));
const out = join(process.cwd(), 'node_modules/.cache/loa-test-builds', `incremental-${process.pid}`);
const at = (f: string) => join(content, f);
const edit = (f: string, change: (text: string) => string) => writeFileSync(at(f), change(readFileSync(at(f), 'utf8')));

/** A directive as a Markdown file (the content sync renders it, not the bundler): its text names 300/UBND-VX. */
const planDoc = `---
number: 200/SYT-KH
type: kế hoạch
issuer:
  name: Sở Y tế tỉnh Thử Nghiệm
  parent: UBND tỉnh Thử Nghiệm
  header: [UBND TỈNH THỬ NGHIỆM, SỞ Y TẾ]
province: Thử Nghiệm
place: Thử Nghiệm
date: 2022-04-01
subject: Về việc kế hoạch cài đặt Sổ Sức khỏe điện tử quý II
recipients: [Các bệnh viện]
cites:
  - number: 55/SYT-VP
    date: 2022-03-15
  - number: 300/UBND-VX
    date: 2022-03-20
measures: [2]
source: fixture.txt
---

Căn cứ Báo cáo số 55/SYT-VP và Công văn số 300/UBND-VX, Sở Y tế lập kế hoạch như sau.
`;
const addedDoc = `---
number: 300/UBND-VX
type: công văn
issuer:
  name: UBND tỉnh Thử Nghiệm
  header: [ỦY BAN NHÂN DÂN, TỈNH THỬ NGHIỆM]
province: Thử Nghiệm
place: Thử Nghiệm
date: 2022-03-20
subject: V/v đẩy mạnh cài đặt Sổ Sức khỏe điện tử
recipients: [Sở Y tế]
measures: [1]
source: fixture.txt
---

Ủy ban nhân dân tỉnh đề nghị Sở Y tế đẩy mạnh việc cài đặt.
`;

/** Builds the content as it now is, incrementally into `out`, then clean, and compares the two. */
function buildAndCompare(expectIncremental: boolean) {
  const chain = buildCampaign(content, out);
  expect(chain.status, chain.output).toBe(0);
  const clean = buildCampaign(content, mkdtempSync(join(out, '..', 'clean-')), undefined, {
    LOA_FULL_BUILD: '1',
    LOA_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'loa-astro-cache-')),
  });
  expect(clean.status, clean.output).toBe(0);
  expect(clean.output).toContain('building every page and file: LOA_FULL_BUILD is set');
  expect(differences(chain.outDir, clean.outDir)).toEqual([]);
  rmSync(clean.outDir, { recursive: true, force: true });
  if (expectIncremental) expect(chain.output).toMatch(/loa: incremental: the last site's \d+ files linked/);
  return { ...rendered(chain.output), output: chain.output };
}

describe('an incremental build writes the same site as a clean build', { timeout: 600_000 }, () => {
  it('after each kind of change, and only what the change reaches', () => {
    cpSync(MINI, content, { recursive: true });
    writeFileSync(at('directives/200-syt-kh.md'), planDoc);
    mkdirSync(join(out, '..'), { recursive: true });

    const first = buildCampaign(content, out);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('building every page and file: no earlier build of this content folder is known');

    // Nothing changed: skipped, as before.
    const nothing = buildCampaign(content, out, undefined, { LOA_FORCE_BUILD: '' });
    expect(nothing.output).toMatch(/nothing changed since the last build/);

    // A subject: its page, the pages that show it (55 implements 100), the lists; not 200's page.
    edit('directives/100-byt-cntt.mdx', (t) => t.replace('V/v triển khai', 'V/v tăng cường triển khai'));
    const subject = buildAndCompare(true);
    expect(subject.kept).toBeGreaterThan(20);
    expect(subject.written).toEqual(expect.arrayContaining(['/van-ban/100-byt-cntt/index.html']));
    expect(subject.written).toEqual(expect.arrayContaining(['/van-ban/55-syt-vp/index.html', '/van-ban/index.html']));
    expect(subject.written).not.toContain('/van-ban/200-syt-kh/index.html');

    // A directive added whose number 200's text names: 200's page now links it.
    writeFileSync(at('directives/300-ubnd-vx.md'), addedDoc);
    const added = buildAndCompare(true);
    expect(added.written).toEqual(
      expect.arrayContaining(['/van-ban/300-ubnd-vx/index.html', '/van-ban/200-syt-kh/index.html']),
    );
    expect(added.written).not.toContain('/van-ban/100-byt-cntt/index.html');

    // The same directive deleted (its page goes, 200's link with it), and a cited document's number changed (its
    // file follows the number): 200 now names two numbers no longer on the site.
    rmSync(at('directives/300-ubnd-vx.md'));
    edit('directives/55-syt-vp.mdx', (t) => t.replace('number: 55/SYT-VP', 'number: 56/SYT-VP'));
    renameSync(at('directives/55-syt-vp.mdx'), at('directives/56-syt-vp.mdx'));
    const gone = buildAndCompare(true);
    expect(gone.written).toEqual(
      expect.arrayContaining(['/van-ban/56-syt-vp/index.html', '/van-ban/200-syt-kh/index.html']),
    );
    expect(existsSync(join(out, 'van-ban/300-ubnd-vx/index.html'))).toBe(false);
    expect(existsSync(join(out, 'van-ban/55-syt-vp'))).toBe(false);

    // A measure's wording: every page shows the measures' titles somewhere.
    edit('measures/01-bien-phap-1.mdx', (t) => t.replace('title: Cơ sở y tế', 'title: Cơ sở y tế và nhà thuốc'));
    buildAndCompare(true);

    // A UI string in the campaign's own wording, and a setting: every page shows some of them, so everything is
    // built again, and the log says why.
    mkdirSync(at('strings'), { recursive: true });
    writeFileSync(at('strings/vi.yaml'), 'nav.directives: Văn bản chỉ đạo\n');
    edit('settings.yaml', (t) => t.replace('tagline: Sổ Sức khỏe điện tử – hồ sơ', 'tagline: Sổ Sức khỏe – hồ sơ'));
    const wording = buildAndCompare(false);
    expect(wording.output).toContain('building every page and file: the settings or the campaign’s wording changed');
    expect(wording.kept).toBe(0);

    // And the next edit is incremental again.
    edit('directives/56-syt-vp.mdx', (t) => t.replace('Bổ sung số liệu', 'Bổ sung, cập nhật số liệu'));
    const again = buildCampaign(content, out);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/loa: incremental: the last site's \d+ files linked/);
    expect(rendered(again.output).written).toContain('/van-ban/56-syt-vp/index.html');
    rmSync(out, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });
});
