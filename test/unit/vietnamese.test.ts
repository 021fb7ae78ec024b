import { describe, expect, it } from 'vitest';
import {
  compareVi,
  foldDiacritics,
  formatDateLong,
  formatDateShort,
  formatInteger,
  formatPercent,
} from '../../src/core/vietnamese';

describe('Vietnamese text', () => {
  it('folds tone marks and đ', () => {
    expect(foldDiacritics('Đoàn Thanh niên đăng ký điện thoại')).toBe('Doan Thanh nien dang ky dien thoai');
  });
  it('writes dates the Decree 30 way: zero before days < 10 and months < 3', () => {
    expect(formatDateLong('2020-08-01')).toBe('ngày 01 tháng 8 năm 2020');
    expect(formatDateLong('2020-08-21')).toBe('ngày 21 tháng 8 năm 2020');
    expect(formatDateLong('2021-02-15')).toBe('ngày 15 tháng 02 năm 2021');
    expect(formatDateShort('2020-08-04')).toBe('04/08/2020');
  });
  it('writes numbers with Vietnamese separators', () => {
    expect(formatInteger(1128620)).toBe('1.128.620');
    expect(formatPercent(16.27)).toBe('16,27\u00a0%');
  });
  it('sorts in Vietnamese alphabetical order', () => {
    const words = ['Đà Nẵng', 'Hải Phòng', 'Bắc Ninh', 'An Giang', 'Điện Biên', 'Ăn', 'Dak Lak'];
    expect([...words].sort(compareVi)).toEqual([
      'An Giang',
      'Ăn',
      'Bắc Ninh',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
      'Hải Phòng',
    ]);
  });
});
