import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { allPosters, posterContext, zipNames, type PosterEntry } from '../../posters/data';
import type { PosterFormat } from '../../posters/posters';
import type { PaperSize } from '../../posters/layout';

const TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', webp: 'image/webp', zip: 'application/zip' };

export const getStaticPaths = (async () => {
  const posters = await allPosters();
  const files = posters.flatMap((p) => (['pdf', 'png', 'webp'] as PosterFormat[]).map((format) => ({ params: { file: p.files[format] }, props: { kind: 'poster' as const, poster: p, format } })));
  const zips = (await zipNames()).map((z) => ({ params: { file: z.name }, props: { kind: 'zip' as const, paper: z.paper } }));
  return [...files, ...zips];
}) satisfies GetStaticPaths;

type Props =
  | { kind: 'poster'; poster: PosterEntry; format: PosterFormat }
  | { kind: 'zip'; paper: PaperSize };

export const GET: APIRoute<Props> = async ({ props }) => {
  if (props.kind === 'poster') {
    const set = await props.poster.render();
    return new Response(readFileSync(set[props.format]), { headers: { 'Content-Type': TYPES[props.format] } });
  }
  // One zip per size with every measure's PDF and PNG; fixed dates keep it byte-identical between builds.
  const ctx = await posterContext();
  const mtime = new Date(`${ctx.date}T00:00:00Z`);
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const p of (await allPosters()).filter((x) => x.paper === props.paper)) {
    const set = await p.render();
    entries[p.files.pdf] = [readFileSync(set.pdf), { mtime, level: 6 }];
    entries[p.files.png] = [readFileSync(set.png), { mtime, level: 0 }];
  }
  return new Response(zipSync(entries), { headers: { 'Content-Type': TYPES.zip } });
};
