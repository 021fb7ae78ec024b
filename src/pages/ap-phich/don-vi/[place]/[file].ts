import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../../manifest/index';
import { editionBytes } from '../../../../kit/edition-files';

export const getStaticPaths = () => filePaths('edition');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'edition' }> }> = async ({ props }) =>
  new Response(Buffer.from(await editionBytes(props.file, await getBuild())), {
    headers: { 'Content-Type': 'application/pdf' },
  });
