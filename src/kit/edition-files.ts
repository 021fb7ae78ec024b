import type { Artefact, Measure } from '../manifest/build';
import { itemsOf } from '../manifest/build';
import type { Build } from '../manifest/index';
import { posterCopy, posterStrings } from '../posters/posters';
import { makeEdition, type EditionData, type EditionMeasure } from './items';

/** What the customiser page hands its script, and what build-time editions are made from. */
export function editionData(ctx: Build): EditionData {
  const measure = (m: Measure): EditionMeasure => ({
    id: m.id,
    number: m.data.number,
    label: ctx.t('measure.title', { number: m.data.number, title: m.data.title }),
    poster: posterCopy(m, ctx),
    items: itemsOf(m),
  });
  const measures = ctx.campaign.measures.map(measure);
  const keys = [...new Set(measures.flatMap((m) => m.items))];
  return {
    campaign: ctx.settings.campaign.slug,
    theme: ctx.theme,
    author: ctx.settings.site.publisher,
    date: ctx.date,
    measures,
    posterStrings: posterStrings(ctx),
    items: keys.map((key) => ({ key, label: ctx.t(`customiser.item.${key}`) })),
  };
}

let data: EditionData | undefined;

/** A build-time edition's bytes: the very call the customiser makes in the browser. */
export async function editionBytes(entry: Extract<Artefact, { kind: 'edition' }>, ctx: Build): Promise<Uint8Array> {
  data ??= editionData(ctx);
  const measure = data.measures.find((m) => m.id === entry.measure.id)!;
  const made = await makeEdition(data, measure, entry.item, entry.edition);
  if (made.fileName !== entry.fileName) throw new Error(`kit: ${made.fileName} made for ${entry.fileName}`);
  return made.pdf;
}
