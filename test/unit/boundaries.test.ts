import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { channelNames } from '../../src/channels/registry';
import { circles, importGraph } from '../support/import-graph';

// README, "Channels": a channel's folder is its own. From outside it, only its public parts are imported: index.ts
// and content.ts by the core's two gatherers, strings/<lang>.json by the strings' one, paths.ts by anything that
// links to its pages or files, and sections/<slot>.astro by the page that has that slot. Nothing goes round in a
// circle between the core and a channel, or between two channels.
const graph = importGraph(process.cwd());
const channelOf = (file: string) => file.match(/^src\/channels\/([^/]+)\//)?.[1];
const isPublic = (target: string, from: string) => {
  const part = target.replace(/^src\/channels\/[^/]+\//, '');
  if (part === 'paths.ts' || /^sections\/[^/]+\.astro$/.test(part)) return true;
  if (part === 'index.ts') return from === 'src/channels/channels.ts';
  if (part === 'content.ts') return from === 'src/channels/content.ts';
  if (/^strings\/[^/]+\.json$/.test(part)) return from === 'src/i18n/strings.ts';
  return false;
};

describe('channel boundaries', () => {
  const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

  it('reads the whole of src/, every channel included', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(channelNames.length).toBeGreaterThan(10);
    for (const name of channelNames) expect(graph.has(`src/channels/${name}/index.ts`), name).toBe(true);
    // Type-only imports count: TypeScript follows them, and so do circles.
    expect(edges.some((e) => e.from === 'src/manifest/channel.ts' && e.to === 'src/manifest/build.ts')).toBe(true);
  });

  it("imports no channel's internals from outside its folder", () => {
    const crossing = edges.filter(({ from, to }) => channelOf(to) && channelOf(to) !== channelOf(from));
    expect(crossing.length).toBeGreaterThan(channelNames.length); // the gatherers import every channel
    expect(crossing.filter(({ from, to }) => !isPublic(to, from)).map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('has no circle between the core and a channel, or between two channels', () => {
    const mixed = circles(graph).filter((group) => new Set(group.map((f) => channelOf(f) ?? 'core')).size > 1);
    expect(mixed).toEqual([]);
  });

  it('finds a circle and a reach into a channel where there is one', () => {
    // The checks themselves, on a small graph: a core file that imports a channel's renderer, which imports it back.
    const g = new Map([
      ['src/manifest/a.ts', ['src/channels/x/draw.ts']],
      ['src/channels/x/draw.ts', ['src/manifest/a.ts']],
    ]);
    expect(circles(g)).toEqual([['src/channels/x/draw.ts', 'src/manifest/a.ts']]);
    expect(isPublic('src/channels/x/draw.ts', 'src/manifest/a.ts')).toBe(false);
    expect(isPublic('src/channels/x/paths.ts', 'src/channels/y/index.ts')).toBe(true);
  });

  it("uses a channel's strings only inside its folder (the core's and shared ones are in src/i18n/)", () => {
    const sources = [...graph.keys()].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    // `kit.item.${item}`: a key made from a prefix counts as used wherever the prefix is.
    const prefixes = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/`([a-zA-Z]+\.[a-zA-Z.]*?)\$\{/g)].map((m) => ({ file, prefix: m[1] })),
    );
    const stringFiles = globSync('src/channels/*/strings/vi.json');
    expect(stringFiles.length).toBeGreaterThan(10);
    const elsewhere: string[] = [];
    for (const path of stringFiles) {
      const name = path.split('/')[2];
      for (const key of Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object)) {
        const quoted = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}['"\`]`);
        const users = [
          ...sources.filter(({ text }) => quoted.test(text)).map(({ file }) => file),
          ...prefixes.filter(({ prefix }) => key.startsWith(prefix)).map(({ file }) => file),
        ];
        for (const file of users) if (channelOf(file) !== name) elsewhere.push(`${key} (${path}) in ${file}`);
      }
    }
    expect(elsewhere).toEqual([]);
  });

  it('keeps Astro out of logic: the lint rule that says so is on', () => {
    const config = readFileSync('eslint.config.js', 'utf8');
    expect(config).toMatch(/no-restricted-imports/);
    expect(config).toMatch(/src\/astro\/\*\*/);
  });
});
