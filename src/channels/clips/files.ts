import { readFileSync } from 'node:fs';
import { clipCues, toSrt, toVtt } from './captions';
import { timecode, timeline } from './timecode';
import { renderFrame } from './storyboard';
import { spokenText } from '../../voice/spoken';
import { voicedTrack } from '../../voice/speech';
import { fitRecording, normalisedMp3, recordedVoice } from '../../voice/recorded';
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

export function frameBytes(entry: Extract<Artefact, { kind: 'frame' }>, b: Build) {
  return framePath(entry.measure, entry.scene, b).then((path) => readFileSync(path));
}

/** A scene's storyboard frame in the render cache: the page's image and the videos' picture. */
export function framePath(measure: Measure, scene: number, b: Build): Promise<string> {
  const { scenes } = clipOf(measure);
  const s = scenes[scene];
  const n = measure.data.number;
  return renderFrame(
    {
      scene: s.scene,
      index: scene,
      measureNumber: n,
      file: measure.file,
      labels: {
        scene: b.t('script.sceneOf', { scene: scene + 1, count: scenes.length }),
        time: sceneTime(b, s),
        brand: b.t('script.frameBrand', { app: b.settings.app.name, number: n }),
        visual: b.t('script.visual', { visual: s.scene.visual }),
      },
    },
    b.theme,
  );
}

export async function clipTrackBytes(entry: Extract<Artefact, { kind: 'clip-track' }>, b: Build) {
  return readFileSync(await clipVoice(entry.measure, b));
}

/**
 * The clip's voice-over: the recording in the content folder when there is
 * one (at −23 LUFS, stopped when longer than the clip), else the
 * machine-voiced draft, each scene's words at the scene's start.
 */
export async function clipVoice(measure: Measure, b: Build): Promise<string> {
  const { scenes, total } = clipOf(measure);
  const recording = recordedVoice(measure.id, 'clip');
  if (recording) {
    const slot = { seconds: total, file: measure.file, field: 'clip.scenes' };
    return normalisedMp3(await fitRecording(recording, slot));
  }
  const segments = scenes.map((s) => ({
    start: s.start,
    end: s.end,
    spoken: spokenText(s.scene.voiceover, b.settings.speech),
    file: measure.file,
    field: `clip.scenes[${s.index}].voiceover`,
  }));
  return voicedTrack(segments, total, b.settings.speech);
}
