import { resolve } from 'node:path';

/**
 * Where the campaign's content lives. One code base serves many campaigns:
 * point LOA_CONTENT_DIR at another folder to build another campaign.
 */
export function contentRoot(): string {
  return resolve(process.env.LOA_CONTENT_DIR ?? 'content');
}
