import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { slideImages, type SlideImage } from '../../../signage/images';

export const getStaticPaths = (async () => (await slideImages()).map((img) => ({ params: { file: img.file }, props: { img } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ img: SlideImage }> = async ({ props }) =>
  new Response(readFileSync(await props.img.render()), { headers: { 'Content-Type': 'image/png' } });
