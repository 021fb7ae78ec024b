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
