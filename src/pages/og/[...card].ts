import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { renderCard } from '../../cards/social-card';

export const getStaticPaths = () => filePaths('card');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'card' }> }> = async ({ props }) =>
  new Response(readFileSync(await renderCard(props.file.copy, (await getBuild()).theme)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
