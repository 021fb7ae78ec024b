import { describe, expect, it } from 'vitest';
import { mergeResults, phraseVariants, queryVariants, wordVariants, MAX_VARIANTS } from '../../src/search/query';

describe('search query spellings', () => {
  it('lets every d stand for đ', () => {
    expect(wordVariants('dang')).toEqual(['dang', 'đang']);
    expect(queryVariants('doan thanh nien')).toEqual(['doan thanh nien', 'đoan thanh nien']);
    expect(queryVariants('dien thoai')).toContain('đien thoai');
    expect(queryVariants('Dat')).toContain('Đat');
  });
  it('keeps the typed query first and words without d untouched', () => {
    expect(queryVariants('khach san')).toEqual(['khach san']);
    expect(queryVariants('cai dat')).toEqual(['cai dat', 'cai đat']);
  });
  it('keeps quoted phrases and stays bounded', () => {
    expect(queryVariants('"đi từng ngõ"')).toEqual(['"đi từng ngõ"']);
    expect(queryVariants('"di tung ngo"')).toEqual(['"di tung ngo"', '"đi tung ngo"']);
    expect(queryVariants('dd dd dd dd dd').length).toBeLessThanOrEqual(MAX_VARIANTS + 1);
  });
  it('turns multi-word queries into phrase spellings, and leaves typed phrases alone', () => {
    expect(phraseVariants('dien thoai')).toEqual(['"dien thoai"', '"đien thoai"']);
    expect(phraseVariants('zalo')).toEqual([]);
    expect(phraseVariants('"di tung ngo"')).toEqual([]);
  });
  it('merges results at their best score', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 5 }],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });
});
