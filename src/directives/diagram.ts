/**
 * The layout of a document's "lược đồ": the document at the top, and below it one branch per typed link, each
 * with its wording ("Triển khai, thực hiện", "Bị thay thế bởi") and the other document. Drawn at build time as
 * plain SVG; a tree in one column stays legible on a 320 px phone, where a star of boxes would not.
 */

export interface DiagramLink {
  /** The relation as this document reads it. */
  label: string;
  /** `forward`: the arrow leaves this document; `reverse`: it comes to it. */
  direction: 'forward' | 'reverse';
  /** The other document's lines: its title, then who and when. */
  lines: string[];
  onSite: boolean;
}

export interface DiagramBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Each line with its baseline; `first`: a line of the first text (the title), drawn bold. */
  lines: Array<{ text: string; y: number; first: boolean }>;
  onSite: boolean;
}

export interface DiagramBranch {
  /** The relation's words, wrapped, each line with its baseline. */
  label: Array<{ text: string; y: number }>;
  /** The branch's horizontal line, from the trunk to the box. */
  y: number;
  direction: 'forward' | 'reverse';
  box: DiagramBox;
}

export interface Diagram {
  width: number;
  height: number;
  centre: DiagramBox;
  trunk: { x: number; y1: number; y2: number };
  branchX: number;
  branches: DiagramBranch[];
}

export const DIAGRAM = { width: 320, margin: 6, trunkX: 20, branchX: 36, line: 16, pad: 8, gap: 10, font: 12 };
/** Characters per line of a box: a generous width for Vietnamese sans text at 12 px, so no line is clipped. */
const CHARS_CENTRE = 40;
const CHARS_BRANCH = 34;

/** Word-wraps a text to lines of at most `max` characters; a word longer than that keeps its own line. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function box(x: number, y: number, w: number, texts: string[], max: number, onSite: boolean): DiagramBox {
  const { line, pad } = DIAGRAM;
  const wrapped = texts.flatMap((t, n) => wrap(t, max).map((text) => ({ text, first: n === 0 })));
  const lines = wrapped.map((l, i) => ({ ...l, y: y + pad + line * (i + 1) - 4 }));
  return { x, y, w, h: pad * 2 + line * wrapped.length, lines, onSite };
}

export function layoutDiagram(centre: string[], links: DiagramLink[]): Diagram {
  const { width, margin, trunkX, branchX, line, gap } = DIAGRAM;
  const top = box(margin, margin, width - margin * 2, centre, CHARS_CENTRE, true);
  let y = top.y + top.h + gap;
  const branches: DiagramBranch[] = links.map((l) => {
    const label = wrap(l.label, CHARS_BRANCH + 4).map((text, i) => ({ text, y: y + line * (i + 1) - 4 }));
    const b = box(branchX, y + line * label.length + 2, width - margin - branchX, l.lines, CHARS_BRANCH, l.onSite);
    y = b.y + b.h + gap;
    return { label, y: b.y + b.h / 2, direction: l.direction, box: b };
  });
  const last = branches.at(-1);
  return {
    width,
    height: y - gap + margin,
    centre: top,
    trunk: { x: trunkX, y1: top.y + top.h, y2: last ? last.y : top.y + top.h },
    branchX,
    branches,
  };
}
