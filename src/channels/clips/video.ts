import { readFileSync } from 'node:fs';
import { bytesHash, video, type Still } from '../../video/encode';
import { rendererFingerprint } from '../../render/cache';
import type { Artefact, Measure } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import { toSrt, type Cue } from './captions';
import { clipOf, clipVoice, framePath } from './files';
import { SOCIAL, socialFrame } from './social-frame';

/** The clip's two videos: for television (16:9, captions as a track) and for social media (9:16, burned in). */
export const CLIP_VIDEO_FORMATS = ['broadcast', 'social'] as const;
export type ClipVideoFormat = (typeof CLIP_VIDEO_FORMATS)[number];

export const CLIP_VIDEO_SIZE = {
  broadcast: { width: 1920, height: 1080 },
  social: { width: SOCIAL.width, height: SOCIAL.height },
} as const;

/** What the social frames are drawn with: their layout and the renderer, not every source of the site. */
const SOCIAL_LAYOUT = ['src/channels/clips/social-frame.ts', 'src/render', 'src/i18n/scripts.ts'];

/** Stretches of the clip with the same picture: each scene, cut at every caption's start and end. */
export function socialSegments(scenes: Array<{ start: number; end: number }>, cues: Cue[]) {
  const cuts = [...new Set([...scenes.flatMap((s) => [s.start, s.end]), ...cues.flatMap((c) => [c.start, c.end])])];
  cuts.sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, i) => ({
    start,
    end: cuts[i + 1],
    scene: scenes.findIndex((s) => s.start <= start && start < s.end),
    cue: cues.find((c) => c.start <= start && start < c.end),
  }));
}

function kicker(measure: Measure, b: Build): string {
  return b.t('script.frameBrand', { app: b.settings.app.name, number: measure.data.number });
}

/**
 * One of a measure's clip videos, the clip's exact length, from its
 * storyboard frames, captions and voice (recorded, or the machine draft).
 * Its cache key is the hash of the frames' and voice's bytes, the captions
 * and, for the social video, the layout's code; the frames are composed only
 * when the video must be encoded.
 */
export async function clipVideo(measure: Measure, format: ClipVideoFormat, b: Build): Promise<string> {
  const { scenes, cues, total } = clipOf(measure);
  const frames = await Promise.all(scenes.map((s) => framePath(measure, s.index, b)));
  const audio = await clipVoice(measure, b);
  const srt = toSrt(cues);
  const size = CLIP_VIDEO_SIZE[format];
  const inputs = {
    format,
    frames: frames.map(bytesHash),
    audio: bytesHash(audio),
    srt,
    size,
    ...(format === 'social'
      ? {
          layout: rendererFingerprint(SOCIAL_LAYOUT),
          kicker: kicker(measure, b),
          title: measure.data.clip.title,
          theme: b.theme,
        }
      : {}),
  };
  return video(`clip-${format}`, inputs, async () => {
    const common = { ...size, seconds: total, profile: 'high' as const, audio };
    if (format === 'broadcast') {
      const stills: Still[] = scenes.map((s, i) => ({ path: frames[i], seconds: s.end - s.start }));
      return { ...common, stills, subtitles: srt };
    }
    const stills: Still[] = [];
    for (const seg of socialSegments(scenes, cues)) {
      const png = await socialFrame(
        {
          kicker: kicker(measure, b),
          title: measure.data.clip.title,
          caption: seg.cue?.lines,
          file: measure.file,
          field: `clip.scenes[${seg.scene}].voiceover`,
        },
        frames[seg.scene],
        b.theme,
      );
      stills.push({ png, seconds: seg.end - seg.start });
    }
    return { ...common, stills };
  });
}

export async function clipVideoBytes(entry: Extract<Artefact, { kind: 'clip-video' }>, b: Build) {
  return readFileSync(await clipVideo(entry.measure, entry.format, b));
}
