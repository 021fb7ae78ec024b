import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { allCards, cardPath } from '../../cards/cards';
import { renderCard, type CardCopy } from '../../cards/social-card';
import { loadSettings } from '../../config/settings';

export const getStaticPaths = (async () =>
  (await allCards()).map((c) => ({ params: { card: cardPath(c.path).replace(/^\/og\//, '') }, props: { copy: c.copy } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ copy: CardCopy }> = async ({ props }) =>
  new Response(readFileSync(await renderCard(props.copy, loadSettings().palette)), { headers: { 'Content-Type': 'image/jpeg' } });
