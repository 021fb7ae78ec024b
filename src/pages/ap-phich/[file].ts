import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { posterBytes } from '../../posters/posters';

const TYPES = { pdf: 'application/pdf', png: 'image/png', webp: 'image/webp' } as const;

export const getStaticPaths = () => filePaths('poster');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'poster' }> }> = async ({ props }) =>
  new Response(await posterBytes(props.file, await getBuild()), {
    headers: { 'Content-Type': TYPES[props.file.format] },
  });
