import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Campaign, Directive, Measure } from '../campaign/load';
import { normalizeNumber } from '../directives/document-number';
import { numbersNamedIn } from '../directives/document-links';
import type { Manifest, Page } from './build';

/**
 * The key Astro's incremental build compares (`cacheKey` of each `getStaticPaths` entry): a page or file whose key
 * and code are unchanged since the last build is not rendered again, its previous output is kept. So the key
 * must change whenever anything the page or file shows changes, and should change for nothing else:
 *
 * - the site's common part (`siteWide`): settings, UI strings, every content file but the directives, the copy
 *   derived from the root document, the navigation. Changing one of these renders everything again.
 * - the entry itself as the manifest has it (title, crumbs, card copy, alternates, the files its head announces);
 * - the directives it shows. One named among its own fields (a directive page's document) counts with all it
 *   shows: front matter, text, status and history, the documents it is linked with, the numbers its text links.
 *   Any other directive it reaches (a related document, a measure's list) counts by its summary: front matter,
 *   status and history, not its text. An entry that shows directives it does not name (a list, an index, a feed)
 *   says `directives: 'all'`, the default: every directive counts, text included. One that shows none (a poster,
 *   a slide: a measure's own words and the site's common part) says `none`, and a measure it names counts by its
 *   file alone, not by the directives that list it.
 */
export interface KeyInputs {
  campaign: Campaign;
  manifest: Manifest;
  /** A digest of what every page shows (see above), from the caller that can read the content folder. */
  siteWide: string;
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** Every page's and file's key, by manifest key; computed once per build (10,000 directives: well under a second). */
export function cacheKeys({ campaign, manifest, siteWide }: KeyInputs): Map<string, string> {
  const byId = new Map(campaign.directives.map((d) => [d.id, d]));
  // Known by identity: the campaign's own objects, wherever a page's fields reach them.
  const directives = new Set<Directive>(campaign.directives);
  const measures = new Set<Measure>(campaign.measures);
  const numbers = new Set(campaign.directives.flatMap((d) => (d.data.number ? [normalizeNumber(d.data.number)] : [])));
  const summaries = new Map<string, string>();
  const fulls = new Map<string, string>();

  const stepOf = (s: Directive['history'][number]) => [s.date, s.status, s.by ?? '', s.part ?? '', s.derived];
  /** What a page showing this directive beside others can show of it. */
  const summary = (id: string): string => {
    let s = summaries.get(id);
    if (s === undefined) {
      const d = byId.get(id);
      s = d ? sha(id, d.file, JSON.stringify(d.data), d.status ?? '', JSON.stringify(d.history.map(stepOf))) : id;
      summaries.set(id, s);
    }
    return s;
  };
  /** What the directive's own page shows: all of the above, its text, and the documents it is linked with. */
  const full = (d: Directive): string => {
    let f = fulls.get(d.id);
    if (f === undefined) {
      // Numbers in the text become links only when that document is on the site (src/directives/document-links.ts).
      const linked = numbersNamedIn(d.body, numbers).join(' ');
      f = sha(summary(d.id), d.body, linked, fingerprint(d.refs), fingerprint(d.relations));
      fulls.set(d.id, f);
    }
    return f;
  };
  /** A JSON text of `value` where each directive or measure reached is its digest, so nothing is walked twice. */
  function fingerprint(value: unknown, top = false, listsOfMeasures = true): string {
    return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
      if (v === null || typeof v !== 'object') return v;
      if (directives.has(v as Directive)) {
        const d = v as Directive;
        // Only the entry's own directive (a field of the page itself) counts whole.
        return top && this === rootHolder ? `full:${full(d)}` : `summary:${summary(d.id)}`;
      }
      if (measures.has(v as Measure)) {
        // Its file is in the site's common part; its list of directives is derived.
        const m = v as Measure;
        return listsOfMeasures ? `measure:${m.id}:${m.directives.map((d) => summary(d.id)).join(',')}` : m.id;
      }
      return v;
    });
  }
  let rootHolder: unknown;

  let everything: string | undefined;
  // What a list shows of every directive is its summary; the text too, as nothing is lost by it.
  const all = () => (everything ??= sha(...campaign.directives.map((d) => sha(summary(d.id), d.body))));

  const keys = new Map<string, string>();
  for (const e of [...manifest.pages, ...manifest.files]) {
    // A page shows its share card by its address only (its head's og:image); the card's copy is the card's own key.
    const entry = 'card' in e ? { ...e, card: e.card.absolute } : e;
    rootHolder = entry;
    const own = fingerprint(entry, true, e.directives !== 'none');
    const announced = 'lang' in e ? manifest.announced(e as Page).map((f) => [f.route, f.title, f.announce?.type]) : [];
    const shown = e.directives === 'named' || e.directives === 'none' ? '' : all();
    keys.set(e.key, sha(siteWide, e.key, own, JSON.stringify(announced), shown));
  }
  return keys;
}

/**
 * The site's common part of every key: each file of the content folder but the directives (settings, wording,
 * measures, translations, tables, recordings), with `more` (the config as read, the derived copy).
 */
export function contentDigest(root: string, more: string[]): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      const rel = relative(root, p);
      if (rel === 'directives') continue;
      if (e.isDirectory()) walk(p);
      else h.update(rel).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(root);
  for (const m of more) h.update(m).update('\0');
  return h.digest('hex');
}
