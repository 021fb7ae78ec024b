import type { APIRoute } from 'astro';
import { filePaths, getBuild, type Artefact } from '../../manifest/index';
import { calendarFile, coverBytes, messagesJson, znsFile } from '../../messages/files';

type Props = { file: Extract<Artefact, { kind: 'zns' | 'oa-cover' | 'calendar' | 'messages-json' }> };

export const getStaticPaths = () => filePaths('zns', 'oa-cover', 'calendar', 'messages-json');

export const GET: APIRoute<Props> = async ({ props: { file } }) => {
  const b = await getBuild();
  if (file.kind === 'oa-cover')
    return new Response(await coverBytes(file, b), { headers: { 'Content-Type': 'image/png' } });
  if (file.kind === 'calendar')
    return new Response(calendarFile(file, b), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
  const body = file.kind === 'zns' ? znsFile(file) : messagesJson(b);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
