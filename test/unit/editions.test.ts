import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/print/edition-check';
import { readEditionsCsv, rowMessages } from '../../src/print/editions-csv';

describe('checking a place’s details', () => {
  it('accepts a full edition and writes the hotline the national way', () => {
    const r = checkEdition(
      { name: ' UBND  phường Vĩnh Ninh ', hotline: '02343822123', qrUrl: 'https://example.vn/x', address: '12 Lê Lợi' },
      'biểu mẫu',
    );
    expect(r.problems).toEqual([]);
    expect(r.edition).toEqual({
      name: 'UBND phường Vĩnh Ninh',
      hotline: '0234 3822 123',
      qrUrl: 'https://example.vn/x',
      address: '12 Lê Lợi',
      source: 'biểu mẫu',
    });
  });
  it('takes mobile, 1800 and 1900 numbers and +84', () => {
    for (const [typed, shown] of [
      ['0912 345 678', '0912 345 678'],
      ['1900 9095', '1900 9095'],
      ['18001119', '1800 1119'],
      ['+84 912 345 678', '0912 345 678'],
    ])
      expect(checkEdition({ name: 'X', hotline: typed }, 'f').edition?.hotline).toBe(shown);
  });
  it('names the field and the fix for each bad value', () => {
    const r = checkEdition({ name: '', hotline: '0123', qrUrl: 'http://example.vn', address: 'x'.repeat(121) }, 'f');
    expect(r.edition).toBeUndefined();
    expect(r.problems.map((p) => p.field)).toEqual(['tên đơn vị', 'đường dây nóng', 'địa chỉ mã QR', 'địa chỉ']);
    expect(r.problems[1].problem).toContain('không phải số điện thoại Việt Nam');
    expect(r.problems[2].fix).toContain('https://');
  });
  it('refuses a name longer than the layouts allow, and a foreign number', () => {
    expect(checkEdition({ name: 'a'.repeat(91) }, 'f').problems[0].problem).toContain('quá dài (91 ký tự');
    expect(checkEdition({ name: 'X', hotline: '+33 1 42 68 53 00' }, 'f').problems[0].field).toBe('đường dây nóng');
  });
  it('normalises to NFC', () => {
    const nfd = 'UBND phường Vĩnh Ninh'.normalize('NFD');
    expect(checkEdition({ name: nfd }, 'f').edition?.name).toBe('UBND phường Vĩnh Ninh'.normalize('NFC'));
  });
});

describe('a places CSV', () => {
  const header = 'tên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ';
  it('reads comma or semicolon, with or without BOM, unaccented headers too', () => {
    for (const text of [
      `${header}\nUBND phường A,0234 3822 123,,1 Lê Lợi\n`,
      `\uFEFF${header.replaceAll(',', ';')}\nUBND phường A;0234 3822 123;;1 Lê Lợi`,
      `Ten don vi,Duong day nong,Dia chi ma QR,Dia chi\r\nUBND phường A,0234 3822 123,,1 Lê Lợi\r\n`,
    ]) {
      const r = readEditionsCsv(text, 'don-vi.csv');
      expect(r.fileProblems).toEqual([]);
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0].edition).toMatchObject({ name: 'UBND phường A', hotline: '0234 3822 123', address: '1 Lê Lợi' });
    }
  });
  it('reports each bad row with its line, field and fix, and keeps the good rows', () => {
    const text = `${header}\nUBND phường A,,,\n\n"UBND xã B, huyện C",123,,\n,,,\nTrường THCS D,,ftp://x,\n`;
    const r = readEditionsCsv(text, 'don-vi.csv');
    expect(r.rows.filter((x) => x.edition).map((x) => x.edition!.name)).toEqual(['UBND phường A']);
    const messages = r.rows.flatMap(rowMessages);
    expect(messages).toEqual([
      expect.stringMatching(/^dòng 4: đường dây nóng “123” không phải số điện thoại Việt Nam\. Cách sửa: /),
      expect.stringMatching(/^dòng 6: địa chỉ mã QR “ftp:\/\/x” không phải địa chỉ https\. Cách sửa: /),
    ]);
  });
  it('two places that fold to the same file name: the second is refused, naming the first', () => {
    const r = readEditionsCsv(`${header}\nUBND phường Phú Hội,,,\nUBND Phường Phú Hội ,,,\n`, 'f');
    expect(r.rows[0].edition?.name).toBe('UBND phường Phú Hội');
    expect(r.rows[1].edition).toBeUndefined();
    expect(rowMessages(r.rows[1])).toEqual([
      expect.stringMatching(/^dòng 3: tên đơn vị trùng tên tệp với dòng 2 \(ubnd-phuong-phu-hoi\)\. Cách sửa: /),
    ]);
  });
  it('a row with more cells than columns is an error, not a shifted row', () => {
    const r = readEditionsCsv(`${header}\nUBND xã B, huyện C,,,,\n`, 'f');
    expect(rowMessages(r.rows[0])[0]).toMatch(/^dòng 2: tên đơn vị có 6 ô, nhiều hơn 4 cột/);
  });
  it('an unknown or missing column stops the file', () => {
    expect(readEditionsCsv('tên,số\nA,1', 'f').fileProblems).toEqual([
      expect.stringContaining('cột “tên” không có trong mẫu'),
      expect.stringContaining('cột “số” không có trong mẫu'),
      expect.stringContaining('thiếu cột “tên đơn vị”'),
    ]);
  });
});
