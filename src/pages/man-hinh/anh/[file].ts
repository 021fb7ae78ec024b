import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../../manifest/index';
import { slideImageBytes } from '../../../signage/files';
import { touristSlideBytes } from '../../../tourists/slides';

const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

export const getStaticPaths = () => filePaths('slide-image', 'visitor-slide');

type SlideFile = Extract<Artefact, { kind: 'slide-image' | 'visitor-slide' }>;

export const GET: APIRoute<{ file: SlideFile }> = async ({ props }) => {
  const b = await getBuild();
  const f = props.file;
  const bytes = f.kind === 'slide-image' ? await slideImageBytes(f, b) : await touristSlideBytes(f, b);
  return new Response(bytes, { headers: { 'Content-Type': TYPES[f.format] } });
};
