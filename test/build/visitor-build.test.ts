import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCampaign } from '../support/fixture-build';

// The real campaign (it has every language), with one character no font can draw in the Japanese notice:
// the build must stop naming the translation file, the field and the code point, not ship a hole.
describe('a visitor notice with a character no font has', () => {
  it('stops the build naming the file, the field and the code point', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-bad-visitor-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'translations/ja.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^ {2}headline: /m);
    writeFileSync(file, text.replace(/^( {2}headline: .*)$/m, '$1 😷'));
    const r = buildCampaign(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/translations\/ja\.yaml: trường "visitors\.headline": .*“😷” \(U\+1F637\)/);
  });
});
