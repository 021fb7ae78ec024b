import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, linkSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignFrom } from '../support/campaign';
import { buildManifest } from '../../src/manifest/build';
import { cacheKeys } from '../../src/manifest/cache-keys';
import { channels } from '../../src/channels/channels';
import { loadStrings } from '../../src/i18n/strings';
import type { Campaign } from '../../src/campaign/load';
import { linkTree, outputDigest, whyFull } from '../../src/build/incremental';

/** Every key of the real campaign, after `change` is made to the campaign as read. */
function keysAfter(change: (c: Campaign) => void = () => {}): Map<string, string> {
  const campaign = campaignFrom('content');
  change(campaign);
  const manifest = buildManifest(campaign, loadStrings('content'), channels);
  return cacheKeys({ campaign, manifest, siteWide: 'same' });
}
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k)).sort();
}
const directive = (c: Campaign, id: string) => c.directives.find((d) => d.id === id)!;

describe('cache keys: what an edit reaches', () => {
  const before = keysAfter();

  it('are the same for the same content', () => {
    expect(before.size).toBeGreaterThan(300);
    expect(changed(before, keysAfter())).toEqual([]);
  });

  it('a subject: its page, the page that shows it, the lists and its measures; not the others', () => {
    const after = keysAfter((c) => {
      directive(c, '2723-vpubnd-kgvx').data.subject = 'Về việc đẩy mạnh cài đặt ứng dụng';
    });
    const diff = changed(before, after);
    expect(diff).toEqual(
      expect.arrayContaining([
        'page:directive:2723-vpubnd-kgvx',
        // 2841's page lists the documents that cite it.
        'page:directive:2841-btttt-thh',
        'page:directives:',
        'page:home:',
        'file:sitemap:sitemap',
      ]),
    );
    for (const other of ['760-kkt-vp', '7414-ubnd-ct', '1061-ubnd'])
      expect(diff).not.toContain(`page:directive:${other}`);
    expect(diff.filter((k) => /^(page|file):(poster|posters|signage-slide|slide-image|script|frame)/.test(k))).toEqual(
      [],
    );
    const measures = directive(campaignFrom('content'), '2723-vpubnd-kgvx').data.measures;
    expect(measures.length).toBeGreaterThan(0);
    expect(diff.filter((k) => /^page:measure:/.test(k)).length).toBe(measures.length);
  });

  it('a text: its own page and the pages of all, nothing that only shows its title', () => {
    const after = keysAfter((c) => {
      directive(c, '760-kkt-vp').body += '\nĐề nghị báo cáo trước ngày 30.\n';
    });
    const diff = changed(before, after);
    expect(diff).toContain('page:directive:760-kkt-vp');
    expect(diff.filter((k) => k.startsWith('page:directive:'))).toEqual(['page:directive:760-kkt-vp']);
    expect(diff.filter((k) => k.startsWith('page:measure:'))).toEqual([]);
  });

  it('a page counts its share card by its address: a shared card that counts one more document changes only itself', () => {
    const campaign = campaignFrom('content');
    const manifest = buildManifest(campaign, loadStrings('content'), channels);
    const page = manifest.page('directive', '760-kkt-vp');
    const keys = () => cacheKeys({ campaign, manifest, siteWide: 'same' });
    const a = keys();
    page.card.copy = { ...page.card.copy, kicker: `${page.card.copy.kicker} (1 more)` };
    const b = keys();
    expect(changed(a, b)).toEqual([page.card.key]);
  });

  it("the site's common part changes every key", () => {
    const campaign = campaignFrom('content');
    const manifest = buildManifest(campaign, loadStrings('content'), channels);
    const other = cacheKeys({ campaign, manifest, siteWide: 'other' });
    expect(changed(before, other).length).toBe(before.size);
  });
});

describe('when the last build can be the start of the next', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-provenance-'));
  const out = join(dir, 'dist');
  mkdirSync(join(out, 'a'), { recursive: true });
  writeFileSync(join(out, 'a/index.html'), 'x');
  const now = { outDir: out, versions: 'loa 1, astro 7', settings: 's', record: 'r' };
  const previous = { ...now, output: outputDigest(out) };

  it('trusts an untouched output folder of the same versions and settings, and says why not otherwise', () => {
    expect(whyFull(previous, now)).toBeUndefined();
    expect(whyFull(undefined, now)).toBe('no earlier build of this content folder is known');
    expect(whyFull({ ...previous, outDir: '/elsewhere' }, now)).toBe(
      'the last build of this content went to /elsewhere',
    );
    expect(whyFull({ ...previous, versions: 'loa 0, astro 7' }, now)).toBe(
      'loa 0, astro 7 built the last one, loa 1, astro 7 this one',
    );
    expect(whyFull({ ...previous, settings: 't' }, now)).toBe('the settings or the campaign’s wording changed');
    expect(whyFull({ ...previous, record: 'q' }, now)).toBe('a build since the last finished one stopped half-way');
    writeFileSync(join(out, 'a/index.html'), 'changed by hand');
    expect(whyFull(previous, now)).toBe(`${out} was changed since the last build`);
    expect(whyFull(previous, { ...now, outDir: join(dir, 'gone') })).toBe(`${join(dir, 'gone')} is missing`);
  });

  it('links the last site into the new folder, hidden entries left out', () => {
    writeFileSync(join(out, '.hidden'), 'h');
    const stage = join(dir, 'stage');
    expect(linkTree(out, stage)).toBe(1);
    expect(statSync(join(stage, 'a/index.html')).ino).toBe(statSync(join(out, 'a/index.html')).ino);
    expect(existsSync(join(stage, '.hidden'))).toBe(false);
    expect(readFileSync(join(stage, 'a/index.html'), 'utf8')).toBe('changed by hand');
    expect(() => linkSync(join(out, 'a/index.html'), join(stage, 'a/index.html'))).toThrow(/EEXIST/);
  });
});
