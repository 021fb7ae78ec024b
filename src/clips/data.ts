import { loadCampaign, type Measure } from '../campaign/load';
import { clipCues } from './captions';
import { timeline } from './timecode';
import { renderFrame } from './storyboard';

export function captionFileBase(slug: string, measure: Measure): string {
  return `${slug}-bien-phap-${String(measure.data.number).padStart(2, '0')}`;
}

export function frameName(index: number): string {
  return `canh-${String(index + 1).padStart(2, '0')}.png`;
}

export const SILENT_AUDIO = '/kich-ban/im-lang.wav';

export async function clipOf(measure: Measure) {
  const { settings } = await loadCampaign();
  const scenes = timeline(measure.data.clip.scenes);
  return {
    scenes,
    cues: clipCues(measure.data.clip.scenes),
    base: captionFileBase(settings.campaign.slug, measure),
    frame: (i: number) =>
      renderFrame(
        { scene: scenes[i].scene, index: i, count: scenes.length, start: scenes[i].start, end: scenes[i].end, measureNumber: measure.data.number, appName: settings.app.name, file: measure.file },
        settings.palette,
      ),
  };
}
