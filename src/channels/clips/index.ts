import { clipsPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { CAPTION_FORMATS } from '../../manifest/build';
import { clipTrackBytes, frameBytes } from './files';
import { captionsText } from './files';
import { CLIP_VIDEO_FORMATS, clipVideoBytes, type ClipVideoFormat } from './video';
import { recordedVoice } from '../../voice/recorded';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    scripts: object;
    script: { measure: Measure };
  }
  interface FileKinds {
    captions: { measure: Measure; format: (typeof CAPTION_FORMATS)[number] };
    frame: { measure: Measure; scene: number };
    'clip-track': { measure: Measure; recorded: boolean };
    'clip-video': { measure: Measure; format: ClipVideoFormat; recorded: boolean };
    'clip-video-zip': { format: ClipVideoFormat; /** Routes of the videos it packs. */ members: string[] };
  }
}

const upper = (s: string) => s.toUpperCase();

/** Each measure's 30-second clip script: scenes, captions (WebVTT, SRT), storyboard frames and a voiced draft. */
export default defineChannel({
  name: 'clips',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [
    { pattern: clipsPaths.scripts(), entry: 'views/scripts.astro' },
    { pattern: clipsPaths.script('[slug]'), entry: 'views/script.astro' },
  ],
  serve: [
    {
      kind: 'captions',
      type: (f) => ({ vtt: 'text/vtt; charset=utf-8', srt: 'application/x-subrip; charset=utf-8' })[f.format],
      body: (f) => captionsText(f),
    },
    { kind: 'frame', type: 'image/png', body: frameBytes },
    { kind: 'clip-track', type: 'audio/mpeg', body: clipTrackBytes },
    { kind: 'clip-video', type: 'video/mp4', body: clipVideoBytes },
  ],
  nav: [{ kind: 'scripts', label: 'nav.scripts' }],
  ahead: [
    { kind: 'frame', make: frameBytes, engine: 'draw', size: 'screen' },
    { kind: 'clip-track', make: clipTrackBytes, engine: 'voice', size: 'small' },
    { kind: 'clip-video', make: clipVideoBytes, engine: 'video', size: 'screen' },
  ],
  pages({ page, crumb, t, settings, campaign: { measures } }) {
    const seconds = settings.clip.durationSeconds;
    page({
      kind: 'scripts',
      route: clipsPaths.scripts(),
      params: {},
      crumbs: [crumb(t('crumbs.scripts'))],
      title: t('scripts.title'),
      description: t('scripts.description', { seconds }),
      card: { kicker: t('scripts.cardKicker', { seconds }), title: t('scripts.cardTitle') },
    });
    for (const m of measures) {
      page({
        kind: 'script',
        id: m.id,
        measure: m,
        route: clipsPaths.script(m.id),
        params: { slug: m.id },
        crumbs: [
          crumb(t('crumbs.scripts'), clipsPaths.scripts()),
          crumb(t('crumbs.measure', { number: m.data.number })),
        ],
        title: t('script.title', { seconds, number: m.data.number }),
        description: t('script.description', { title: m.data.clip.title, seconds }),
        card: {
          file: m.file,
          kicker: t('script.cardKicker', { seconds, number: m.data.number }),
          title: m.data.clip.title,
          fields: { title: 'clip.title' },
        },
      });
    }
  },
  files({ file, t, slug, campaign: { measures } }) {
    for (const m of measures) {
      for (const format of CAPTION_FORMATS) {
        const name = clipsPaths.captions(slug, m.data.number, format);
        file({
          kind: 'captions',
          id: `${m.id}/${name}`,
          route: clipsPaths.scriptFile(m.id, name),
          title: t('script.captionsTitle', { number: m.data.number, format: upper(format) }),
          measure: m,
          format,
        });
      }
      m.data.clip.scenes.forEach((_, scene) => {
        const name = clipsPaths.frame(scene);
        file({
          kind: 'frame',
          id: `${m.id}/${name}`,
          route: clipsPaths.scriptFile(m.id, name),
          title: t('script.frameTitle', { number: m.data.number, scene: scene + 1 }),
          measure: m,
          scene,
        });
      });
    }
    const zipped = new Map<ClipVideoFormat, string[]>(CLIP_VIDEO_FORMATS.map((f) => [f, []]));
    for (const m of measures) {
      const name = clipsPaths.clipTrack(slug, m.data.number);
      const recorded = recordedVoice(m.id, 'clip') !== undefined;
      file({
        kind: 'clip-track',
        id: `${m.id}/${name}`,
        route: clipsPaths.scriptFile(m.id, name),
        title: t(recorded ? 'script.trackRecordedTitle' : 'script.trackTitle', { number: m.data.number }),
        measure: m,
        recorded,
      });
      for (const format of CLIP_VIDEO_FORMATS) {
        const video = clipsPaths.clipVideo(slug, m.data.number, format);
        const made = file({
          kind: 'clip-video',
          id: `${m.id}/${video}`,
          route: clipsPaths.scriptFile(m.id, video),
          title: t('script.videoTitle', {
            number: m.data.number,
            format: t(format === 'broadcast' ? 'script.videoBroadcast' : 'script.videoSocial'),
          }),
          measure: m,
          format,
          recorded,
        });
        zipped.get(format)!.push(made.route);
      }
    }
    for (const [format, members] of zipped) {
      const zip = clipsPaths.videoZip(slug, format);
      file({
        kind: 'clip-video-zip',
        id: zip,
        route: zip,
        title: t('video.zipTitle', {
          format: t(format === 'broadcast' ? 'script.videoBroadcast' : 'script.videoSocial'),
        }),
        format,
        members,
      });
    }
  },
});
