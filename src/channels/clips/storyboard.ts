import { h, textLine } from '../../render/element';
import { fitOrFail, renderSvg } from '../../render/draw';
import { svgToPng } from '../../render/raster';
import { cached, cacheKey } from '../../render/cache';
import { timed } from '../../render/stats';
import type { Theme } from '../../config/palette';
import type { Scene } from './schema';

export const FRAME = { width: 1280, height: 720 } as const;

export interface FrameInput {
  scene: Scene;
  index: number;
  measureNumber: number;
  file: string;
  /** Labels already in the reader's language: "Cảnh 2/5", "00:04–00:10 · 6 giây", "App · Biện pháp 1", "Hình: …". */
  labels: { scene: string; time: string; brand: string; visual: string };
}

/**
 * One storyboard frame (16:9): the on-screen text as the viewer would see it,
 * over a strip describing the shot, with scene number and timecode.
 */
export async function renderFrame(input: FrameInput, palette: Theme): Promise<string> {
  const key = cacheKey('frame', { input, palette });
  const paths = await cached('frames', key, ['frame.png'], async () => {
    const field = (f: string) => ({
      file: input.file,
      field: `clip.scenes[${input.index}].${f}`,
      label: `biện pháp ${input.measureNumber}, khung hình cảnh ${input.index + 1}`,
    });
    // EBU R 95 graphics-safe area: 5 % of the width in from each side (64 px of 1280), so the video keeps it too.
    const pad = 64;
    const inner = FRAME.width - 2 * pad;
    const screenText = fitOrFail(
      input.scene.onScreen,
      { width: inner, maxLines: 2, maxSize: 76, minSize: 40, weight: 800, lineHeight: 1.15 },
      field('onScreen'),
    );
    const visual = fitOrFail(
      input.labels.visual,
      { width: inner, maxLines: 2, maxSize: 30, minSize: 20, weight: 400, lineHeight: 1.3 },
      field('visual'),
    );
    const line = textLine;
    const stripH = 170;
    const node = h(
      'div',
      { style: { width: FRAME.width, height: FRAME.height, background: palette.primaryDark, position: 'relative' } },
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: 40, height: 40, alignItems: 'center' } },
        h(
          'div',
          {
            style: {
              background: palette.accent,
              color: palette.ink,
              fontSize: 24,
              fontWeight: 800,
              padding: '4px 14px',
              borderRadius: 6,
            },
          },
          input.labels.scene.toLocaleUpperCase('vi'),
        ),
        h(
          'div',
          { style: { color: palette.onDarkMuted, fontSize: 24, fontWeight: 700, marginLeft: 18 } },
          input.labels.time,
        ),
      ),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: pad,
            top: 110,
            width: inner,
            height: FRAME.height - 110 - stripH - 20,
            flexDirection: 'column',
            justifyContent: 'center',
          },
        },
        ...screenText.lines.map((l) =>
          line(l, screenText.size, screenText.lineHeight, { color: palette.onDark, fontWeight: 800 }),
        ),
      ),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: 0,
            top: FRAME.height - stripH,
            width: FRAME.width,
            height: stripH,
            background: palette.paper,
            flexDirection: 'column',
            padding: `24px ${pad}px`,
          },
        },
        ...visual.lines.map((l) => line(l, visual.size, visual.lineHeight, { color: palette.ink })),
      ),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: FRAME.width - pad - 300,
            top: 40,
            width: 300,
            height: 40,
            justifyContent: 'flex-end',
            alignItems: 'center',
            color: palette.onDarkMuted,
            fontSize: 22,
            fontWeight: 700,
          },
        },
        input.labels.brand,
      ),
    );
    const svg = await timed('storyboard', 'layout', () => renderSvg(node, FRAME));
    return { 'frame.png': await timed('storyboard', 'png', () => svgToPng(svg)) };
  });
  return paths['frame.png'];
}
