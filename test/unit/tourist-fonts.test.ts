import { describe, expect, it } from 'vitest';
import { h } from '../../src/render/element';
import { renderSvg, assertDrawable } from '../../src/render/draw';
import '../../src/render/node-assets';
import { cjkSubsetsFor, missingGlyphs, satoriFonts, textWidthEm } from '../../src/render/fonts';
import { breakTokens, fitText, wrap } from '../../src/render/fit-text';
import { LoaContentError } from '../../src/core/errors';

const src = { file: 'content/translations/ja.yaml', field: 'notice.headline', label: 'áp phích du khách' };

describe('CJK fonts', () => {
  it('draws Chinese, Korean and Japanese from the Noto subsets the text needs', () => {
    expect(missingGlyphs('扫码安装 Bluezone，保护自己和他人。', 800, 'zh-Hans')).toEqual([]);
    expect(missingGlyphs('블루존을 설치하세요.', 400, 'ko')).toEqual([]);
    expect(missingGlyphs('ブルーゾーンをインストールしてください。', 400, 'ja')).toEqual([]);
    const subsets = cjkSubsetsFor({ text: '扫码安装', weight: 400, lang: 'zh-Hans' });
    expect(subsets.length).toBeGreaterThan(0);
    expect(subsets.length).toBeLessThanOrEqual(4);
    expect(subsets.every((f) => f.face === 'sc')).toBe(true);
  });
  it('hands satori only the subsets in use', () => {
    const none = satoriFonts();
    const some = satoriFonts([{ text: 'インストール', weight: 400, lang: 'ja' }]);
    expect(some.length - none.length).toBeGreaterThan(0);
    expect(some.length - none.length).toBeLessThan(5);
  });
  it('prefers the language’s own face for shared Han characters', () => {
    expect(cjkSubsetsFor({ text: '直', weight: 400, lang: 'ja' })[0].face).toBe('jp');
    expect(cjkSubsetsFor({ text: '直', weight: 400, lang: 'zh-Hans' })[0].face).toBe('sc');
    expect(cjkSubsetsFor({ text: '直', weight: 400, lang: 'ko' })[0].face).toBe('kr');
  });
  it('stops on a character no font has, naming file, field and code point', () => {
    expect(() => assertDrawable('请扫码 😷', src, 400, 'zh-Hans')).toThrow(LoaContentError);
    expect(() => assertDrawable('请扫码 😷', src, 400, 'zh-Hans')).toThrow(
      /content\/translations\/ja\.yaml: trường "notice\.headline": .*“😷” \(U\+1F637\)/,
    );
    // CJK Extension B: outside every Fontsource subset.
    expect(() => assertDrawable('𠀀', src, 400, 'zh-Hans')).toThrow(/U\+20000/);
  });
  it('measures a CJK character as about one em', () => {
    expect(textWidthEm('码', 400, 'zh-Hans')).toBeGreaterThan(0.9);
    expect(textWidthEm('码', 400, 'zh-Hans')).toBeLessThan(1.1);
  });
});

describe('CJK line breaking', () => {
  it('breaks between CJK words, never before closing or after opening punctuation', () => {
    const t = breakTokens('欢迎来到越南，请安装（免费）应用。', 'zh-Hans').map((x) => x.text);
    expect(t.join('')).toBe('欢迎来到越南，请安装（免费）应用。');
    expect(t).toContain('安装');
    expect(t).toContain('越南，');
    expect(t).toContain('（免费）');
    for (const tok of t) expect('，。）', tok).not.toContain(tok[0]);
  });
  it('keeps Latin words whole and their spaces', () => {
    expect(breakTokens('Cài đặt Bluezone ngay').map((x) => x.text)).toEqual(['Cài', 'đặt', 'Bluezone', 'ngay']);
    const mixed = breakTokens('安装 Bluezone 应用', 'zh-Hans');
    expect(mixed.map((x) => [x.text, x.space])).toEqual([
      ['安装', false],
      ['Bluezone', true],
      ['应用', true],
    ]);
  });
  it('keeps a katakana word whole, and splits it only when it is longer than a line', () => {
    const t = breakTokens('Bluezone をインストールしてください', 'ja').map((x) => x.text);
    expect(t.slice(0, 3)).toEqual(['Bluezone', 'を', 'インストール']);
    expect(t.join('')).toBe('Bluezoneをインストールしてください');
    const lines = wrap('インストール', 40, 130, 400, 'ja')!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('インストール');
  });
  it('wraps Chinese text with no spaces within the width', () => {
    const text = '为了保护您和他人的健康，请在手机上安装接触追踪应用程序，并保持蓝牙开启。';
    const lines = wrap(text, 40, 400, 400, 'zh-Hans')!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(textWidthEm(l, 400, 'zh-Hans') * 40).toBeLessThanOrEqual(400);
      expect('，。、）').not.toContain(l[0]);
    }
  });
  it('breaks Korean at spaces', () => {
    const lines = wrap('휴대전화에 블루존 앱을 설치하고 블루투스를 켜 두세요', 40, 420, 400, 'ko')!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('휴대전화에 블루존 앱을 설치하고 블루투스를 켜 두세요');
  });
  it('fits Japanese into a box', () => {
    const fit = fitText('スマートフォンにアプリをインストールしてください。', {
      width: 500,
      maxLines: 3,
      maxSize: 80,
      minSize: 20,
      weight: 800,
      lang: 'ja',
    })!;
    expect(fit.lines.length).toBeLessThanOrEqual(3);
    expect(fit.lines.join('')).toBe('スマートフォンにアプリをインストールしてください。');
  });
});

describe('rendering CJK', () => {
  it('measures each language as satori lays it out (within 1 %), so fitted lines never overrun', async () => {
    const cases: Array<[string, string, 400 | 800]> = [
      ['ja', 'ベトナムへようこそ。Bluezone をインストールしてください', 800],
      ['ja', '旅行中は、知らない人と接する機会が多くなります。', 400],
      ['zh-Hans', '旅途中难免接触许多陌生人。Bluezone 是越南官方的新冠肺炎防疫应用：', 400],
      ['ko', '베트남에 오신 것을 환영합니다. Bluezone을 설치해 주세요', 800],
    ];
    for (const [lang, text, weight] of cases) {
      const node = h(
        'div',
        { style: { width: 4000, height: 100, background: '#ffffff' } },
        h(
          'div',
          { lang, style: { fontSize: 50, fontWeight: weight, whiteSpace: 'nowrap', background: '#ff0000' } },
          text,
        ),
      );
      const svg = await renderSvg(node, { width: 4000, height: 100 });
      const drawn = Number(/<rect[^>]*width="([\d.]+)"[^>]*fill="#ff0000"/.exec(svg)![1]);
      const measured = textWidthEm(text, weight, lang) * 50;
      expect(Math.abs(drawn / measured - 1), `${lang}: ${drawn} vs ${measured}`).toBeLessThan(0.01);
    }
  });
  it('draws CJK text as outlines', async () => {
    const node = h(
      'div',
      { style: { width: 600, height: 200, background: '#fff', color: '#000', fontSize: 48 } },
      h('div', { lang: 'ja', style: { fontWeight: 800 } }, 'インストール'),
    );
    const svg = await renderSvg(node, { width: 600, height: 200 });
    expect(svg).not.toContain('<text');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(0);
  });
});
