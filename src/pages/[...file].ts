import type { APIRoute } from 'astro';
import { getBuild, getCacheKeys, getManifest } from '../manifest/index';
import { channels } from '../channels/channels';
import { siteFiles } from '../manifest/site-files';
import type { Artefact } from '../manifest/build';
import type { FileServer } from '../manifest/channel';

// Every generated file of every channel, and the core's own, through this one endpoint: each channel says how
// its kinds are made (`serve`), the manifest says where each file goes. Zips are packed after the build.
const servers = new Map<string, FileServer>(
  [...siteFiles(channels), ...channels.flatMap((c) => c.serve ?? [])].map((s) => [s.kind, s]),
);

export const getStaticPaths = async () => {
  const keys = await getCacheKeys();
  return (await getManifest()).files
    .filter((file) => servers.has(file.kind))
    .map((file) => ({ params: { file: file.route }, props: { file }, cacheKey: keys.get(file.key) }));
};

export const GET: APIRoute<{ file: Artefact }> = async ({ props: { file } }) => {
  const serve = servers.get(file.kind)! as unknown as {
    type: string | ((f: Artefact) => string);
    body: (f: Artefact, b: Awaited<ReturnType<typeof getBuild>>) => Uint8Array | string | Promise<Uint8Array | string>;
  };
  const body = await serve.body(file, await getBuild());
  const type = typeof serve.type === 'string' ? serve.type : serve.type(file);
  return new Response(body as BodyInit, { headers: { 'Content-Type': type } });
};
