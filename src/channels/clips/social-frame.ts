import { fittedLines, h } from '../../render/element';
import { fitOrFail, renderSvg } from '../../render/draw';
import { composePng, svgToPng } from '../../render/raster';
import type { Theme } from '../../config/palette';
import { FRAME } from './storyboard';

/**
 * The upright (9:16) social video's frame: the measure and campaign on top,
 * the scene's storyboard frame in the middle, the caption burned in below it.
 * Platforms lay their own name, buttons and description over the top 15 %
 * and the bottom 25 % of the picture, so nothing is drawn there.
 */
export const SOCIAL = {
  width: 1080,
  height: 1920,
  /** The bands a platform covers, left empty. */
  coveredTop: 288,
  coveredBottom: 480,
  header: { top: 300, height: 220 },
  frame: { top: 540, height: Math.round((1080 * FRAME.height) / FRAME.width) },
  caption: { top: 1170, height: 260 },
  pad: 48,
} as const;

export interface SocialFrameInput {
  /** "App · Biện pháp 1": the campaign and the measure, from the first frame on. */
  kicker: string;
  title: string;
  /** The caption's lines on screen at this moment (as the caption files break them), or none between cues. */
  caption?: string[];
  /** Where the words come from, for the error when they cannot fit. */
  file: string;
  field: string;
}

/** One social frame as a PNG: the text layer drawn by the renderer, the storyboard frame laid in by sharp. */
export async function socialFrame(input: SocialFrameInput, storyboard: string, palette: Theme): Promise<Buffer> {
  const { width, pad } = SOCIAL;
  const inner = width - 2 * pad;
  const source = (field: string) => ({ file: input.file, field, label: 'clip dọc cho mạng xã hội' });
  const kicker = fitOrFail(
    input.kicker.toLocaleUpperCase('vi'),
    { width: inner, maxLines: 1, maxSize: 36, minSize: 24, weight: 800, lineHeight: 1.2 },
    source('number'),
  );
  const title = fitOrFail(
    input.title,
    { width: inner, maxLines: 2, maxSize: 56, minSize: 36, weight: 800, lineHeight: 1.15 },
    source('clip.title'),
  );
  // Each line as the caption files break it (balanced, ≤ 42 characters), all at the size of the longest.
  const fits = (input.caption ?? []).map((line) =>
    fitOrFail(
      line,
      { width: inner - 48, maxLines: 1, maxSize: 50, minSize: 30, weight: 700, lineHeight: 1.25 },
      source(input.field),
    ),
  );
  const size = Math.min(...fits.map((f) => f.size));
  const caption = fits.length > 0 && { lines: fits.flatMap((f) => f.lines), size, lineHeight: 1.25 };
  const box = (area: { top: number; height: number }, style: Record<string, unknown>, ...children: unknown[]) =>
    h(
      'div',
      {
        style: {
          position: 'absolute',
          left: pad,
          top: area.top,
          width: inner,
          height: area.height,
          flexDirection: 'column',
          ...style,
        },
      },
      ...(children as never[]),
    );
  const node = h(
    'div',
    { style: { width, height: SOCIAL.height, background: palette.primaryDark, position: 'relative' } },
    box(
      SOCIAL.header,
      { justifyContent: 'flex-end' },
      ...fittedLines(kicker, { color: palette.accent, fontWeight: 800 }),
      h('div', { style: { height: 12 } }),
      ...fittedLines(title, { color: palette.onDark, fontWeight: 800 }),
    ),
    caption &&
      box(
        SOCIAL.caption,
        { justifyContent: 'flex-start', alignItems: 'center' },
        h(
          'div',
          {
            style: {
              flexDirection: 'column',
              alignItems: 'center',
              background: palette.ink,
              color: palette.onDark,
              padding: '14px 24px',
              borderRadius: 12,
            },
          },
          ...fittedLines(caption, { fontWeight: 700 }),
        ),
      ),
  );
  const png = await svgToPng(await renderSvg(node, SOCIAL));
  return composePng(png, [{ path: storyboard, left: 0, top: SOCIAL.frame.top, width, height: SOCIAL.frame.height }]);
}
