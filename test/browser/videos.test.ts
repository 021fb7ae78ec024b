import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { campaignFrom } from '../support/campaign';
import { fastStart, frameAt, loudness, meanDifference, probe } from '../support/video';
import { timeline } from '../../src/channels/clips/timecode';
import { SOCIAL } from '../../src/channels/clips/social-frame';
import type { Catalogue } from '../../src/manifest/catalogue';

/**
 * The videos of the built site read back from dist/ (no browser needed): every one's container and streams from
 * ffprobe, which is cheap; sound and pictures decoded for one broadcast, one social and the signage videos.
 */
const dist = process.env.LOA_DIST ?? 'dist';
const campaign = campaignFrom(process.env.LOA_CONTENT_DIR ?? 'content');
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const videos = catalogue.files.filter((f) => /^(clip|slide|loop)-video$/.test(f.kind));
const ofKind = (kind: string) => videos.filter((f) => f.kind === kind);
const measures = campaign.measures;
const slideSeconds = campaign.settings.signage.secondsPerSlide;
const at = (route: string) => join(dist, route);
const streamsOf = (route: string) => {
  const p = probe(at(route));
  const kind = (t: string) => p.streams.filter((s) => s.codec_type === t);
  return { p, video: kind('video'), audio: kind('audio'), subtitle: kind('subtitle') };
};
const measureOf = (f: Catalogue['files'][number]) => measures.find((m) => m.data.number === f.measure)!;
const scenesOf = (n: number) => timeline(measures.find((m) => m.data.number === n)!.data.clip.scenes);

describe('videos in dist/', () => {
  it(`every video is listed: two clips and two slides per measure (${measures.length}), and two loops`, () => {
    expect(ofKind('clip-video')).toHaveLength(2 * measures.length);
    expect(ofKind('slide-video')).toHaveLength(2 * measures.length);
    expect(ofKind('loop-video')).toHaveLength(2);
  });

  it('every video: MP4 with moov first, H.264 yuv420p at 25 fps, its size and its exact length', () => {
    expect(videos.length).toBe(4 * measures.length + 2);
    for (const f of videos) {
      const { p, video, audio, subtitle } = streamsOf(f.route);
      const clip = f.kind === 'clip-video';
      const social = /mang-xa-hoi/.test(f.route);
      const portrait = social || /-doc\.mp4$/.test(f.route);
      expect(p.format.format_name, f.route).toContain('mp4');
      expect(fastStart(readFileSync(at(f.route))), `${f.route} starts playing before it has all arrived`).toBe(true);
      expect(video, f.route).toHaveLength(1);
      const v = video[0];
      expect([v.codec_name, v.pix_fmt, v.r_frame_rate], f.route).toEqual(['h264', 'yuv420p', '25/1']);
      expect([v.width, v.height], f.route).toEqual(portrait ? [1080, 1920] : [1920, 1080]);
      expect(v.profile, f.route).toBe(clip ? 'High' : 'Main');
      const seconds = clip
        ? scenesOf(f.measure!).at(-1)!.end
        : f.kind === 'slide-video'
          ? slideSeconds
          : slideSeconds * measures.length;
      expect(Number(v.nb_frames), f.route).toBe(seconds * 25);
      expect(Math.abs(Number(p.format.duration) - seconds), f.route).toBeLessThanOrEqual(0.04);
      if (clip) {
        expect(
          audio.map((a) => [a.codec_name, a.profile, a.sample_rate, a.channels]),
          f.route,
        ).toEqual([['aac', 'LC', '48000', 2]]);
        expect(Math.abs(Number(audio[0].duration) - seconds), f.route).toBeLessThanOrEqual(0.04);
        // Television carries the captions as a track; the social cut has them drawn in.
        expect(
          subtitle.map((s) => [s.codec_name, s.tags?.language]),
          f.route,
        ).toEqual(social ? [] : [['mov_text', 'vie']]);
      } else expect([audio, subtitle], `${f.route} is silent`).toEqual([[], []]);
    }
  });

  const clipOf = (format: RegExp) => ofKind('clip-video').find((f) => f.measure === 1 && format.test(f.route))!;
  const frameFile = (f: Catalogue['files'][number], scene: number) =>
    at(f.route.replace(/[^/]+$/, `canh-${String(scene + 1).padStart(2, '0')}.png`));

  it('the broadcast clip: −23 LUFS, true peak under −1 dBTP, and each scene shows its storyboard frame', async () => {
    const f = clipOf(/truyen-hinh/);
    const level = loudness(at(f.route));
    expect(Math.abs(level.integrated + 23), `${level.integrated} LUFS`).toBeLessThanOrEqual(1);
    expect(level.truePeak).toBeLessThanOrEqual(-1);
    const scenes = scenesOf(1);
    expect(scenes.length).toBeGreaterThan(1);
    for (const s of scenes) {
      const picture = frameAt(at(f.route), (s.start + s.end) / 2);
      expect(await meanDifference(picture, frameFile(f, s.index)), `scene ${s.index + 1}`).toBeLessThan(6);
      // And not any other scene's frame.
      const other = frameFile(f, (s.index + 1) % scenes.length);
      expect(await meanDifference(picture, other), `scene ${s.index + 1} vs another`).toBeGreaterThan(8);
    }
    // EBU R 95: nothing drawn within 5 % of any edge (96 and 54 px); only backgrounds reach it, each row of a side
    // band one colour. 8 px short of the line: scaling's and chroma subsampling's spread at the text's edge.
    for (const s of scenes) {
      const picture = frameAt(at(f.route), (s.start + s.end) / 2);
      const bands = [
        { left: 0, top: 0, width: 1920, height: 46 },
        { left: 0, top: 1034, width: 1920, height: 46 },
        { left: 0, top: 0, width: 88, height: 1080 },
        { left: 1832, top: 0, width: 88, height: 1080 },
      ];
      for (const band of bands) {
        const pixels = await sharp(picture).extract(band).greyscale().raw().toBuffer();
        let worst = 0;
        for (let row = 0; row < band.height; row++) {
          const line = pixels.subarray(row * band.width, (row + 1) * band.width);
          worst = Math.max(
            worst,
            line.reduce((m, v) => Math.max(m, Math.abs(v - line[0])), 0),
          );
        }
        expect(worst, `scene ${s.index + 1}, band ${JSON.stringify(band)}`).toBeLessThan(10);
      }
    }
    // The first frame is the first scene's, naming the campaign and measure: no black lead-in.
    expect(await meanDifference(frameAt(at(f.route), 0), frameFile(f, 0))).toBeLessThan(6);
  });

  it('the social clip: same loudness, and each scene shows its storyboard frame between the bands left free', async () => {
    const f = clipOf(/mang-xa-hoi/);
    const level = loudness(at(f.route));
    expect(Math.abs(level.integrated + 23), `${level.integrated} LUFS`).toBeLessThanOrEqual(1);
    expect(level.truePeak).toBeLessThanOrEqual(-1);
    const region = { left: 0, top: SOCIAL.frame.top, width: SOCIAL.width, height: SOCIAL.frame.height };
    expect(SOCIAL.frame.top).toBeGreaterThan(SOCIAL.coveredTop);
    expect(SOCIAL.caption.top + SOCIAL.caption.height).toBeLessThanOrEqual(SOCIAL.height - SOCIAL.coveredBottom);
    for (const s of scenesOf(1)) {
      const picture = frameAt(at(f.route), (s.start + s.end) / 2);
      expect(
        await meanDifference(picture, frameFile(f, s.index), 320, 180, region),
        `scene ${s.index + 1}`,
      ).toBeLessThan(8);
      // The bands the platforms cover are plain background: nothing drawn there.
      for (const band of [
        { top: 0, height: SOCIAL.coveredTop },
        { top: SOCIAL.height - SOCIAL.coveredBottom, height: SOCIAL.coveredBottom },
      ]) {
        const pixels = await sharp(picture)
          .extract({ left: 0, width: SOCIAL.width, ...band })
          .greyscale()
          .raw()
          .toBuffer();
        const spread = pixels.reduce((m, v) => Math.max(m, Math.abs(v - pixels[0])), 0);
        expect(spread, `scene ${s.index + 1}, band at ${band.top}`).toBeLessThan(6);
      }
    }
  });

  it('the signage videos: each slide for its seconds, in the loop in order, as the slide images show it', async () => {
    const slides = ofKind('slide-video').filter((f) => /-ngang\.mp4$/.test(f.route));
    const png = (f: Catalogue['files'][number]) =>
      catalogue.files.find(
        (x) => x.kind === 'slide-image' && x.measure === f.measure && x.route.endsWith('-ngang.png'),
      )!.route;
    const one = slides[0];
    expect(await meanDifference(frameAt(at(one.route), slideSeconds / 2), at(png(one)))).toBeLessThan(6);
    const loop = ofKind('loop-video').find((f) => /ngang/.test(f.route))!;
    expect(slides).toHaveLength(measures.length);
    for (const [i, f] of slides.entries()) {
      expect(measureOf(f).data.number).toBe(i + 1);
      const picture = frameAt(at(loop.route), i * slideSeconds + slideSeconds / 2);
      expect(await meanDifference(picture, at(png(f))), `loop, slide ${i + 1}`).toBeLessThan(6);
    }
  });

  it('a zip per clip format holds every video of that format, stored as it is (not deflated again)', () => {
    const zips = catalogue.files.filter((f) => f.kind === 'clip-video-zip');
    expect(zips).toHaveLength(2);
    for (const zip of zips) {
      const bytes = readFileSync(at(zip.route));
      // Each member's local header: signature, then its compression method at offset 8 (0: stored).
      const members: Array<{ name: string; method: number }> = [];
      for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50;) {
        const [size, nameLength, extra] = [
          bytes.readUInt32LE(at + 18),
          bytes.readUInt16LE(at + 26),
          bytes.readUInt16LE(at + 28),
        ];
        members.push({
          name: bytes.subarray(at + 30, at + 30 + nameLength).toString(),
          method: bytes.readUInt16LE(at + 8),
        });
        at += 30 + nameLength + extra + size;
      }
      expect(members.map((m) => m.name).sort(), zip.route).toEqual(zip.members!.map((m) => m.split('/').at(-1)).sort());
      expect(members.length).toBe(measures.length);
      expect(new Set(members.map((m) => m.method)), zip.route).toEqual(new Set([0]));
    }
  });

  it('the clip page, the downloads page and the signage guide offer the videos with size, and previews with captions', () => {
    const html = (route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');
    const first = measures[0];
    const page = html(`kich-ban/${first.id}/`);
    const previews = [...page.matchAll(/<video [^>]*src="([^"]+\.mp4)"[^>]*>\s*<track ([^>]*)>/g)];
    expect(previews).toHaveLength(2);
    for (const [, , track] of previews) {
      expect(track).toMatch(/kind="captions"/);
      expect(track).toMatch(/srclang="vi"/);
      expect(track).toMatch(/src="[^"]+\.vtt"/);
    }
    expect(page).toMatch(/MP4, H\.264 1920×1080, 25 hình\/giây.*30 giây · <span class="file-size"[^>]*>[\d,]+ [KM]B</s);
    expect(page).toMatch(/bản đọc máy \(eSpeak NG\) để canh giờ/);
    const downloads = html('ap-phich/');
    for (const f of ofKind('clip-video')) expect(downloads, f.route).toContain(`data-loa-size="${f.route}"`);
    const guide = html('man-hinh/huong-dan/');
    for (const f of [...ofKind('slide-video'), ...ofKind('loop-video')]) expect(guide, f.route).toContain(f.url);
    expect(guide).toMatch(/USB/);
  });
});
