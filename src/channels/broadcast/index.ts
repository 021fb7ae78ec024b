import { broadcastPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import type { BroadcastItem } from './schema';
import { draftBytes } from './files';
import { draftPlaylist } from './files';
import { recordedVoice } from '../../voice/recorded';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    broadcast: object;
    'measure-broadcast': { measure: Measure };
    'announcer-script': { measure: Measure };
  }
  interface FileKinds {
    'broadcast-draft': { measure: Measure; item: BroadcastItem; index: number; recorded: boolean };
    'broadcast-playlist': object;
  }
}

/** Ward loudspeakers and local radio: bulletins and spots timed to their slots, voiced drafts, announcer scripts. */
export default defineChannel({
  name: 'broadcast',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [
    { pattern: `${broadcastPaths.broadcast()}[...index]`, entry: 'views/broadcast.astro' },
    { pattern: broadcastPaths.measureBroadcast('[slug]'), entry: 'views/measure-broadcast.astro' },
    { pattern: broadcastPaths.announcerScript('[slug]'), entry: 'views/announcer-script.astro' },
  ],
  serve: [
    { kind: 'broadcast-draft', type: 'audio/mpeg', body: draftBytes },
    { kind: 'broadcast-playlist', type: 'audio/x-mpegurl; charset=utf-8', body: (_, b) => draftPlaylist(b) },
  ],
  nav: [{ kind: 'broadcast', label: 'nav.broadcast' }],
  ahead: [{ kind: 'broadcast-draft', make: draftBytes, engine: 'voice', size: 'small' }],
  pages({ page, crumb, t, settings, campaign: { measures } }) {
    const speaking = measures.filter((m) => m.data.broadcast.length);
    if (!speaking.length) return;
    page({
      kind: 'broadcast',
      route: broadcastPaths.broadcast(),
      params: { index: undefined },
      crumbs: [crumb(t('crumbs.broadcast'))],
      title: t('broadcast.title'),
      description: t('broadcast.description'),
      card: { kicker: t('broadcast.cardKicker'), title: t('broadcast.cardTitle', { app: settings.app.name }) },
    });
    for (const m of speaking) {
      const crumbs = [crumb(t('crumbs.broadcast'), broadcastPaths.broadcast())];
      page({
        kind: 'measure-broadcast',
        id: m.id,
        measure: m,
        route: broadcastPaths.measureBroadcast(m.id),
        params: { slug: m.id },
        crumbs: [...crumbs, crumb(t('crumbs.measure', { number: m.data.number }))],
        title: t('broadcast.measureTitle', { number: m.data.number, title: m.data.title }),
        description: t('broadcast.measureDescription', { number: m.data.number }),
        card: { file: m.file, kicker: t('broadcast.cardKicker'), title: m.data.title },
      });
      page({
        kind: 'announcer-script',
        id: m.id,
        measure: m,
        route: broadcastPaths.announcerScript(m.id),
        params: { slug: m.id },
        crumbs: [
          ...crumbs,
          crumb(t('crumbs.measure', { number: m.data.number }), broadcastPaths.measureBroadcast(m.id)),
          crumb(t('crumbs.announcer')),
        ],
        title: t('broadcast.announcerTitle', { number: m.data.number, title: m.data.title }),
        description: t('broadcast.announcerDescription'),
        card: { sameAs: broadcastPaths.measureBroadcast(m.id) },
      });
    }
  },
  files({ file, t, slug, campaign: { measures } }) {
    const speaking = measures.filter((m) => m.data.broadcast.length);
    for (const m of speaking) {
      m.data.broadcast.forEach((item, index) => {
        const name = broadcastPaths.draft(slug, m.data.number, item.id);
        const recorded = recordedVoice(m.id, item.id) !== undefined;
        file({
          kind: 'broadcast-draft',
          id: `${m.id}/${name}`,
          route: broadcastPaths.broadcastFile(m.id, name),
          title: t(recorded ? 'broadcast.recordedTitle' : 'broadcast.draftTitle', { title: item.title }),
          measure: m,
          item,
          index,
          recorded,
        });
      });
    }
    if (speaking.length) {
      const route = broadcastPaths.broadcastPlaylist();
      file({ kind: 'broadcast-playlist', id: 'm3u', route, title: t('broadcast.playlistTitle') });
    }
  },
});
