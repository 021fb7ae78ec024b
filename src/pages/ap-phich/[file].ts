import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { posterBytes } from '../../posters/posters';
import { touristPosterBytes } from '../../tourists/posters';

const TYPES = { pdf: 'application/pdf', png: 'image/png', webp: 'image/webp' } as const;

export const getStaticPaths = () => filePaths('poster', 'visitor-poster');

type PosterFile = Extract<Artefact, { kind: 'poster' | 'visitor-poster' }>;

export const GET: APIRoute<{ file: PosterFile }> = async ({ props }) => {
  const b = await getBuild();
  const f = props.file;
  const bytes = f.kind === 'poster' ? await posterBytes(f, b) : await touristPosterBytes(f, b);
  return new Response(bytes, { headers: { 'Content-Type': TYPES[f.format] } });
};
