import { messagesPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import type { Repeat } from './schema';
import { calendarFile, coverBytes, messagesJson, znsFile, type CampaignMessage } from './files';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    messages: object;
    'measure-messages': { measure: Measure };
  }
  interface FileKinds {
    zns: { message: CampaignMessage };
    'oa-cover': { message: CampaignMessage };
    calendar: { channel: string; repeat: Repeat };
    'messages-json': object;
  }
  interface ManifestData {
    /** Every message of the campaign, campaign-wide first. */
    messages: CampaignMessage[];
  }
}

/** Text messages: SMS (counted in GSM-7 and UCS-2 parts), Zalo templates and articles, and their repeats. */
export default defineChannel({
  name: 'messages',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [
    { pattern: `${messagesPaths.messages()}[...index]`, entry: 'views/messages.astro' },
    { pattern: messagesPaths.measureMessages('[slug]'), entry: 'views/measure-messages.astro' },
  ],
  serve: [
    { kind: 'zns', type: 'application/json', body: (f) => znsFile(f) },
    { kind: 'oa-cover', type: 'image/png', body: coverBytes },
    { kind: 'calendar', type: 'text/calendar; charset=utf-8', body: calendarFile },
    { kind: 'messages-json', type: 'application/json', body: (_, b) => messagesJson(b) },
  ],
  nav: [{ kind: 'messages', label: 'nav.messages' }],
  ahead: [{ kind: 'oa-cover', make: coverBytes, engine: 'draw', size: 'small' }],
  data: ({ settings, settingsFile, campaign: { measures } }) => ({
    messages: [
      ...(settings.messaging?.messages ?? []).map((message) => ({ message, measure: null, file: settingsFile })),
      ...measures.flatMap((m) => m.data.messages.map((message) => ({ message, measure: m, file: m.file }))),
    ],
  }),
  pages({ page, crumb, t, settings, data, campaign: { measures } }) {
    if (!data.messages!.length && !Object.keys(settings.messaging?.channels ?? {}).length) return;
    page({
      kind: 'messages',
      route: messagesPaths.messages(),
      params: { index: undefined },
      crumbs: [crumb(t('crumbs.messages'))],
      title: t('messages.title'),
      description: t('messages.description', { app: settings.app.name }),
      card: { kicker: t('messages.cardKicker'), title: t('messages.cardTitle', { app: settings.app.name }) },
    });
    for (const m of measures.filter((x) => x.data.messages.length)) {
      page({
        kind: 'measure-messages',
        id: m.id,
        measure: m,
        route: messagesPaths.measureMessages(m.id),
        params: { slug: m.id },
        crumbs: [
          crumb(t('crumbs.messages'), messagesPaths.messages()),
          crumb(t('crumbs.measure', { number: m.data.number })),
        ],
        title: t('messages.measureTitle', { number: m.data.number, title: m.data.title }),
        description: t('messages.measureDescription', { number: m.data.number }),
        card: { file: m.file, kicker: t('messages.cardKicker'), title: m.data.title },
      });
    }
  },
  files({ file, t, settings, data }) {
    const messages = data.messages!;
    const channels = Object.entries(settings.messaging?.channels ?? {});
    for (const cm of messages) {
      const id = cm.message.id;
      if (cm.message.zns) {
        const route = messagesPaths.messageFile(messagesPaths.zns(id));
        file({
          kind: 'zns',
          id,
          route,
          title: t('messages.znsFileTitle', { id }),
          message: cm,
        });
      }
      if (cm.message.article) {
        const route = messagesPaths.messageFile(messagesPaths.oaCover(id));
        file({
          kind: 'oa-cover',
          id,
          route,
          title: t('messages.coverFileTitle', { title: cm.message.article.title }),
          message: cm,
        });
      }
    }
    for (const [channel, repeat] of channels) {
      const route = messagesPaths.messageFile(messagesPaths.calendar(channel));
      file({
        kind: 'calendar',
        id: channel,
        route,
        title: t('messages.calendarTitle', { label: repeat.label }),
        channel,
        repeat,
      });
    }
    if (messages.length || channels.length) {
      file({
        kind: 'messages-json',
        id: 'json',
        route: messagesPaths.messageFile(messagesPaths.messagesJson()),
        title: t('messages.jsonTitle'),
      });
    }
  },
});
