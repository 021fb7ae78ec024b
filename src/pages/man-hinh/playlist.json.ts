import type { APIRoute } from 'astro';
import { loadSettings } from '../../config/settings';
import { signageVersion } from '../../signage/slides';
import { slideImages } from '../../signage/images';

/** For players that take a list of images: each slide's PNG in both orientations, its page, and how long to show it. */
export const GET: APIRoute = async () => {
  const settings = loadSettings();
  const images = await slideImages();
  const byNumber = [...new Set(images.map((i) => i.number))];
  const items = byNumber.map((n) => {
    const mine = images.filter((i) => i.number === n);
    return {
      measure: n,
      title: mine[0].title,
      page: new URL(mine[0].page, settings.site.url).href,
      landscape: new URL(`/man-hinh/anh/${mine.find((i) => i.orientation === 'ngang')!.file}`, settings.site.url).href,
      portrait: new URL(`/man-hinh/anh/${mine.find((i) => i.orientation === 'doc')!.file}`, settings.site.url).href,
      durationSeconds: settings.signage.secondsPerSlide,
    };
  });
  return new Response(JSON.stringify({ version: await signageVersion(), loop: new URL('/man-hinh/', settings.site.url).href, items }, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
