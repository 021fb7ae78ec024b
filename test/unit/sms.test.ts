import { describe, expect, it } from 'vitest';
import { countSms, toGsm7 } from '../../src/channels/messages/sms';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const PLAIN = 'aaaaaaaaaaaaaaaaaabcddeeeeeeeeeeeeghiiiiiiklmnoooooooooooooooooopqrstuuuuuuuuuuuuvxyyyyyy';

describe('the GSM-7 version of a Vietnamese SMS', () => {
  it('folds every Vietnamese letter, in both cases, đ and Đ included', () => {
    expect(toGsm7(LOWER)).toEqual({ text: PLAIN, unsupported: [] });
    expect(toGsm7(LOWER.toUpperCase())).toEqual({ text: PLAIN.toUpperCase(), unsupported: [] });
  });

  it('gives the same text for NFD input as for NFC', () => {
    const nfc = 'Đoàn Thanh niên hướng dẫn cài đặt';
    expect(toGsm7(nfc.normalize('NFD')).text).toBe('Doan Thanh nien huong dan cai dat');
  });

  it('maps curly quotes, dashes, the ellipsis and no-break spaces into GSM-7', () => {
    expect(toGsm7('“Bluezone” – ‘khẩu trang’… 16,27\u00a0% — xong').text).toBe(
      '"Bluezone" - \'khau trang\'... 16,27 % - xong',
    );
  });

  it('reports what it cannot carry rather than dropping it', () => {
    expect(toGsm7('Cài ngay 😷 ✓').unsupported).toEqual(['😷', '✓']);
  });

  it('keeps extension characters, which cost two', () => {
    const v = toGsm7('Xem [tại đây] {1} €5 ~ ^ | \\');
    expect(v.unsupported).toEqual([]);
    expect(countSms(v.text).chars).toBe(v.text.length + 9);
  });
});

describe('SMS parts', () => {
  const parts = (text: string) => countSms(text).parts;
  it('GSM-7: 160 in one part, 153 per part beyond', () => {
    expect(parts('a'.repeat(160))).toBe(1);
    expect(parts('a'.repeat(161))).toBe(2);
    expect(parts('a'.repeat(306))).toBe(2);
    expect(parts('a'.repeat(307))).toBe(3);
  });
  it('GSM-7: an extension character counts twice at the boundary', () => {
    expect(parts('a'.repeat(158) + '[')).toBe(1);
    expect(parts('a'.repeat(159) + '[')).toBe(2);
  });
  it('UCS-2: 70 in one part, 67 per part beyond; one mark is enough to switch', () => {
    expect(countSms('đ' + 'a'.repeat(69)).encoding).toBe('UCS-2');
    expect(parts('đ'.repeat(70))).toBe(1);
    expect(parts('đ'.repeat(71))).toBe(2);
    expect(parts('đ'.repeat(134))).toBe(2);
    expect(parts('đ'.repeat(135))).toBe(3);
  });
  it('counts the NFC form even of NFD input, as phones send it', () => {
    const text = 'Cài đặt ứng dụng';
    expect(countSms(text.normalize('NFD'))).toEqual(countSms(text));
    expect(countSms(text).chars).toBe(16);
  });
});
