import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadSettings } from '../../src/config/settings';
import { themeOf } from '../../src/config/palette';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

function frontMatters(dir: string): Array<Record<string, unknown>> {
  return files(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(f, 'utf8'))![1]) as Record<string, unknown>);
}

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown>)?.[k], o);

/**
 * Every word, number, address and colour that is one campaign's own, read
 * from its content folder: names, hosts, document numbers, issuers, signers,
 * measure titles and poster copy, reworded UI strings, palette and tints.
 */
export function campaignVocabulary(contentDir: string): string[] {
  const settings = loadSettings(contentDir);
  const out = new Set<string>([
    settings.campaign.name,
    settings.campaign.slug,
    settings.campaign.title,
    settings.campaign.tagline,
    settings.app.name,
    new URL(settings.app.installUrl).host.replace(/^www\./, ''),
    new URL(settings.site.url).host,
    settings.site.title,
    settings.rootDocument,
    ...settings.app.installSteps,
    ...Object.values(themeOf(settings.palette)).filter((c) => c.startsWith('#')),
  ]);
  for (const d of frontMatters(join(contentDir, 'directives'))) {
    for (const path of ['number', 'subject', 'issuer.name', 'signer.name']) out.add(String(get(d, path) ?? ''));
  }
  for (const m of frontMatters(join(contentDir, 'measures'))) {
    for (const path of ['title', 'poster.headline', 'poster.cta', 'clip.title']) out.add(String(get(m, path) ?? ''));
  }
  try {
    const strings = parse(readFileSync(join(contentDir, 'strings', 'vi.yaml'), 'utf8')) as Record<string, string>;
    for (const v of Object.values(strings))
      out.add(
        v
          .replace(/\{\w+\}/g, '')
          .split(/[{}]/)[0]
          .trim(),
      );
  } catch {
    // A campaign need not reword any string.
  }
  return [...out].map((s) => s.normalize('NFC').trim()).filter((s) => s.length >= 4);
}

const TEXT = /\.(html|css|js|json|xml|txt|vtt|srt|svg|m3u)$|_headers$/;

/** Where a built site shows another campaign's words: "file: word". Words its own content also uses are not leaks. */
export function findLeaks(outDir: string, foreign: string[], ownContentDir: string): string[] {
  // Its own words, without YAML comments, which no reader sees.
  const own = files(ownContentDir)
    .map((f) =>
      readFileSync(f, 'utf8')
        .replace(/^\s*#.*$/gm, '')
        .normalize('NFC')
        .toLowerCase(),
    )
    .join('\n');
  const words = foreign.filter((w) => !own.includes(w.toLowerCase()));
  const leaks: string[] = [];
  for (const f of files(outDir).filter((p) => TEXT.test(p) && !p.includes('/pagefind/'))) {
    const text = readFileSync(f, 'utf8').normalize('NFC').toLowerCase();
    for (const w of words) if (text.includes(w.toLowerCase())) leaks.push(`${relative(outDir, f)}: ${w}`);
  }
  return leaks;
}
