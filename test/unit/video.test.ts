import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameCounts, pieces, video } from '../../src/video/encode';
import { runnable } from '../../src/video/ffmpeg';
import { fitRecording, normalisedMp3, recordedVoice } from '../../src/voice/recorded';
import { clipVoice } from '../../src/channels/clips/files';
import { draftBytes } from '../../src/channels/broadcast/files';
import { socialSegments } from '../../src/channels/clips/video';
import { timeline } from '../../src/channels/clips/timecode';
import { LoaContentError } from '../../src/core/errors';
import type { Build } from '../../src/manifest/context';
import { campaignFrom } from '../support/campaign';
import { MINI } from '../support/fixture-build';
import { frameAt, loudness, meanDifference, probe, writeVoiceWav } from '../support/video';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `loa-${name}-`));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('laying stills out on the 25 fps grid', () => {
  it('cuts each still where the running time rounds, so the frames add up to the clip', () => {
    const counts = frameCounts([1.3, 2.35, 0.83, 25.52]);
    expect(counts).toEqual([33, 58, 21, 638]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(750);
  });

  it('encodes two seconds at most per still and repeats whole seconds by stream copy', () => {
    expect(pieces(250)).toEqual({ chunk: 50, pieces: [25, 25, 25, 25, 25, 25, 25, 25, 50] });
    expect(pieces(60)).toEqual({ chunk: 35, pieces: [25, 35] });
    expect(pieces(40)).toEqual({ chunk: 40, pieces: [40] });
    // Every piece but a still's only one is longer than a second: never two keyframes in a row.
    expect(pieces(51)).toEqual({ chunk: 26, pieces: [25, 26] });
  });

  it('cuts the social video at every scene and caption boundary, and names the scene and caption of each part', () => {
    const scenes = timeline([{ duration: 4 }, { duration: 6 }]);
    const cues = [
      { start: 0.5, end: 3.5, lines: ['a'], scene: 0 },
      { start: 4, end: 9, lines: ['b'], scene: 1 },
    ];
    const parts = socialSegments(scenes, cues);
    expect(parts).toHaveLength(5);
    expect(parts.map((p) => [p.start, p.end, p.scene, p.cue?.lines[0]])).toEqual([
      [0, 0.5, 0, undefined],
      [0.5, 3.5, 0, 'a'],
      [3.5, 4, 0, undefined],
      [4, 9, 1, 'b'],
      [9, 10, 1, undefined],
    ]);
  });
});

describe('the encoder', () => {
  it('makes a binary that the tarball left without its exec bit runnable from the cache', () => {
    const dir = temp('bin');
    const tool = join(dir, 'loa-test-tool');
    writeFileSync(tool, '#!/bin/sh\necho ok\n');
    chmodSync(tool, 0o644);
    const usable = runnable(tool, 'loa-test-tool');
    expect(usable).not.toBe(tool);
    expect(() => accessSync(usable, constants.X_OK)).not.toThrow();
    expect(readFileSync(usable, 'utf8')).toBe(readFileSync(tool, 'utf8'));
  });

  it('encodes the same inputs to the same bytes in two fresh caches, at −23 LUFS with the captions as a track', async () => {
    const dir = temp('video-in');
    const stills = await Promise.all(
      ['#0b3d91', '#f5c518'].map(async (background, i) => {
        const path = join(dir, `still-${i}.png`);
        await sharp({ create: { width: 320, height: 180, channels: 3, background } })
          .png()
          .toFile(path);
        return { path, seconds: 1.5 };
      }),
    );
    const voice = join(dir, 'voice.wav');
    writeVoiceWav(voice, 2.5, 0.9);
    const srt = '1\n00:00:00,200 --> 00:00:01,400\nXin chào, Việt Nam\n\n';
    const spec = async () => ({ width: 320, height: 180, stills, seconds: 3, profile: 'high' as const, audio: voice });
    const made: string[] = [];
    for (const cache of [temp('video-a'), temp('video-b')]) {
      vi.stubEnv('LOA_VIDEO_CACHE', cache);
      made.push(await video('test', { dir }, async () => ({ ...(await spec()), subtitles: srt })));
    }
    expect(made[0]).not.toBe(made[1]);
    expect(readFileSync(made[0]).equals(readFileSync(made[1]))).toBe(true);

    const p = probe(made[0]);
    const [v, a, s] = ['video', 'audio', 'subtitle'].map((t) => p.streams.find((x) => x.codec_type === t)!);
    expect([v.codec_name, v.pix_fmt, v.r_frame_rate, v.nb_frames]).toEqual(['h264', 'yuv420p', '25/1', '75']);
    expect([a.codec_name, a.sample_rate, a.channels]).toEqual(['aac', '48000', 2]);
    expect([s.codec_name, s.tags?.language]).toEqual(['mov_text', 'vie']);
    expect(Math.abs(Number(p.format.duration) - 3)).toBeLessThanOrEqual(0.04);
    const level = loudness(made[0]);
    expect(Math.abs(level.integrated + 23)).toBeLessThanOrEqual(1);
    expect(level.truePeak).toBeLessThanOrEqual(-1);
    // The second still from 1.5 s on: yellow, not blue.
    expect(await meanDifference(frameAt(made[0], 2.2), stills[1].path)).toBeLessThan(6);
    expect(await meanDifference(frameAt(made[0], 2.2), stills[0].path)).toBeGreaterThan(40);
  });
});

describe('a recorded voice', () => {
  const withRecording = (seconds: number) => {
    const content = temp('content');
    cpSync(MINI, content, { recursive: true });
    const campaign = campaignFrom(content);
    const measure = campaign.measures[0];
    mkdirSync(join(content, 'voice', measure.id), { recursive: true });
    writeVoiceWav(join(content, 'voice', measure.id, 'clip.wav'), seconds, 0.2);
    vi.stubEnv('LOA_CONTENT_DIR', content);
    vi.stubEnv('LOA_RENDER_CACHE', temp('renders'));
    return { content, measure, b: { settings: campaign.settings } as unknown as Build };
  };

  it('replaces the draft in the clip, brought to −23 LUFS', async () => {
    const { content, measure, b } = withRecording(4);
    const found = recordedVoice(measure.id, 'clip');
    expect(found).toBe(relative(process.cwd(), join(content, 'voice', measure.id, 'clip.wav')));
    const mp3 = await clipVoice(measure, b);
    expect(mp3).toMatch(/voice\.mp3$/);
    expect(mp3).toBe(await normalisedMp3(found!));
    expect(Math.abs(loudness(mp3).integrated + 23)).toBeLessThanOrEqual(1);
  });

  it('stops the build, naming the recording, the slot and the fix, when it is longer than the clip', async () => {
    const { measure, b } = withRecording(31);
    const error = await clipVoice(measure, b).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoaContentError);
    const e = error as LoaContentError;
    expect(e.file).toMatch(new RegExp(`voice/${measure.id}/clip\\.wav$`));
    expect(e.field).toBe('clip.scenes');
    expect(e.message).toMatch(/bản ghi âm dài 31\.00 giây, quá khung 30 giây của .*01-bien-phap-1\.mdx/);
    expect(e.fix).toMatch(/thu lại ngắn hơn/);
  });

  it('replaces a spot’s draft, found by the spot’s id, and stops the build when longer than its seconds', async () => {
    const { content, measure, b } = withRecording(4);
    const spot = (seconds: number) =>
      ({
        measure,
        index: 2,
        item: { id: 'loa-10-giay', kind: 'spot', seconds, title: 'Loa', text: 'Cài ứng dụng.', translations: [] },
      }) as unknown as Parameters<typeof draftBytes>[0];
    writeVoiceWav(join(content, 'voice', measure.id, 'loa-10-giay.wav'), 8, 0.2);
    const mp3 = await draftBytes(spot(10), b);
    expect(mp3.subarray(0, 3).toString('latin1')).toMatch(/^(ID3|\xff)/);
    const error = await draftBytes(spot(5), b).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoaContentError);
    expect((error as LoaContentError).file).toMatch(new RegExp(`voice/${measure.id}/loa-10-giay\\.wav$`));
    expect((error as LoaContentError).field).toBe('broadcast[2].seconds');
    expect((error as LoaContentError).message).toMatch(/bản ghi âm dài 8\.00 giây, quá khung 5 giây/);
  });

  it('says what is wrong with a file that is not sound', async () => {
    const dir = temp('bad-voice');
    const path = join(dir, 'clip.wav');
    writeFileSync(path, 'not a recording');
    const error = await fitRecording(path, { seconds: 30, file: 'x.mdx', field: 'clip.scenes' }).catch((e) => e);
    expect(error).toBeInstanceOf(LoaContentError);
    expect((error as LoaContentError).message).toMatch(/không đọc được bản ghi âm.*xuất lại thành WAV hoặc MP3/);
  });
});
