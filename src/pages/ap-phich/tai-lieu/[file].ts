import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { kitBytes } from '../../../kit/kit-files';

export const getStaticPaths = () => filePaths('kit', 'social-image');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'kit' | 'social-image' }> }> = async ({ props }) =>
  new Response(await kitBytes(props.file, await getBuild()), {
    headers: { 'Content-Type': props.file.kind === 'kit' ? 'application/pdf' : 'image/png' },
  });
