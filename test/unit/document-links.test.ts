import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { documentLinks, numbersOnSite } from '../../src/directives/document-links';

const dir = mkdtempSync(join(tmpdir(), 'loa-links-'));
writeFileSync(join(dir, '2841-btttt-thh.md'), '---\nnumber: "2841/BTTTT-THH"\n---\nVăn bản.\n');
writeFileSync(join(dir, '499-ubnd-vx.md'), '---\nnumber: "499/UBND-VX"\n---\nVăn bản.\n');
const render = (md: string, file?: string) =>
  markdownToHtml(md, {
    hastPlugins: [documentLinks({ directivesDir: dir, base: '/tinh/' })],
    fileURL: file ? pathToFileURL(join(dir, file)) : undefined,
  }).html;

describe('document numbers in running text', () => {
  it('link to the documents on the site, under the base, and leave the others as text', () => {
    const html = render('Thực hiện Công văn số 2841/BTTTT-THH và Công văn số 12/ABC-XY, số 499/UBND-VX.');
    expect(html).toBe(
      '<p>Thực hiện Công văn số <a href="/tinh/van-ban/2841-btttt-thh/" class="doc-ref">2841/BTTTT-THH</a>' +
        ' và Công văn số 12/ABC-XY, số <a href="/tinh/van-ban/499-ubnd-vx/" class="doc-ref">499/UBND-VX</a>.</p>\n',
    );
  });
  it('leave a number alone inside a link, in code, and in its own document', () => {
    expect(render('[Công văn 2841/BTTTT-THH](https://example.org/)')).not.toMatch(/doc-ref/);
    expect(render('Mã `2841/BTTTT-THH`.')).not.toMatch(/doc-ref/);
    expect(render('Công văn này, số 2841/BTTTT-THH.', '2841-btttt-thh.md')).not.toMatch(/doc-ref/);
    expect(render('Xem số 499/UBND-VX.', '2841-btttt-thh.md')).toMatch(/doc-ref/);
  });
});

describe('numbersOnSite', () => {
  it('reads every way YAML can write a number, and only the top-level field', () => {
    const d = mkdtempSync(join(tmpdir(), 'loa-numbers-'));
    const fm = (name: string, body: string) => writeFileSync(join(d, name), `---\n${body}\n---\nVăn bản.\n`);
    fm('a.md', 'title: A\nnumber: "2841/BTTTT-THH" # quoted, with a comment');
    fm('b.mdx', "number: '499/UBND-VX'");
    fm('c.md', 'number: 7414/UBND-CT');
    fm('d.md', 'number: >-\n  1061/UBND');
    fm('e.md', 'issuer:\n  number: 5/NESTED\nnumber: 760/KKT-VP');
    fm('f.md', 'title: no number\nsource:\n  number: 9/NESTED');
    fm('g.txt', 'number: 8/NOT-MARKDOWN');
    expect([...numbersOnSite(d)].sort()).toEqual(
      ['1061/UBND', '2841/BTTTT-THH', '499/UBND-VX', '7414/UBND-CT', '760/KKT-VP'].sort(),
    );
  });
});
