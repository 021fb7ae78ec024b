import { checkCampaign } from './checks';
import { channelChecks } from '../channels/content';
import { readEditionsFile } from './editions-file';
import { throwIfAny } from '../core/errors';
import { buildReferences } from '../directives/cross-references';
import { buildRelations, currentStatus, statusHistory } from '../directives/relations';
import { compareVi } from '../core/vietnamese';
import { settingsFileOf } from '../config/settings';
import type { DirectiveEntry, MeasureEntry } from '../core/records';
import type { Settings } from '../config/settings-schema';

/** Newest first; same day sorts by issuer in Vietnamese order so the list is stable. */
export function byDateDesc(a: DirectiveEntry, b: DirectiveEntry): number {
  return (
    b.data.date.localeCompare(a.data.date) ||
    compareVi(a.data.issuer.name, b.data.issuer.name) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Checks a campaign across files and links it together: references both ways,
 * each measure's directives. Plain data in, plain data out, so tests can build
 * a campaign without Astro.
 */
export function assembleCampaign<D extends DirectiveEntry, M extends MeasureEntry>(
  settings: Settings,
  directiveEntries: D[],
  measureEntries: M[],
  contentDir: string,
) {
  checkCampaign(settings, directiveEntries, measureEntries, contentDir);
  throwIfAny(
    channelChecks({
      settings,
      directives: directiveEntries,
      measures: measureEntries,
      settingsFile: settingsFileOf(contentDir),
    }),
  );

  const refs = buildReferences(directiveEntries);
  const directives = directiveEntries.map((d) => ({ ...d, refs: refs.get(d.id)! })).sort(byDateDesc);
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
  const relations = buildRelations(directives);
  for (const d of directives) {
    const links = relations.get(d.id)!;
    const history = statusHistory(d, links);
    Object.assign(d, { relations: links, history, status: currentStatus(history) });
  }
  const measures = measureEntries
    .map((m) => ({ ...m, directives: directives.filter((d) => d.data.measures.includes(m.data.number)) }))
    .sort((a, b) => a.data.number - b.data.number);
  const root = directives.find((d) => d.data.number === settings.rootDocument)!;
  return { settings, directives, measures, root, editions: readEditionsFile(contentDir) };
}
