import { loadSettings } from '../config/settings';
import { slideImages } from './images';
import type { SlideOrientation } from './slide-image';

/** An extended M3U playlist of slide images, each shown for the configured seconds. */
export async function m3u(orientation: SlideOrientation): Promise<string> {
  const settings = loadSettings();
  const lines = ['#EXTM3U'];
  for (const img of (await slideImages()).filter((i) => i.orientation === orientation)) {
    lines.push(`#EXTINF:${settings.signage.secondsPerSlide},Biện pháp ${img.number}: ${img.title}`, new URL(`/man-hinh/anh/${img.file}`, settings.site.url).href);
  }
  return lines.join('\n') + '\n';
}
