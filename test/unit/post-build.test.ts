import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { checkOutput, packZips, stampSizes } from '../../src/manifest/post-build';
import { formatSize } from '../../src/core/file-size';
import { makeTranslator } from '../../src/i18n/strings';
import type { Catalogue } from '../../src/manifest/catalogue';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';

const vi = UI_STRINGS.vi;

const t = makeTranslator(vi);

function site(): { out: string; catalogue: Catalogue } {
  const out = mkdtempSync(join(tmpdir(), 'loa-out-'));
  mkdirSync(join(out, 'ap-phich'));
  writeFileSync(join(out, 'ap-phich', 'a.pdf'), 'x'.repeat(1_234_567));
  writeFileSync(join(out, 'ap-phich', 'a.png'), 'y'.repeat(54_321));
  writeFileSync(
    join(out, 'ap-phich', 'index.html'),
    '<p>PDF (<span class="file-size" data-loa-size="ap-phich/a.pdf"></span>)' +
      ' PNG (<span class="file-size" data-loa-size="ap-phich/a.png"></span>)</p>',
  );
  const catalogue: Catalogue = {
    base: '/',
    date: '2020-08-01',
    pages: [{ kind: 'posters', route: 'ap-phich/', url: '/ap-phich/', title: 'Áp phích' }],
    files: [
      { kind: 'poster', route: 'ap-phich/a.pdf', url: '/ap-phich/a.pdf', fileName: 'a.pdf', title: 'A' },
      { kind: 'poster', route: 'ap-phich/a.png', url: '/ap-phich/a.png', fileName: 'a.png', title: 'A' },
      {
        kind: 'poster-zip',
        route: 'ap-phich/all.zip',
        url: '/ap-phich/all.zip',
        fileName: 'all.zip',
        title: 'All',
        members: ['ap-phich/a.pdf', 'ap-phich/a.png'],
      },
    ],
  };
  return { out, catalogue };
}

describe('after the build', () => {
  it('writes sizes the way a Vietnamese reader writes them', () => {
    expect(formatSize(1_234_567, t)).toBe('1,2 MB');
    expect(formatSize(54_321, t)).toBe('54 KB');
    expect(formatSize(12, t)).toBe('1 KB');
  });

  it('packs each zip from the drawn files, the same bytes every time', () => {
    const { out, catalogue } = site();
    expect(packZips(out, catalogue)).toBe(1);
    const first = readFileSync(join(out, 'ap-phich/all.zip'));
    expect(Object.keys(unzipSync(first)).sort()).toEqual(['a.pdf', 'a.png']);
    packZips(out, catalogue);
    expect(readFileSync(join(out, 'ap-phich/all.zip')).equals(first)).toBe(true);
  });

  it('stamps each file size where a page asked for it', () => {
    const { out } = site();
    expect(stampSizes(out, t)).toBe(2);
    expect(readFileSync(join(out, 'ap-phich/index.html'), 'utf8')).toContain('>1,2 MB</span>');
  });

  it('stops when a page asks for the size of a file nobody made', () => {
    const { out } = site();
    writeFileSync(join(out, 'x.html'), '<span class="file-size" data-loa-size="ap-phich/none.pdf"></span>');
    expect(() => stampSizes(out, t)).toThrow(
      /x\.html shows the size of ap-phich\/none\.pdf, which the build did not make/,
    );
  });

  it('finds files the manifest does not list, and listed files nobody made', () => {
    const { out, catalogue } = site();
    packZips(out, catalogue);
    expect(checkOutput(out, catalogue)).toEqual([]);
    writeFileSync(join(out, 'stray.txt'), '');
    catalogue.files.push({ kind: 'theme', route: 'theme.css', url: '/theme.css', fileName: 'theme.css', title: 'T' });
    expect(checkOutput(out, catalogue)).toEqual(['missing: theme.css', 'not in the manifest: stray.txt']);
  });

  it('finds hidden files and folders anywhere, build internals among them, and a missing search index', () => {
    const { out, catalogue } = site();
    packZips(out, catalogue);
    expect(checkOutput(out, catalogue)).toEqual([]);
    mkdirSync(join(out, '.prerender/chunks'), { recursive: true });
    writeFileSync(join(out, '.prerender/chunks/manifest.mjs'), '');
    mkdirSync(join(out, '_astro'), { recursive: true });
    writeFileSync(join(out, '_astro/.tmp-1'), '');
    writeFileSync(join(out, 'ap-phich/.DS_Store'), '');
    expect(checkOutput(out, catalogue, true)).toEqual([
      'hidden, not in the manifest: .prerender/',
      'hidden, not in the manifest: _astro/.tmp-1',
      'hidden, not in the manifest: ap-phich/.DS_Store',
      'missing: pagefind/pagefind.js (the search index)',
    ]);
  });
});
