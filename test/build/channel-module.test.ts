import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MINI, buildCampaign } from '../support/fixture-build';
import { serveStatic } from '../../scripts/lib/static-server';
import type { Catalogue } from '../../src/manifest/catalogue';
import { checkSite } from '../../src/manifest/post-build';
import { campaignFrom } from '../support/campaign';

// A new channel is one folder and one line: a copy of the code gets test/fixtures/channel-notes/ as
// src/channels/notes/ and its name in the registry, and nothing else of src/ changes. The core must then show it
// everywhere a channel appears.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('a channel added by a folder and one registry line', () => {
  const code = mkdtempSync(join(process.cwd(), 'node_modules/.cache/loa-channel-'));
  for (const f of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(f, join(code, f), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(code, 'node_modules'));
  cpSync('test/fixtures/channel-notes', join(code, 'src/channels/notes'), { recursive: true });
  const registry = join(code, 'src/channels/registry.ts');
  const before = readFileSync(registry, 'utf8');
  writeFileSync(registry, before.replace("  'search',\n", "  'notes',\n  'search',\n"));
  const built = buildCampaign(MINI, undefined, code);
  const out = built.outDir;
  const catalogue = () => JSON.parse(readFileSync(join(out, 'danh-muc.json'), 'utf8')) as Catalogue;
  const measures = () => catalogue().pages.filter((p) => p.kind === 'measure');

  it('changes no file of src/ but the registry, by one line', () => {
    const added = readFileSync(registry, 'utf8').split('\n').length - before.split('\n').length;
    expect(added).toBe(1);
    const changed = files('src').filter((f) => readFileSync(f, 'utf8') !== readFileSync(join(code, f), 'utf8'));
    expect(changed).toEqual(['src/channels/registry.ts']);
    const extra = files(join(code, 'src'))
      .map((f) => relative(code, f))
      .filter((f) => !f.startsWith('src/channels/notes/'))
      .filter((f) => {
        try {
          statSync(f);
          return false;
        } catch {
          return true;
        }
      });
    expect(extra).toEqual([]);
  });

  it('builds, and the output check passes with the channel’s pages and files', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/output matches the manifest/);
    expect(checkSite(out)).toEqual([]);
  });

  it('lists a page and a file per measure in danh-muc.json, and its list page', () => {
    const c = catalogue();
    expect(measures().length).toBe(2);
    expect(c.pages.filter((p) => p.kind === 'notes').map((p) => p.url)).toEqual(['/ghi-chu/']);
    expect(c.pages.filter((p) => p.kind === 'note').map((p) => p.url)).toEqual(
      measures().map((m) => m.url.replace('/bien-phap/', '/ghi-chu/')),
    );
    expect(c.files.filter((f) => f.kind === 'note-text').map((f) => f.url)).toEqual(
      measures().map((m) => `${m.url.replace('/bien-phap/', '/ghi-chu/')}ghi-chu.txt`),
    );
    // Its titles come from its own strings (strings/vi.json), gathered with the core's.
    expect(c.pages.filter((p) => p.kind === 'note').map((p) => p.title)).toEqual(
      campaignFrom(MINI).measures.map((m) => `Ghi chú về biện pháp ${m.data.number}`),
    );
  });

  it('type-checks with the core: its kinds, strings and settings key are part of the unions', () => {
    const r = spawnSync(
      process.execPath,
      [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', code],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('puts its pages in the sitemap and its item in the navigation of every page', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const notes = catalogue().pages.filter((p) => p.kind === 'note' || p.kind === 'notes');
    expect(notes.length).toBe(3);
    for (const p of notes) expect(sitemap).toContain(`${p.url}</loc>`);
    const pages = catalogue().pages.filter((p) => p.lang === 'vi' && !p.url.startsWith('/man-hinh/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const html = readFileSync(join(out, p.route, 'index.html'), 'utf8');
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(nav, p.url).toMatch(/<a href="\/ghi-chu\/"[^>]*>Ghi chú<\/a>/);
    }
  });

  it('shows its section on each measure’s page, linking the measure’s note', () => {
    expect(measures().length).toBe(2);
    for (const m of measures()) {
      const html = readFileSync(join(out, m.route, 'index.html'), 'utf8');
      expect(html).toMatch(/<h2 id="ghi-chu"[^>]*>Ghi chú<\/h2>/);
      expect(html).toContain(`href="${m.url.replace('/bien-phap/', '/ghi-chu/')}"`);
    }
  });

  it('serves its file with its content type and bytes', async () => {
    const server = await serveStatic(out);
    try {
      const first = catalogue().files.find((f) => f.kind === 'note-text')!;
      const res = await fetch(server.url + first.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const measure = campaignFrom(MINI).measures.find((m) => first.url.includes(m.id))!;
      expect(await res.text()).toBe(`${measure.data.title}\n${measure.data.summary}\n`);
    } finally {
      await server.close();
    }
  });

  it('is caught by the output check when one of its files goes missing', () => {
    const first = catalogue().files.find((f) => f.kind === 'note-text')!;
    rmSync(join(out, first.route));
    expect(checkSite(out)).toEqual([`missing: ${first.route}`]);
    rmSync(code, { recursive: true, force: true });
  });
});
