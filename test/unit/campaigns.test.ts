import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MINI, buildCampaign } from '../support/fixture-build';

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

  it('carries nothing of the first campaign: no “Bluezone” anywhere in its site', () => {
    const text = files(first.outDir).filter((f) => /\.(html|css|js|json|xml|txt|vtt|srt|svg|webmanifest|m3u)$/.test(f));
    expect(text.length).toBeGreaterThan(5);
    const leaks = text.filter((f) => /bluezone|2841\/BTTTT/i.test(readFileSync(f, 'utf8'))).map((f) => relative(first.outDir, f));
    expect(leaks).toEqual([]);
    expect(readFileSync(join(first.outDir, 'index.html'), 'utf8')).toContain('Sổ Sức khỏe điện tử');
  });

  it('builds byte-identical output twice from the same content', () => {
    const second = buildCampaign(MINI);
    expect(second.status, second.output).toBe(0);
    const a = hashes(first.outDir);
    const b = hashes(second.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a.keys()].filter((k) => a.get(k) !== b.get(k) && !ALLOWED_TO_DIFFER.some((x) => x.path.test(k)));
    expect(differing).toEqual([]);
  });
});
