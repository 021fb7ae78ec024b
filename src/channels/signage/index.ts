import { signagePaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import { ORIENTATIONS, SLIDE_FORMATS, type SlideOrientation } from '../../manifest/build';
import { slideImageBytes } from './files';
import { playlistJson, playlistM3u, signageVersion } from './files';
import { buildServiceWorker } from './sw-build';
import { loopVideoBytes, slideVideoBytes } from './video';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    signage: object;
    'signage-slide': { measure: Measure };
    'signage-guide': object;
  }
  interface FileKinds {
    'slide-image': { measure: Measure; orientation: SlideOrientation; format: (typeof SLIDE_FORMATS)[number] };
    'playlist-json': object;
    'playlist-m3u': { orientation: SlideOrientation };
    'signage-worker': object;
    'signage-version': object;
    'slide-video': { measure: Measure; orientation: SlideOrientation };
    'loop-video': { orientation: SlideOrientation };
  }
}

/**
 * E-signage: a loop that a player opens once and never touches again (it refreshes itself and survives the network
 * dropping), a slide per measure in both orientations, playlists, and a guide for the people who set screens up.
 */
export default defineChannel({
  name: 'signage',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [
    { pattern: signagePaths.signage(), entry: 'views/signage.astro' },
    { pattern: signagePaths.signageSlide('[slug]'), entry: 'views/slide.astro' },
    { pattern: signagePaths.signageGuide(), entry: 'views/guide.astro' },
  ],
  serve: [
    { kind: 'slide-image', type: (f) => ({ png: 'image/png', svg: 'image/svg+xml' })[f.format], body: slideImageBytes },
    { kind: 'slide-video', type: 'video/mp4', body: slideVideoBytes },
    { kind: 'loop-video', type: 'video/mp4', body: loopVideoBytes },
    { kind: 'playlist-json', type: 'application/json', body: (_, b) => playlistJson(b) },
    { kind: 'playlist-m3u', type: 'audio/x-mpegurl; charset=utf-8', body: playlistM3u },
    {
      kind: 'signage-version',
      type: 'application/json',
      body: (_, b) => JSON.stringify({ version: signageVersion(b) }) + '\n',
    },
    {
      kind: 'signage-worker',
      type: 'text/javascript; charset=utf-8',
      body: (_, b) => {
        const { manifest } = b;
        const loop = manifest.page('signage');
        return buildServiceWorker({
          version: signageVersion(b),
          base: manifest.base,
          pages: [loop, ...manifest.pagesOf('signage-slide')].map((p) => p.url),
          fallback: loop.url,
          versionUrl: manifest.file('signage-version').url,
          workerUrl: manifest.file('signage-worker').url,
          precache: [
            manifest.file('theme').url,
            // The loop shows the visitors' notice too, where the campaign has one.
            ...[...manifest.filesOf('slide-image'), ...manifest.filesOf('visitor-slide')]
              .filter((f) => f.format === 'svg')
              .map((f) => f.url),
          ],
        });
      },
    },
  ],
  nav: [{ kind: 'signage-guide', label: 'nav.signage' }],
  ahead: [
    { kind: 'slide-image', make: slideImageBytes, engine: 'draw', size: 'screen' },
    { kind: 'slide-video', make: slideVideoBytes, engine: 'video', size: 'screen' },
  ],
  pages({ page, crumb, t, settings, campaign: { measures } }) {
    page({
      kind: 'signage',
      route: signagePaths.signage(),
      params: {},
      crumbs: [],
      noindex: true,
      title: t('signage.title', { app: settings.app.name }),
      description: settings.site.description,
      card: { sameAs: routes.home() },
    });
    for (const m of measures) {
      page({
        kind: 'signage-slide',
        id: m.id,
        measure: m,
        route: signagePaths.signageSlide(m.id),
        params: { slug: m.id },
        crumbs: [],
        noindex: true,
        title: t('signage.slideTitle', { app: settings.app.name, number: m.data.number }),
        description: m.data.summary,
        card: { sameAs: routes.measure(m.id) },
      });
    }
    page({
      kind: 'signage-guide',
      route: signagePaths.signageGuide(),
      params: {},
      crumbs: [crumb(t('crumbs.signageGuide'))],
      title: t('signageGuide.title'),
      description: t('signageGuide.description', { app: settings.app.name }),
      card: { kicker: t('signageGuide.cardKicker'), title: t('signageGuide.cardTitle') },
    });
  },
  files({ file, t, slug, campaign: { measures } }) {
    for (const m of measures) {
      for (const orientation of ORIENTATIONS) {
        for (const format of SLIDE_FORMATS) {
          const name = signagePaths.slideImage(slug, m.data.number, orientation, format);
          const label = t(orientation === 'ngang' ? 'signage.landscape' : 'signage.portrait');
          file({
            kind: 'slide-image',
            id: name,
            route: signagePaths.signageImage(name),
            title: t('signage.imageTitle', { number: m.data.number, title: m.data.title, orientation: label }),
            measure: m,
            orientation,
            format,
          });
        }
      }
    }
    for (const orientation of ORIENTATIONS) {
      const label = t(orientation === 'ngang' ? 'signage.landscape' : 'signage.portrait');
      for (const m of measures) {
        const name = signagePaths.slideVideo(slug, m.data.number, orientation);
        file({
          kind: 'slide-video',
          id: name,
          route: signagePaths.signageVideo(name),
          title: t('signage.videoTitle', { number: m.data.number, title: m.data.title, orientation: label }),
          measure: m,
          orientation,
        });
      }
      const loop = signagePaths.loopVideo(slug, orientation);
      file({
        kind: 'loop-video',
        id: loop,
        route: signagePaths.signageVideo(loop),
        title: t('signage.loopVideoTitle', { count: measures.length, orientation: label }),
        orientation,
      });
    }
    file({
      kind: 'playlist-json',
      id: 'json',
      route: signagePaths.signagePlaylist(signagePaths.playlistJson()),
      title: t('signage.playlistTitle'),
    });
    for (const orientation of ORIENTATIONS) {
      const name = signagePaths.playlistM3u(orientation);
      file({
        kind: 'playlist-m3u',
        id: name,
        route: signagePaths.signagePlaylist(name),
        title: t('signage.playlistTitle'),
        orientation,
      });
    }
    file({
      kind: 'signage-worker',
      id: 'sw',
      route: signagePaths.signageWorker(),
      title: t('signage.workerTitle'),
    });
    file({
      kind: 'signage-version',
      id: 'version',
      route: signagePaths.signageVersion(),
      title: t('signage.versionTitle'),
    });
  },
});
