/**
 * A satori node without React: `h('div', { style }, ...children)`. Satori
 * needs every multi-child div to say display:flex; h() adds it so layouts
 * never fail on a forgotten display.
 */
export type Child = RenderNode | string | number | false | null | undefined;
export interface RenderNode {
  type: string;
  props: Record<string, unknown> & { children?: Child | Child[]; style?: Record<string, unknown> };
}

export function h(type: string, props: Record<string, unknown> | null, ...children: Child[]): RenderNode {
  const kids = children.flat().filter((c) => c !== false && c !== null && c !== undefined && c !== '');
  const style = { ...((props?.style as Record<string, unknown>) ?? {}) };
  if (type === 'div' && style.display === undefined) style.display = 'flex';
  return { type, props: { ...props, style, children: kids.length === 1 ? kids[0] : kids } };
}

/** One line of text that never wraps: every renderer lays text out as explicit, fitted lines. */
export function textLine(
  text: string,
  size: number,
  lineHeight: number,
  style: Record<string, unknown> = {},
): RenderNode {
  return h(
    'div',
    {
      style: {
        fontSize: size,
        lineHeight: `${size * lineHeight}px`,
        height: size * lineHeight,
        whiteSpace: 'nowrap',
        ...style,
      },
    },
    text,
  );
}

/** The lines of a fitted block (from fitOrFail), one node each. */
export function fittedLines(
  fit: { lines: string[]; size: number; lineHeight: number },
  style: Record<string, unknown> = {},
): RenderNode[] {
  return fit.lines.map((l) => textLine(l, fit.size, fit.lineHeight, style));
}
