import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MINI, buildCampaign } from '../support/fixture-build';
import { campaignVocabulary, findLeaks } from '../support/leaks';

/** Files that may differ between two builds of the same content, and why. None today. */
const ALLOWED_TO_DIFFER: Array<{ path: RegExp; why: string }> = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
function hashes(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('a second campaign with the same code', () => {
  const first = buildCampaign(MINI);
  it('builds', () => expect(first.status, first.output).toBe(0));

  it('carries nothing of the first campaign: no word, number, address or colour of its content', () => {
    const vocabulary = campaignVocabulary('content');
    expect(vocabulary.length).toBeGreaterThan(40);
    expect(findLeaks(first.outDir, vocabulary, MINI)).toEqual([]);
    expect(readFileSync(join(first.outDir, 'index.html'), 'utf8')).toContain('Sổ Sức khỏe điện tử');
  });

  it('the leak check sees a Bluezone word planted in a shared component', () => {
    // A copy of the code with one word planted in the page footer every page shares.
    const code = mkdtempSync(join(process.cwd(), 'node_modules/.cache/loa-plant-'));
    for (const f of ['src', 'tools', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(f, join(code, f), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(code, 'node_modules'));
    const base = join(code, 'src/layouts/Base.astro');
    writeFileSync(base, readFileSync(base, 'utf8').replace('</footer>', '<p>Cài Bluezone</p></footer>'));
    const planted = buildCampaign(MINI, undefined, code);
    expect(planted.status, planted.output).toBe(0);
    const leaks = findLeaks(planted.outDir, campaignVocabulary('content'), MINI);
    expect(leaks).toContain('index.html: Bluezone');
    rmSync(code, { recursive: true, force: true });
  });

  it('builds byte-identical output twice from the same content', () => {
    const second = buildCampaign(MINI);
    expect(second.status, second.output).toBe(0);
    const a = hashes(first.outDir);
    const b = hashes(second.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a.keys()].filter(
      (k) => a.get(k) !== b.get(k) && !ALLOWED_TO_DIFFER.some((x) => x.path.test(k)),
    );
    expect(differing).toEqual([]);
  });
});
