import { describe, expect, it } from 'vitest';
import { decodeTable, fileMessage, quoteCell, readTable } from '../../src/core/csv-table';

// Another caller's columns (a results roll-up): the reader knows nothing of editions.
const spec = {
  columns: { unit: 'đơn vị', total: 'tổng số', installed: 'đã cài' },
  required: ['unit', 'installed'] as const,
};

describe('reading a spreadsheet table with a caller’s own columns', () => {
  it('maps headers loosely (case, marks, spacing), in any order, tab-separated too', () => {
    const t = readTable('Da cai\t DON VI \n12\tPhường An Cựu\n', spec);
    expect(t.fileProblems).toEqual([]);
    expect(t.rows).toEqual([{ line: 2, cells: { installed: '12', unit: 'Phường An Cựu' }, problems: [] }]);
  });
  it('names every missing required column, and keeps line numbers through quoted line breaks', () => {
    expect(readTable('tổng số\n1\n', spec).fileProblems.map(fileMessage)).toEqual([
      expect.stringMatching(/^dòng 1: thiếu cột “đơn vị”/),
      expect.stringMatching(/^dòng 1: thiếu cột “đã cài”/),
    ]);
    const t = readTable('đơn vị;đã cài\n"Phường\nAn Cựu";3\nPhường B;4\n', spec);
    expect(t.rows.map((r) => [r.line, r.cells?.unit])).toEqual([
      [2, 'Phường\nAn Cựu'],
      [4, 'Phường B'],
    ]);
  });
  it('decodes what spreadsheets save and refuses what it cannot read', () => {
    expect(decodeTable(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', encoding: 'UTF-8' });
    expect(decodeTable(new Uint8Array([0x61, 0, 0x62, 0]))).toEqual({ text: 'ab', encoding: 'UTF-16 LE' });
    expect(decodeTable(new Uint8Array([0, 0x61, 0, 0x62]))).toEqual({ text: 'ab', encoding: 'UTF-16 BE' });
    expect(decodeTable(new Uint8Array([0x48, 0x6f, 0xcc, 0x61]))).toEqual({ text: 'Hòa', encoding: 'Windows-1258' });
    expect(decodeTable(new Uint8Array([0x48, 0x6f, 0xb5]))).toHaveProperty('problem');
  });
  it('quotes a long cell by its start and its length', () => {
    expect(quoteCell('ngắn')).toBe('“ngắn”');
    expect(quoteCell('a'.repeat(100), 10)).toBe('“aaaaaaaaaa…” (100 ký tự)');
  });
});
