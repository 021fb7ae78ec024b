import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { assembleCampaign } from './assemble';
import type { References } from '../directives/cross-references';
import type { RelationLink, StatusStep } from '../directives/relations';
import type { DocumentStatus } from '../directives/relation-kinds';
import config from 'virtual:loa/config';
import { contentRoot } from '../config/content-root';
import type { DirectiveEntry, MeasureEntry } from '../core/records';
import type { Settings } from '../config/settings-schema';
import type { Edition } from '../print/edition';

export interface Directive extends DirectiveEntry {
  entry: CollectionEntry<'directives'>;
  refs: References;
  /** Every typed link, both ways, in the vocabulary's order: derived, never typed twice. */
  relations: RelationLink<Directive>[];
  /** Its validity, oldest step first, with the steps other documents' relations imply. */
  history: StatusStep<Directive>[];
  /** The latest step's status; none when nothing is known. */
  status?: DocumentStatus;
}
export interface Measure extends MeasureEntry {
  entry: CollectionEntry<'measures'>;
  /** Directives that put this measure in motion, newest first: derived, never typed. */
  directives: Directive[];
}
export interface Campaign {
  settings: Settings;
  directives: Directive[];
  measures: Measure[];
  root: Directive;
  /** Places whose own editions the build makes (content's editions.csv). */
  editions: Edition[];
}

function fileOf(entry: { filePath?: string; id: string }, collection: string): string {
  return entry.filePath ? relative(process.cwd(), entry.filePath) : `${collection}/${entry.id}.mdx`;
}

let cached: Promise<Campaign> | undefined;

/** The whole campaign, checked across files once per build; any content problem stops the build here. */
export function loadCampaign(): Promise<Campaign> {
  cached ??= (async () => {
    const { settings } = config;
    const toEntry =
      (collection: string) =>
      <E extends { id: string; filePath?: string; body?: string; data: unknown }>(e: E) => ({
        id: e.id,
        file: fileOf(e, collection),
        data: e.data as E['data'],
        body: e.body ?? '',
        entry: e,
      });
    const directiveEntries = (await getCollection('directives')).map(toEntry('directives'));
    const measureEntries = (await getCollection('measures')).map(toEntry('measures'));
    return assembleCampaign(settings, directiveEntries, measureEntries, contentRoot()) as Campaign;
  })();
  return cached;
}
