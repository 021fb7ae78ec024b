import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { checkCampaign } from './checks';
import { clipErrors } from '../clips/check';
import { throwIfAny } from '../core/errors';
import { buildReferences, type References } from '../directives/cross-references';
import { loadSettings } from '../config/settings';
import { compareVi } from '../core/vietnamese';
import type { DirectiveEntry, MeasureEntry } from '../core/records';
import type { Settings } from '../config/settings-schema';

export interface Directive extends DirectiveEntry {
  entry: CollectionEntry<'directives'>;
  refs: References;
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
}

function fileOf(entry: { filePath?: string; id: string }, collection: string): string {
  return entry.filePath ? relative(process.cwd(), entry.filePath) : `${collection}/${entry.id}.mdx`;
}

/** Newest first; same day sorts by issuer in Vietnamese order so the list is stable. */
export function byDateDesc(a: DirectiveEntry, b: DirectiveEntry): number {
  return b.data.date.localeCompare(a.data.date) || compareVi(a.data.issuer.name, b.data.issuer.name) || a.id.localeCompare(b.id);
}

let cached: Promise<Campaign> | undefined;

/** The whole campaign, checked across files once per build; any content problem stops the build here. */
export function loadCampaign(): Promise<Campaign> {
  cached ??= (async () => {
    const settings = loadSettings();
    const rawDirectives = await getCollection('directives');
    const rawMeasures = await getCollection('measures');
    const directiveEntries = rawDirectives.map((e) => ({ id: e.id, file: fileOf(e, 'directives'), data: e.data, body: e.body ?? '', entry: e }));
    const measureEntries = rawMeasures.map((e) => ({ id: e.id, file: fileOf(e, 'measures'), data: e.data, body: e.body ?? '', entry: e }));
    checkCampaign(settings, directiveEntries, measureEntries);
    throwIfAny(measureEntries.flatMap((m) => clipErrors(m, settings)));

    const refs = buildReferences(directiveEntries);
    const directives: Directive[] = directiveEntries.map((d) => ({ ...d, refs: refs.get(d.id)! })).sort(byDateDesc);
    // References point at the plain entries; re-point them at the enriched ones.
    const byId = new Map(directives.map((d) => [d.id, d]));
    for (const d of directives) {
      d.refs = {
        cites: d.refs.cites.map((c) => ({ ...c, entry: c.entry && byId.get(c.entry.id) })),
        citedBy: d.refs.citedBy.map((e) => byId.get(e.id)!).sort(byDateDesc),
        attachments: d.refs.attachments.map((e) => byId.get(e.id)!),
        attachedTo: d.refs.attachedTo.map((e) => byId.get(e.id)!),
      };
    }
    const measures: Measure[] = measureEntries
      .map((m) => ({ ...m, directives: directives.filter((d) => d.data.measures.includes(m.data.number)) }))
      .sort((a, b) => a.data.number - b.data.number);
    const root = directives.find((d) => d.data.number === settings.rootDocument)!;
    return { settings, directives, measures, root };
  })();
  return cached;
}
