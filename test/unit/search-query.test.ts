import { describe, expect, it } from 'vitest';
import { foldHtml, foldQuery, foldText, unfoldText } from '../../src/search/fold';
import {
  closeness,
  matchedWords,
  phraseFactor,
  PHRASE_BOOST,
  queryTerms,
  rerank,
  spellingTier,
} from '../../src/search/query';

const STROKE = '\u0369';
// What Pagefind does to a word before looking it up: marks off (its indexer and its search script alike).
const pagefindFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('search folding of đ', () => {
  it('spells đ as d plus a mark that Pagefind strips, so "dat" and "đặt" meet', () => {
    expect(foldText('đặt Đoàn')).toBe(`d${STROKE}ặt D${STROKE}oàn`);
    expect(pagefindFold(foldText('đặt'))).toBe('dat');
    expect(pagefindFold(foldText('Đoàn'))).toBe('doan');
    expect(pagefindFold(foldText('điện thoại'))).toBe('dien thoai');
    // Without folding, Pagefind's own stripping leaves đ: the reason this module exists.
    expect(pagefindFold('đặt')).toBe('đat');
  });
  it('keeps the exact spelling apart from other spellings once folded', () => {
    expect(foldText('đường')).not.toBe(foldText('dương'));
    expect(foldText('đường').toLowerCase()).toBe(foldText('đường'.toUpperCase()).toLowerCase());
    // The mark survives lowercasing and composition, which Pagefind applies to queries and words.
    expect(foldText('Đ').toLowerCase().normalize('NFC')).toBe(`d${STROKE}`);
    expect(/\p{Alphabetic}/u.test(STROKE)).toBe(true);
  });
  it('folds a query composed, so a decomposed ặ matches the composed one in the index', () => {
    expect(foldQuery('đa\u0323\u0306t')).toBe(foldText('đặt'));
    expect(foldQuery('dat')).toBe('dat');
  });
  it('unfolds whatever the index hands back', () => {
    expect(unfoldText(foldText('Cài đặt ứng dụng — Đoàn Thanh niên'))).toBe('Cài đặt ứng dụng — Đoàn Thanh niên');
    expect(unfoldText(`<mark>d${STROKE}ặt</mark>`)).toBe('<mark>đặt</mark>');
    expect(unfoldText('dat')).toBe('dat');
  });
  it('folds page text only: not tags, attributes, comments, scripts, styles or filter values', () => {
    const html = [
      '<html lang="vi"><head><title>Đặt</title><style>.đ{}</style>',
      '<script>const a = "đ > b";</script></head>',
      '<body data-pagefind-body><h1 class="đ" title="Đoàn > x">Đoàn đặt</h1><!-- đ -->',
      '<ul data-pagefind-ignore><li data-pagefind-filter="cơ quan">Sở Điện lực <b>Đà Nẵng</b></li>',
      '<li data-pagefind-meta="issuer">Đài</li></ul><p>a < b, &#273;&#x110;&Dstrok;</p></body></html>',
    ].join('');
    const out = foldHtml(html);
    expect(out).toContain(`<title>D${STROKE}ặt</title>`);
    expect(out).toContain('<style>.đ{}</style>');
    expect(out).toContain('<script>const a = "đ > b";</script>');
    expect(out).toContain(`<h1 class="đ" title="Đoàn > x">D${STROKE}oàn d${STROKE}ặt</h1> <!-- đ -->`);
    expect(out).toContain('<li data-pagefind-filter="cơ quan">Sở Điện lực <b>Đà Nẵng</b></li>');
    expect(out).toContain(`<li data-pagefind-meta="issuer">D${STROKE}ài</li>`);
    expect(out).toContain(`<p>a < b, d${STROKE}D${STROKE}D${STROKE}</p> `);
  });
  it('keeps the words of neighbouring blocks apart, as the page shows them, and only there', () => {
    expect(foldHtml('<dl><dt>Số ký hiệu</dt><dd>2723/VPUBND</dd></dl><p>Cài <b>app</b></p>')).toBe(
      '<dl><dt>Số ký hiệu</dt> <dd>2723/VPUBND</dd> </dl><p>Cài <b>app</b></p> ',
    );
  });
  it('changes nothing in a page without đ', () => {
    const html = '<span class="x">Cài app <a href="/a?b=1&c=2">Bluezone</a> &amp; Zalo</span>';
    expect(foldHtml(html)).toBe(html);
  });
});

describe('search ranking by spelling', () => {
  const page = (...words: string[]) =>
    matchedWords(
      foldText(words.join(' ')),
      words.map((_, i) => i),
    );

  it('reads the matched words back from the fragment, unfolded and without punctuation', () => {
    expect(matchedWords(foldText('Cài đặt ứng dụng, Đoàn.'), [1, 3, 4])).toEqual([
      { at: 1, word: 'đặt' },
      { at: 3, word: 'dụng' },
      { at: 4, word: 'đoàn' },
    ]);
    expect(queryTerms('  "Đi từng  ngõ", ')).toEqual(['đi', 'từng', 'ngõ']);
  });
  it('tells the exact spelling from other marks and from d/đ swapped', () => {
    expect(closeness('dương', 'dương')).toBe(2);
    expect(closeness('dương', 'duong')).toBe(1);
    expect(closeness('dương', 'đường')).toBe(0);
    expect(closeness('đăng', 'đăng')).toBe(2);
    expect(closeness('đăng', 'dạng')).toBe(0);
    // Pagefind matches query words as prefixes: "đoàn" finds "đoàn" and "doanh".
    expect(closeness('đoàn', 'đoàn')).toBe(2);
    expect(closeness('đoàn', 'doanh')).toBe(0);
  });
  it('ranks "dương" before "duong" before "đường", whatever Pagefind scored', () => {
    const results = [
      { id: 'đường', score: 3, matches: page('đường') },
      { id: 'duong', score: 2, matches: page('duong') },
      { id: 'dương', score: 1, matches: page('dương') },
    ];
    expect(rerank('dương', results).map((r) => r.id)).toEqual(['dương', 'duong', 'đường']);
    expect(rerank('đường', results).map((r) => r.id)).toEqual(['đường', 'duong', 'dương']);
  });
  it('leaves a query without marks in Pagefind’s order: it says nothing about spelling', () => {
    const results = [
      { id: 'a', score: 3, matches: page('đường') },
      { id: 'b', score: 2, matches: page('dương') },
    ];
    expect(rerank('duong', results).map((r) => r.id)).toEqual(['a', 'b']);
    expect(spellingTier('duong', page('đường'))).toBe(0);
  });
  it('counts every word of the query typed with marks, on the best match of each on the page', () => {
    expect(spellingTier('điện thoại', page('điện', 'thoại'))).toBe(4);
    expect(spellingTier('điện thoại', page('diễn', 'thoại'))).toBe(2);
    expect(spellingTier('điện thoại', page('diễn', 'điện', 'thoại'))).toBe(4);
    expect(spellingTier('điện thoai', page('điện', 'thoại'))).toBe(2);
    // A word found only in the page's metadata has no location: neither better nor worse.
    expect(spellingTier('đoàn', [])).toBe(1);
  });
  it('boosts words side by side over words apart, and leaves quoted phrases and single words alone', () => {
    expect(phraseFactor('dien thoai', page('điện', 'thoại'))).toBe(PHRASE_BOOST);
    expect(phraseFactor('dien thoai', page('thoại', 'điện'))).toBe(1);
    expect(phraseFactor('"dien thoai"', page('điện', 'thoại'))).toBe(1);
    expect(phraseFactor('zalo', page('zalo'))).toBe(1);
    const apart = { id: 'apart', score: 3, matches: matchedWords(foldText('điện x thoại'), [0, 2]) };
    const together = { id: 'together', score: 1, matches: page('điện', 'thoại') };
    expect(rerank('dien thoai', [apart, together]).map((r) => r.id)).toEqual(['together', 'apart']);
  });
});
