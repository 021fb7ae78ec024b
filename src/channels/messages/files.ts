import { readFileSync } from 'node:fs';
import { countSms, toGsm7, type SmsCount } from './sms';
import { znsJson } from './zns';
import { channelCalendar } from './calendar';
import { renderCover } from './cover';
import type { Artefact } from '../../manifest/build';
import type { Measure } from '../../campaign/load';
import type { MessageData } from './schema';
import type { Build } from '../../manifest/context';

/** A message with where it lives: a measure's, or the campaign's own (measure null). */
export interface CampaignMessage {
  message: MessageData;
  measure: Measure | null;
  file: string;
}

export interface MessageView {
  unicode: SmsCount;
  gsm7: SmsCount;
}

/** Both versions of a message's SMS, with what each costs. */
export function messageView(cm: CampaignMessage): MessageView {
  return { unicode: countSms(cm.message.sms), gsm7: countSms(toGsm7(cm.message.sms).text) };
}

/** Every message as data: `{ measure, id, unicode, gsm7, zns }`, measure null for campaign-wide ones. */
export function messagesJson(b: Build): string {
  const shape = (c: SmsCount) => ({ text: c.text, chars: c.chars, parts: c.parts });
  const items = b.manifest.messages.map((cm) => {
    const view = messageView(cm);
    return {
      measure: cm.measure?.data.number ?? null,
      id: cm.message.id,
      unicode: shape(view.unicode),
      gsm7: shape(view.gsm7),
      zns: cm.message.zns ? znsJson(cm.message.id, cm.message.zns) : null,
    };
  });
  return JSON.stringify(items, null, 2) + '\n';
}

export function znsFile(entry: Extract<Artefact, { kind: 'zns' }>): string {
  return JSON.stringify(znsJson(entry.message.message.id, entry.message.message.zns!), null, 2) + '\n';
}

export async function coverBytes(entry: Extract<Artefact, { kind: 'oa-cover' }>, b: Build) {
  const cm = entry.message;
  const index = (cm.measure ? cm.measure.data.messages : (b.settings.messaging?.messages ?? [])).indexOf(cm.message);
  const at = cm.measure ? `messages[${index}]` : `messaging.messages[${index}]`;
  const path = await renderCover(
    {
      brand: b.settings.app.name,
      title: cm.message.article!.title,
      address: b.manifest.copy.installAddress,
      file: cm.file,
      field: `${at}.article.title`,
    },
    b.theme,
  );
  return readFileSync(path);
}

export function calendarFile(entry: Extract<Artefact, { kind: 'calendar' }>, b: Build): string {
  const messaging = b.settings.messaging!;
  const sms = b.manifest.messages.map((cm) => toGsm7(cm.message.sms).text);
  return channelCalendar({
    id: entry.channel,
    repeat: entry.repeat,
    start: messaging.start,
    timezone: messaging.timezone,
    calendarName: `${b.settings.campaign.name} – ${entry.repeat.label}`,
    description: entry.channel === 'sms' ? sms.join('\n\n') : b.settings.campaign.tagline,
    url: b.manifest.page('messages').absolute,
    host: b.manifest.copy.siteHost,
  });
}
