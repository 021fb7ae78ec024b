import type { APIRoute } from 'astro';
import { filePaths, getBuild } from '../../manifest/index';
import { draftPlaylist } from '../../broadcast/files';

// Only a campaign with broadcast pieces has the playlist: the manifest decides.
export const getStaticPaths = () => filePaths('broadcast-playlist');

export const GET: APIRoute = async () =>
  new Response(draftPlaylist(await getBuild()), { headers: { 'Content-Type': 'audio/x-mpegurl; charset=utf-8' } });
