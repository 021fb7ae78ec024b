import { readFileSync } from 'node:fs';
import { clipCues, toSrt, toVtt } from './captions';
import { timecode, timeline } from './timecode';
import { renderFrame } from './storyboard';
import { spokenText } from '../../voice/spoken';
import { voicedTrack } from '../../voice/speech';
import type { Artefact, Measure } from '../../manifest/build';
import type { Build } from '../../manifest/context';

/** A measure's clip on a time line, with its captions: what the script page and its files show. */
export function clipOf(measure: Measure) {
  const scenes = timeline(measure.data.clip.scenes);
  return { scenes, cues: clipCues(measure.data.clip.scenes), total: scenes.at(-1)?.end ?? 0 };
}

export function captionsText(entry: Extract<Artefact, { kind: 'captions' }>): string {
  const { cues } = clipOf(entry.measure);
  return entry.format === 'vtt' ? toVtt(cues) : toSrt(cues);
}

/** "00:04–00:10 · 6 giây". */
export function sceneTime(b: Build, s: { start: number; end: number; scene: { duration: number } }): string {
  return b.t('script.sceneTime', { start: timecode(s.start), end: timecode(s.end), seconds: s.scene.duration });
}

export async function frameBytes(entry: Extract<Artefact, { kind: 'frame' }>, b: Build) {
  const { scenes } = clipOf(entry.measure);
  const s = scenes[entry.scene];
  const n = entry.measure.data.number;
  const path = await renderFrame(
    {
      scene: s.scene,
      index: entry.scene,
      measureNumber: n,
      file: entry.measure.file,
      labels: {
        scene: b.t('script.sceneOf', { scene: entry.scene + 1, count: scenes.length }),
        time: sceneTime(b, s),
        brand: b.t('script.frameBrand', { app: b.settings.app.name, number: n }),
        visual: b.t('script.visual', { visual: s.scene.visual }),
      },
    },
    b.theme,
  );
  return readFileSync(path);
}

/** The clip's voice-over as a machine-voiced draft, each scene's words at the scene's start. */
export async function clipTrackBytes(entry: Extract<Artefact, { kind: 'clip-track' }>, b: Build) {
  const { scenes, total } = clipOf(entry.measure);
  const segments = scenes.map((s) => ({
    start: s.start,
    end: s.end,
    spoken: spokenText(s.scene.voiceover, b.settings.speech),
    file: entry.measure.file,
    field: `clip.scenes[${s.index}].voiceover`,
  }));
  return readFileSync(await voicedTrack(segments, total, b.settings.speech));
}
