import { readFileSync } from 'node:fs';
import { fittedLines, h } from '../../render/element';
import { fitOrFail } from '../../render/draw';
import { cached, cacheKey } from '../../render/cache';
import { drawSlide, slideAppName, slideFrame, slideNode } from '../../render/slide-parts';
import type { Theme } from '../../config/palette';
import type { FitBox } from '../../render/fit-text';
import type { Artefact, SlideOrientation } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import type { VisitorField, VisitorText } from './poster-layout';
import { visitorText } from './posters';

export interface VisitorSlideCopy {
  text: VisitorText;
  appName: string;
  address: string;
  qrUrl: string;
  settingsFile: string;
}

/**
 * The visitors' notice on a screen, in one language: headline, body, the
 * call to scan and the QR code. Drawn once as SVG like every slide; screens
 * show the drawing, image players its PNG.
 */
export async function renderVisitorSlide(
  copy: VisitorSlideCopy,
  orientation: SlideOrientation,
  palette: Theme,
): Promise<Record<'svg' | 'png', string>> {
  const { source: _, ...drawn } = copy.text;
  const key = cacheKey('visitor-slide', { drawn, appName: copy.appName, address: copy.address, orientation, palette });
  const paths = await cached('visitor-slides', key, ['slide.svg', 'slide.png'], async () => {
    const frame = slideFrame(orientation);
    const { width, portrait, vmin, pad, textWidth, sideWidth } = frame;
    const t = copy.text;
    const label = `ảnh màn hình cho khách (${t.lang}), ${portrait ? 'dọc' : 'ngang'}`;
    const fit = (field: VisitorField, box: Omit<FitBox, 'lang'>) =>
      fitOrFail(t[field], { ...box, lang: t.lang }, { ...t.source(field), label });
    const kicker = fit('kicker', {
      width: (width - 2 * pad) * 0.7,
      maxLines: 1,
      maxSize: (portrait ? 3.8 : 3) * vmin,
      minSize: 2 * vmin,
      weight: 800,
    });
    const name = fit('name', {
      width: (width - 2 * pad) * 0.28,
      maxLines: 1,
      maxSize: (portrait ? 3.8 : 3) * vmin,
      minSize: 2 * vmin,
      weight: 700,
    });
    const headline = fit('headline', {
      width: textWidth,
      maxLines: 3,
      maxSize: (portrait ? 9 : 7) * vmin,
      minSize: 4.5 * vmin,
      weight: 800,
      lineHeight: 1.15,
    });
    const body = fit('body', {
      width: textWidth,
      maxLines: portrait ? 7 : 6,
      maxSize: (portrait ? 4.6 : 3.8) * vmin,
      minSize: 2.6 * vmin,
      weight: 400,
      lineHeight: 1.4,
    });
    const cta = fit('cta', {
      width: sideWidth,
      maxLines: 2,
      maxSize: (portrait ? 4.6 : 3.4) * vmin,
      minSize: 2.2 * vmin,
      weight: 800,
      lineHeight: 1.2,
    });
    const address = fitOrFail(
      copy.address,
      { width: sideWidth, maxLines: 1, maxSize: cta.size, minSize: 2.2 * vmin, weight: 800, lineHeight: 1.2 },
      { file: copy.settingsFile, field: 'app.installUrl', label },
    );
    const basis = fit('basis', {
      width: width - 2 * pad,
      maxLines: 1,
      maxSize: (portrait ? 2.4 : 2) * vmin,
      minSize: 1.4 * vmin,
      weight: 400,
      lineHeight: 1.2,
    });
    const lang = t.lang;
    const ctaH = cta.height + address.height;
    const node = slideNode(
      frame,
      palette,
      {
        band: [
          h(
            'div',
            { style: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' } },
            slideAppName(frame, palette, copy.appName),
            h('div', { lang, style: { flexDirection: 'column' } }, ...fittedLines(name, { fontWeight: 700 })),
          ),
          h('div', { lang, style: { flexDirection: 'column' } }, ...fittedLines(kicker, { fontWeight: 800 })),
        ],
        words: [
          ...fittedLines(headline, { fontWeight: 800 }),
          h('div', { style: { height: 3 * vmin } }),
          ...fittedLines(body, { fontWeight: 400 }),
        ],
        cta: [
          h(
            'div',
            { lang, style: { flexDirection: 'column', alignItems: 'center' } },
            ...fittedLines(cta, { fontWeight: 800 }),
          ),
          ...fittedLines(address, { fontWeight: 800, color: palette.accent }),
        ],
        basis: fittedLines(basis, { color: palette.onDarkMuted }),
        basisHeight: basis.height,
        ctaH,
      },
      lang,
    );
    return drawSlide('visitor-slide', node, frame, ctaH, copy.qrUrl);
  });
  return { svg: paths['slide.svg'], png: paths['slide.png'] };
}

export function visitorSlideCopy(lang: string, b: Build): VisitorSlideCopy {
  return {
    text: visitorText(
      b.manifest.notices.find((n) => n.lang === lang)!,
      b,
    ),
    appName: b.settings.app.name,
    address: b.manifest.copy.installAddress,
    qrUrl: b.settings.app.installUrl,
    settingsFile: b.settingsFile,
  };
}

export async function visitorSlideBytes(entry: Extract<Artefact, { kind: 'visitor-slide' }>, b: Build) {
  const paths = await renderVisitorSlide(visitorSlideCopy(entry.lang, b), entry.orientation, b.theme);
  return readFileSync(paths[entry.format]);
}
