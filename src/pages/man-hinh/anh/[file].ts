import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { slideImageBytes } from '../../../signage/files';

const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

export const getStaticPaths = () => filePaths('slide-image');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'slide-image' }> }> = async ({ props }) =>
  new Response(await slideImageBytes(props.file, await getBuild()), {
    headers: { 'Content-Type': TYPES[props.file.format] },
  });
