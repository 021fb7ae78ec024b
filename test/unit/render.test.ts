import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { h } from '../../src/render/element';
import { renderSvg, fitOrFail, assertDrawable } from '../../src/render/draw';
import { svgToPng } from '../../src/render/raster';
import '../../src/render/node-assets';
import { missingGlyphs, textWidthEm } from '../../src/render/fonts';
import { fitText } from '../../src/render/fit-text';
import { LoaContentError } from '../../src/core/errors';

const src = { file: 'content/measures/01-x.mdx', field: 'poster.headline', label: 'biện pháp 1' };

describe('font registry', () => {
  it('draws every Vietnamese letter, precomposed (NFC)', () => {
    const all = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    expect(missingGlyphs(all + all.toUpperCase(), 400)).toEqual([]);
    expect(missingGlyphs(all + all.toUpperCase(), 800)).toEqual([]);
  });
  it('reports characters no font has', () => {
    expect(missingGlyphs('Bluezone 😷 ✓', 400)).toEqual(expect.arrayContaining(['😷']));
  });
  it('measures bold wider than regular', () => {
    expect(textWidthEm('Cài đặt Bluezone', 800)).toBeGreaterThan(textWidthEm('Cài đặt Bluezone', 400));
  });
});

describe('fitText', () => {
  it('shrinks long copy to fit and never exceeds the line count', () => {
    const short = fitText('Cài Bluezone', { width: 800, maxLines: 2, maxSize: 120, minSize: 40, weight: 800 })!;
    const long = fitText('Cài đặt Bluezone để bảo vệ mình, gia đình và cộng đồng trước dịch COVID-19', {
      width: 800,
      maxLines: 2,
      maxSize: 120,
      minSize: 30,
      weight: 800,
    })!;
    expect(short.size).toBe(120);
    expect(long.size).toBeLessThan(120);
    expect(long.lines.length).toBeLessThanOrEqual(2);
    for (const line of long.lines) expect(textWidthEm(line, 800) * long.size).toBeLessThanOrEqual(800);
  });
  it('gives up rather than clip', () => {
    expect(
      fitText('Một tiêu đề rất rất dài '.repeat(10), {
        width: 400,
        maxLines: 2,
        maxSize: 60,
        minSize: 40,
        weight: 800,
      }),
    ).toBeUndefined();
  });
  it('fitOrFail names the file, the field and the measure', () => {
    expect(() =>
      fitOrFail(
        'Một tiêu đề rất rất dài '.repeat(10),
        { width: 400, maxLines: 2, maxSize: 60, minSize: 40, weight: 800 },
        src,
      ),
    ).toThrow(/content\/measures\/01-x\.mdx: trường "poster\.headline": biện pháp 1: chữ quá dài/);
  });
  it('assertDrawable names the missing character and its code point', () => {
    expect(() => assertDrawable('Cài Bluezone 😷', src)).toThrow(LoaContentError);
    expect(() => assertDrawable('Cài Bluezone 😷', src)).toThrow(/“😷” \(U\+1F637\)/);
  });
});

describe('renderSvg', () => {
  it('renders Vietnamese text as outlines at the requested size', async () => {
    const node = h(
      'div',
      { style: { width: 600, height: 200, background: '#0b5cc4', color: '#fff', fontSize: 48, fontWeight: 800 } },
      'Đoàn Thanh niên ộ ặ ư',
    );
    const svg = await renderSvg(node, { width: 600, height: 200 });
    expect(svg).toMatch(/^<svg[^>]*width="600"[^>]*height="200"/);
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
    const png = await svgToPng(svg);
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([600, 200]);
  });
});

describe('svgToPng at an exact print size', () => {
  // Black above row 70, white below: 100 units drawn 100 px wide, 141 units tall.
  const svg =
    '<svg width="100" height="141" viewBox="0 0 100 141" xmlns="http://www.w3.org/2000/svg">' +
    '<rect width="100" height="141" fill="#fff"/><rect width="100" height="70" fill="#000"/></svg>';
  const pixels = async (png: Buffer) => sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });

  it.each([140, 141, 142])('lands on 100×%i px without resampling the drawing', async (height) => {
    const png = await svgToPng(svg, { width: 100, height, dpi: 300 });
    const { data, info } = await pixels(png);
    expect([info.width, info.height]).toEqual([100, height]);
    // A stretch to the odd pixel greys the edge between the halves; a cut or a copied row keeps it sharp.
    for (const x of [0, 50, 99]) {
      expect([data[69 * 100 + x], data[70 * 100 + x], data[(height - 1) * 100 + x]]).toEqual([0, 255, 255]);
    }
  });
  it('refuses a size that would stretch the drawing', async () => {
    await expect(svgToPng(svg, { width: 100, height: 160 })).rejects.toThrow(/100×141 drawing cannot fill 100×160 px/);
  });
});
