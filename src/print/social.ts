import { fittedLines, h, type RenderNode } from '../render/element';
import { fitOrFail, renderSvg, type CopySource } from '../render/draw';
import type { Theme } from '../config/palette';
import { editionSource, type Edition } from './edition';
import type { KitCopy } from './kit-common';
import { SOCIAL_SHAPES, type SocialShape } from './paper';

/**
 * Square and story images for social feeds, drawn like the Zalo OA cover:
 * the brand, the title as large as fits, the install address at the foot.
 * One card layout serves both; its proportions scale with the width.
 */
export interface CardText {
  brand: string;
  title: string;
  address: string;
  /** A sentence under the title, where the image has room for one. */
  body?: string;
  /** A local edition's name, under the brand. */
  place?: string;
  source: (part: 'brand' | 'title' | 'body' | 'address' | 'place') => CopySource;
}

export interface CardSpec {
  width: number;
  height: number;
  title: { maxLines: number; maxSize: number; minSize: number; height: number };
  body?: { maxLines: number; maxSize: number; minSize: number; height: number };
  /** Distance of the brand and the address from the top and bottom edges: stories keep clear of the app's bars. */
  inset?: number;
  /** Where the title starts, when not right under the brand. */
  titleTop?: number;
}

/** The card's drawing; every distance is the cover's (500 px wide) scaled to the width. */
export function cardNode(copy: CardText, theme: Theme, spec: CardSpec): RenderNode {
  const k = spec.width / 500;
  const pad = 28 * k;
  const inset = spec.inset ?? pad;
  const inner = spec.width - 2 * pad;
  const brand = fitOrFail(
    copy.brand.toLocaleUpperCase('vi'),
    { width: inner, maxLines: 1, maxSize: 22 * k, minSize: 14 * k, weight: 800 },
    copy.source('brand'),
  );
  const place =
    copy.place !== undefined
      ? fitOrFail(
          copy.place,
          { width: inner, maxLines: 2, maxSize: 26 * k, minSize: 16 * k, weight: 800, lineHeight: 1.15 },
          copy.source('place'),
        )
      : undefined;
  // A place's name may push the title down; the title's room shrinks by as much.
  const planned = spec.titleTop ?? inset + 56 * k;
  const titleTop = Math.max(planned, inset + 56 * k + (place ? place.height + 16 * k : 0));
  const shift = titleTop - planned;
  const title = fitOrFail(
    copy.title,
    { width: inner, weight: 800, lineHeight: 1.15, ...spec.title, height: spec.title.height - shift },
    copy.source('title'),
  );
  const body =
    copy.body !== undefined && spec.body
      ? fitOrFail(copy.body, { width: inner, weight: 400, lineHeight: 1.35, ...spec.body }, copy.source('body'))
      : undefined;
  const address = fitOrFail(
    copy.address,
    { width: inner, maxLines: 1, maxSize: 22 * k, minSize: 14 * k, weight: 700 },
    copy.source('address'),
  );
  return h(
    'div',
    {
      style: {
        width: spec.width,
        height: spec.height,
        background: theme.primaryDark,
        color: theme.onDark,
        position: 'relative',
      },
    },
    h(
      'div',
      { style: { position: 'absolute', left: pad, top: inset, flexDirection: 'column' } },
      ...fittedLines(brand, { fontWeight: 800, color: theme.accent, letterSpacing: 1 }),
    ),
    place &&
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: inset + 44 * k, width: inner, flexDirection: 'column' } },
        ...fittedLines(place, { fontWeight: 800 }),
      ),
    h(
      'div',
      { style: { position: 'absolute', left: pad, top: titleTop, width: inner, flexDirection: 'column' } },
      ...fittedLines(title, { fontWeight: 800 }),
    ),
    body &&
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: pad,
            top: titleTop + title.height + 24 * k,
            width: inner,
            flexDirection: 'column',
          },
        },
        ...fittedLines(body, { fontWeight: 400 }),
      ),
    h('div', {
      style: {
        position: 'absolute',
        left: pad,
        top: spec.height - inset - address.height / 2 - 3 * k,
        width: 36 * k,
        height: 6 * k,
        background: theme.accent,
      },
    }),
    h(
      'div',
      {
        style: {
          position: 'absolute',
          left: pad + 48 * k,
          top: spec.height - inset - address.height,
          flexDirection: 'column',
        },
      },
      ...fittedLines(address, { fontWeight: 700, color: theme.onDarkMuted }),
    ),
  );
}

const SPECS: Record<SocialShape, CardSpec> = {
  vuong: {
    ...SOCIAL_SHAPES.vuong,
    title: { maxLines: 4, maxSize: 110, minSize: 60, height: 470 },
    body: { maxLines: 4, maxSize: 46, minSize: 34, height: 260 },
  },
  doc: {
    ...SOCIAL_SHAPES.doc,
    // Story viewers lay their own bars over the top and bottom 250 px or so.
    inset: 260,
    titleTop: 620,
    title: { maxLines: 5, maxSize: 130, minSize: 70, height: 560 },
    body: { maxLines: 6, maxSize: 52, minSize: 38, height: 420 },
  },
};

export interface SocialCopy extends KitCopy {
  headline: string;
  body: string;
}

/** A social image as SVG (the build rasterises it to PNG; a browser can draw it on a canvas). */
export function socialSvg(copy: SocialCopy, theme: Theme, shape: SocialShape, edition?: Edition): Promise<string> {
  const { width, height } = SOCIAL_SHAPES[shape];
  const label = `biện pháp ${copy.measureNumber}, ảnh mạng xã hội ${width}×${height}`;
  const fields: Record<Parameters<CardText['source']>[0], string> = {
    title: 'poster.headline',
    body: 'poster.body',
    brand: 'app.name',
    address: 'app.installUrl',
    place: 'name',
  };
  const node = cardNode(
    {
      brand: copy.appName,
      title: copy.headline,
      body: copy.body,
      address: copy.installAddress,
      place: edition?.name,
      // With a place's name on the image, the name is what crowds the title and the body out.
      source: (part) =>
        edition && part !== 'brand' && part !== 'address'
          ? editionSource(edition, 'name', label)
          : {
              file: part === 'brand' || part === 'address' ? copy.settingsFile : copy.file,
              field: fields[part],
              label,
            },
    },
    theme,
    SPECS[shape],
  );
  return renderSvg(node, SOCIAL_SHAPES[shape]);
}
