import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { loadCampaign, type Measure } from '../../../campaign/load';
import { clipOf, frameName } from '../../../clips/data';
import { toSrt, toVtt } from '../../../clips/captions';

type Props = { measure: Measure; kind: 'vtt' | 'srt' } | { measure: Measure; kind: 'frame'; index: number };

export const getStaticPaths = (async () => {
  const { measures } = await loadCampaign();
  const paths = [];
  for (const measure of measures) {
    const clip = await clipOf(measure);
    paths.push({ params: { slug: measure.id, file: `${clip.base}.vtt` }, props: { measure, kind: 'vtt' as const } });
    paths.push({ params: { slug: measure.id, file: `${clip.base}.srt` }, props: { measure, kind: 'srt' as const } });
    clip.scenes.forEach((_, index) => paths.push({ params: { slug: measure.id, file: frameName(index) }, props: { measure, kind: 'frame' as const, index } }));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const clip = await clipOf(props.measure);
  if (props.kind === 'vtt') return new Response(toVtt(clip.cues), { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
  if (props.kind === 'srt') return new Response(toSrt(clip.cues), { headers: { 'Content-Type': 'application/x-subrip; charset=utf-8' } });
  if (props.kind !== 'frame') throw new Error(`unknown clip file kind ${props.kind}`);
  return new Response(readFileSync(await clip.frame(props.index)), { headers: { 'Content-Type': 'image/png' } });
};
