import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { playlistM3u } from '../../signage/files';

export const getStaticPaths = () => filePaths('playlist-m3u');

export const GET: APIRoute<{ file: Extract<Artefact, { kind: 'playlist-m3u' }> }> = async ({ props }) =>
  new Response(playlistM3u(props.file, await getBuild()), {
    headers: { 'Content-Type': 'audio/x-mpegurl; charset=utf-8' },
  });
