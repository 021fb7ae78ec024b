import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { draftBytes } from '../../../broadcast/files';

export const getStaticPaths = () => filePaths('broadcast-draft');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'broadcast-draft' }> }> = async ({ props }) =>
  new Response(await draftBytes(props.file, await getBuild()), { headers: { 'Content-Type': 'audio/mpeg' } });
