import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { captionsText, frameBytes } from '../../../clips/files';

type Props = { file: Extract<Artefact, { kind: 'captions' | 'frame' }> };

const TYPES = { vtt: 'text/vtt; charset=utf-8', srt: 'application/x-subrip; charset=utf-8' } as const;

export const getStaticPaths = () => filePaths('captions', 'frame');

export const GET: APIRoute<Props> = async ({ props: { file } }) =>
  file.kind === 'captions'
    ? new Response(captionsText(file), { headers: { 'Content-Type': TYPES[file.format] } })
    : new Response(await frameBytes(file, await getBuild()), { headers: { 'Content-Type': 'image/png' } });
