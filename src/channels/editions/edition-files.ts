import { readFileSync } from 'node:fs';
import { cached, cacheKey } from '../../render/cache';
import type { Artefact, Measure } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import { posterCopy, posterStrings } from '../../print/posters';
import { posterMeta } from '../../print/poster-pdf';
import { kitCopies, kitMeta } from '../../print/kit-files';
import {
  itemLabel,
  makeEdition,
  POSTER_ITEMS,
  type EditionData,
  type EditionMeasure,
  type ItemKey,
} from '../../print/items';
import { kitItemsOf, type KitItem } from '../../print/paper';

/** The local-edition items a measure has: every measure's posters, and the kit's paper where the measure has it. */
export function itemsOf(measure: Measure): ItemKey[] {
  return [...POSTER_ITEMS, ...kitItemsOf(measure.data.kit)];
}

/** What the customiser page hands its script, and what build-time editions are made from. */
function editionData(ctx: Build): EditionData {
  const author = ctx.settings.site.publisher;
  const measure = (m: Measure): EditionMeasure => {
    const poster = posterCopy(m, ctx);
    const items = itemsOf(m);
    const { leaflet, tent, sign, register } = kitCopies(m, ctx);
    const meta = Object.fromEntries(
      items.map((item) => [
        item,
        (POSTER_ITEMS as readonly ItemKey[]).includes(item)
          ? posterMeta(posterStrings(ctx), poster, item as 'a4' | 'a3', author, ctx.date)
          : kitMeta(item as KitItem, m, ctx),
      ]),
    );
    return {
      id: m.id,
      number: m.data.number,
      label: ctx.t('measure.title', { number: m.data.number, title: m.data.title }),
      poster,
      kit: { leaflet, tent, sign, register },
      items,
      meta,
    };
  };
  const measures = ctx.campaign.measures.map(measure);
  const keys = [...new Set(measures.flatMap((m) => m.items))];
  return {
    campaign: ctx.settings.campaign.slug,
    theme: ctx.theme,
    date: ctx.date,
    editionTitle: ctx.t.raw('poster.editionTitle'),
    measures,
    items: keys.map((key) => ({ key, label: itemLabel(key, ctx.t) })),
  };
}

let data: EditionData | undefined;

/** Worked out once per build: the customiser page and every build-time edition read the same data. */
export function getEditionData(ctx: Build): EditionData {
  data ??= editionData(ctx);
  return data;
}

/** A build-time edition's bytes: the very call the customiser makes in the browser, cached like posters. */
export async function editionBytes(entry: Extract<Artefact, { kind: 'edition' }>, ctx: Build): Promise<Uint8Array> {
  const all = getEditionData(ctx);
  const measure = all.measures.find((m) => m.id === entry.measure.id)!;
  const { source: _source, ...place } = entry.edition;
  const key = cacheKey('edition', { measure, item: entry.item, place, theme: all.theme, title: all.editionTitle });
  const paths = await cached('editions', key, ['edition.pdf'], async () => {
    const made = await makeEdition(all, measure, entry.item, entry.edition);
    if (made.fileName !== entry.fileName) throw new Error(`kit: ${made.fileName} made for ${entry.fileName}`);
    return { 'edition.pdf': made.pdf };
  });
  return readFileSync(paths['edition.pdf']);
}
