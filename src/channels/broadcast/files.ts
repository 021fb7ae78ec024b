import { readFileSync } from 'node:fs';
import { spokenSyllables, spokenText } from '../../voice/spoken';
import { voicedDraft } from '../../voice/speech';
import { LoaContentError } from '../../core/errors';
import { fitRecording, normalisedMp3, recordedVoice } from '../../voice/recorded';
import type { Artefact } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import type { BroadcastItem } from './schema';

export function spoken(item: BroadcastItem, b: Build): string {
  return spokenText(item.text, b.settings.speech);
}

export function syllablesOf(item: BroadcastItem, b: Build): number {
  return spokenSyllables(spoken(item, b));
}

/**
 * The voiced draft of a spot or bulletin. A draft longer than its slot stops
 * the build: if even a machine reading at this pace overruns, a person will too.
 */
export async function draftBytes(entry: Extract<Artefact, { kind: 'broadcast-draft' }>, b: Build) {
  // A person's recording, where the campaign has one (voice/<measure id>/<item id>.wav), replaces the draft.
  const recording = recordedVoice(entry.measure.id, entry.item.id);
  if (recording) {
    const slot = { seconds: entry.item.seconds, file: entry.measure.file, field: `broadcast[${entry.index}].seconds` };
    return readFileSync(await normalisedMp3(await fitRecording(recording, slot)));
  }
  const draft = await voicedDraft(spoken(entry.item, b), b.settings.speech);
  if (draft.seconds > entry.item.seconds) {
    throw new LoaContentError(
      entry.measure.file,
      `broadcast[${entry.index}].text`,
      `bản đọc máy dài ${draft.seconds.toFixed(1)} giây, quá khung ${entry.item.seconds} giây`,
      'rút gọn lời đọc hoặc chọn khung dài hơn',
    );
  }
  return readFileSync(draft.mp3);
}

/** An M3U playlist of every draft, for the loudspeaker system's player. */
export function draftPlaylist(b: Build): string {
  const lines = ['#EXTM3U'];
  for (const f of b.manifest.filesOf('broadcast-draft'))
    lines.push(`#EXTINF:${f.item.seconds},${f.item.title}`, f.absolute);
  return lines.join('\n') + '\n';
}
