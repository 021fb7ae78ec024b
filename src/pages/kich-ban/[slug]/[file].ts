import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { captionsText, clipTrackBytes, frameBytes } from '../../../clips/files';

type Props = { file: Extract<Artefact, { kind: 'captions' | 'frame' | 'clip-track' }> };

const TYPES = { vtt: 'text/vtt; charset=utf-8', srt: 'application/x-subrip; charset=utf-8' } as const;

export const getStaticPaths = () => filePaths('captions', 'frame', 'clip-track');

export const GET: APIRoute<Props> = async ({ props: { file } }) => {
  if (file.kind === 'captions')
    return new Response(captionsText(file), { headers: { 'Content-Type': TYPES[file.format] } });
  const b = await getBuild();
  if (file.kind === 'clip-track')
    return new Response(await clipTrackBytes(file, b), { headers: { 'Content-Type': 'audio/mpeg' } });
  return new Response(await frameBytes(file, b), { headers: { 'Content-Type': 'image/png' } });
};
