import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_NUMBER_PATTERN,
  findDocumentNumbers,
  normalizeNumber,
  slugFromNumber,
} from '../../src/directives/document-number';

describe('document numbers', () => {
  it('accepts the shapes Vietnamese documents use', () => {
    for (const n of ['2841/BTTTT-THH', '1061/UBND', '30/2020/NĐ-CP', '14/CT-UBND', '760/KKT-VP'])
      expect(DOCUMENT_NUMBER_PATTERN.test(n), n).toBe(true);
    for (const n of ['2841', 'BTTTT-THH', '14/8/2020', '2841/btttt-thh'])
      expect(DOCUMENT_NUMBER_PATTERN.test(n), n).toBe(false);
  });
  it('makes stable unaccented slugs', () => {
    expect(slugFromNumber('2841/BTTTT-THH')).toBe('2841-btttt-thh');
    expect(slugFromNumber('30/2020/NĐ-CP')).toBe('30-2020-nd-cp');
    expect(normalizeNumber('2841 /BTTTT-THH')).toBe('2841/BTTTT-THH');
  });
  it('finds numbers in running text but not dates', () => {
    const text =
      'Thực hiện Văn bản số 3733/UBND-VX ngày 14/8/2020 và Chỉ thị số 14/CT-UBND ngày 10/8/2020; Số 2841 /BTTTT-THH.';
    expect(findDocumentNumbers(text).map((m) => m.number)).toEqual(['3733/UBND-VX', '14/CT-UBND', '2841/BTTTT-THH']);
  });
});
