import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { MINI, buildCampaign } from '../support/fixture-build';
import { campaignPhrases, campaignVocabulary, findLeaks, shortTerms, siteTexts } from '../support/leaks';

// Byte-for-byte reproducibility of this campaign and the real one: test/build/reproducible.test.ts.
describe('a second campaign with the same code', () => {
  const first = buildCampaign(MINI);
  it('builds', () => expect(first.status, first.output).toBe(0));

  it('carries nothing of the first campaign: no word, number, address, colour or phrase of its content', async () => {
    const vocabulary = campaignVocabulary('content');
    expect(vocabulary.length).toBeGreaterThan(40);
    const phrases = campaignPhrases('content');
    // Bodies, broadcasts, clip voice-overs and four translations: thousands of runs of six words.
    expect(phrases.length).toBeGreaterThan(3000);
    // Every kind of file that can carry words was read, not just the HTML: PDF metadata, the search
    // index (gzip behind Pagefind's signature), the zips' entries, the videos' tags and caption tracks.
    const { read } = await siteTexts(first.outDir);
    for (const kind of [
      '.html',
      '.pdf',
      '.zip',
      '.pf_fragment',
      '.pf_index',
      '.pf_meta',
      '.js',
      '.json',
      '.svg',
      '.mp4',
    ])
      expect(read.get(kind) ?? 0, kind).toBeGreaterThan(0);
    expect(await findLeaks(first.outDir, vocabulary, MINI, { short: shortTerms('content'), phrases })).toEqual([]);
    expect(readFileSync(join(first.outDir, 'index.html'), 'utf8')).toContain('Sổ Sức khỏe điện tử');
  });

  it('the leak check sees a Bluezone word planted in a shared component', async () => {
    // A copy of the code with one word planted in the page footer every page shares.
    const code = mkdtempSync(join(process.cwd(), 'node_modules/.cache/loa-plant-'));
    for (const f of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(f, join(code, f), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(code, 'node_modules'));
    const base = join(code, 'src/layouts/Base.astro');
    writeFileSync(base, readFileSync(base, 'utf8').replace('</footer>', '<p>Cài Bluezone</p></footer>'));
    const planted = buildCampaign(MINI, undefined, code);
    expect(planted.status, planted.output).toBe(0);
    const leaks = await findLeaks(planted.outDir, campaignVocabulary('content'), MINI);
    expect(leaks).toContain('index.html: Bluezone');
    rmSync(code, { recursive: true, force: true });
  });

  it('the leak check sees the first campaign in a PDF’s metadata, the search index, a zip and a sentence', async () => {
    const out = mkdtempSync(join(tmpdir(), 'loa-leak-plant-'));
    cpSync(first.outDir, out, { recursive: true });
    // Sentences of the real content that name nothing of the vocabulary: only the phrases can find them.
    const bulletin = 'cả tỉnh mới có 183.620 thuê bao';
    const voiceOver = 'Loa phường vang lên mỗi sáng';
    const english = 'Travelling means meeting many people you don’t know';
    const measure9 = readFileSync('content/measures/09-truyen-thanh-co-so.mdx', 'utf8').replace(/\s+/g, ' ');
    expect(measure9).toContain(bulletin);
    expect(measure9).toContain(voiceOver);
    expect(readFileSync('content/translations/en.yaml', 'utf8').replace(/\s+/g, ' ')).toContain(
      english.replace('’', "'"),
    );

    // A PDF poster whose subject names the real campaign's letter.
    const pdfs = readdirSync(join(out, 'ap-phich')).filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    const pdfPath = join(out, 'ap-phich', pdfs[0]);
    const pdf = await PDFDocument.load(readFileSync(pdfPath));
    pdf.setSubject('Theo Công văn 2841/BTTTT-THH');
    writeFileSync(pdfPath, await pdf.save());

    // A search fragment with a sentence of the real bulletin in it.
    const fragments = readdirSync(join(out, 'pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    const fragmentPath = join(out, 'pagefind/fragment', fragments[0]);
    const fragment = gunzipSync(readFileSync(fragmentPath)).toString('utf8');
    expect(fragment.startsWith('pagefind_dcd')).toBe(true);
    writeFileSync(fragmentPath, gzipSync(Buffer.from(fragment.replace('"content":"', `"content":"${bulletin}. `))));

    // A zip of the kit with one more entry, and a page with a sentence of the English translation.
    const zips = readdirSync(join(out, 'ap-phich')).filter((n) => n.endsWith('.zip'));
    expect(zips.length).toBeGreaterThan(0);
    const zipPath = join(out, 'ap-phich', zips[0]);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    entries['doc-truoc.txt'] = new TextEncoder().encode(`${voiceOver}.`);
    writeFileSync(zipPath, zipSync(entries));
    const page = join(out, 'bien-phap/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `<p>${english}.</p></main>`));

    const leaks = await findLeaks(out, campaignVocabulary('content'), MINI, {
      short: shortTerms('content'),
      phrases: campaignPhrases('content'),
    });
    expect(leaks).toContain(`ap-phich/${pdfs[0]}: 2841/BTTTT-THH`);
    expect(leaks).toContain(`pagefind/fragment/${fragments[0]}: cả tỉnh mới có 183 620`);
    expect(leaks).toContain(`ap-phich/${zips[0]}!doc-truoc.txt: loa phường vang lên mỗi sáng`);
    expect(leaks).toContain('bien-phap/index.html: travelling means meeting many people you');
    rmSync(out, { recursive: true, force: true });
  });
});

describe('a fixture build that does not exit by itself', () => {
  it('throws, naming the signal, instead of returning a status that passes for “stopped on bad input”', () => {
    const code = mkdtempSync(join(tmpdir(), 'loa-killed-'));
    mkdirSync(join(code, 'scripts'));
    writeFileSync(join(code, 'scripts/build.mjs'), "process.kill(process.pid, 'SIGKILL');\n");
    expect(() => buildCampaign(MINI, undefined, code)).toThrow(/was killed by SIGKILL \(status null, signal SIGKILL\)/);
    rmSync(code, { recursive: true, force: true });
  });
});
