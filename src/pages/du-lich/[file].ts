import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { portalFile } from '../../tourists/portal';

export const getStaticPaths = () => filePaths('visitor-portal');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'visitor-portal' }> }> = async ({ props }) =>
  new Response(portalFile(await getBuild(), props.file.notice).html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
