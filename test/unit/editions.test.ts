import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEditionsFile } from '../../src/campaign/editions-file';
import { checkEdition } from '../../src/print/edition-check';
import { printedAddress } from '../../src/print/edition';
import { readEditionsCsv, rowMessages } from '../../src/print/editions-csv';
import { fileMessage } from '../../src/core/csv-table';
import { fileNames } from '../../src/manifest/paths';

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
      expect.stringMatching(/^dòng 3: tên đơn vị trùng với dòng 2\. Cách sửa: /),
    ]);
  });
  it('a row with more cells than columns is an error, not a shifted row', () => {
    const r = readEditionsCsv(`${header}\nUBND xã B, huyện C,,,,\n`, 'f');
    expect(rowMessages(r.rows[0])[0]).toMatch(
      /^dòng 2: có 6 ô, nhiều hơn 4 cột của dòng tên cột\. Cách sửa: ô nào có dấu “,” \(thường là địa chỉ\)/,
    );
  });
  it('a missing name column stops the file; unknown columns are named once and ignored', () => {
    const r = readEditionsCsv('tên,số\nA,1', 'f');
    expect(r.fileProblems.map(fileMessage)).toEqual([expect.stringContaining('dòng 1: thiếu cột “tên đơn vị”')]);
    expect(r.notices).toEqual([expect.stringContaining('dòng 1: bỏ qua các cột “tên”, “số”')]);
  });
});

/** Bytes as Excel saves Vietnamese text in Windows-1258: base letters and separate tone marks. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(new Uint8Array([b])), b);
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = byChar.get(ch);
    if (whole !== undefined) bytes.push(whole);
    else {
      // The widest letter the code page has ("ô"), then the tone mark on its own.
      const [first, ...marks] = ch.normalize('NFD');
      let letter = first;
      for (let j = marks.findIndex((m) => byChar.has((letter + m).normalize('NFC'))); j >= 0;) {
        letter = (letter + marks.splice(j, 1)[0]).normalize('NFC');
        j = marks.findIndex((m) => byChar.has((letter + m).normalize('NFC')));
      }
      bytes.push(byChar.get(letter)!, ...marks.map((m) => byChar.get(m)!));
    }
  }
  return new Uint8Array(bytes);
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('local editions under real use (issue 27)', () => {
  const header = 'tên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ';
  const names = (r: ReturnType<typeof readEditionsCsv>) => r.rows.filter((x) => x.edition).map((x) => x.edition!.name);

  it('1: an unclosed quote loses its own row only, said with its line; the rows after it are read', () => {
    const text = `\uFEFF${header}\r\nUBND W,,,\r\n"UBND X,0234 3822 123,,\r\nUBND Y,,,\r\nUBND Z,,,\r\n`;
    const r = readEditionsCsv(utf8(text), 'don-vi.csv');
    expect(names(r)).toEqual(['UBND W', 'UBND Y', 'UBND Z']);
    expect(r.rows.flatMap(rowMessages)).toEqual([
      expect.stringMatching(/^dòng 3: có dấu ngoặc kép mở ở dòng 3 mà không đóng.*Cách sửa: thêm dấu " đóng/),
    ]);
    // A quoted cell that does close may hold commas and line breaks.
    const ok = readEditionsCsv(`${header}\n"UBND xã B, huyện C",,,"Số 1\nLê Lợi"\nUBND D,,,\n`, 'f');
    expect(ok.rows.map((x) => [x.line, x.edition?.name])).toEqual([
      [2, 'UBND xã B, huyện C'],
      [4, 'UBND D'],
    ]);
  });

  it('3: names that differ by a tone mark, or after 60 letters, get files of their own; tone-mark style does not', () => {
    const r = readEditionsCsv(`${header}\nUBND xã Hòa An,,,\nUBND xã Hóa An,,,\nUBND xã Hoà An,,,\n`, 'f');
    expect(names(r)).toEqual(['UBND xã Hòa An', 'UBND xã Hóa An']);
    expect(rowMessages(r.rows[2])).toEqual([expect.stringMatching(/^dòng 4: tên đơn vị trùng với dòng 2\./)]);
    const school = 'Trường Tiểu học Nguyễn Văn Trỗi, phường Phú Hội, thành phố Huế';
    const two = readEditionsCsv(`${header}\n"${school}, cơ sở 1",,,\n"${school}, cơ sở 2",,,\n`, 'f');
    expect(names(two)).toHaveLength(2);
    expect(fileNames.place(`${school}, cơ sở 1`)).not.toBe(fileNames.place(`${school}, cơ sở 2`));
    expect(fileNames.place('UBND xã Hòa An')).toMatch(/^ubnd-xa-hoa-an-[0-9a-z]{6}$/);
    expect(fileNames.place('UBND xã Hòa An')).toBe(fileNames.place('ubnd  XÃ Hoà An'));
    expect(fileNames.place('Thuỷ Xuân')).toBe(fileNames.place('Thủy Xuân'));
    expect(fileNames.place('Quý')).not.toBe(fileNames.place('Qúy'));
    expect(fileNames.place('Truong ABC')).toBe('truong-abc');
    // Letters the slug cannot hold (here ones the font lacks too) still keep two places apart, so the
    // font's own message reaches each row instead of a false "same file name".
    expect(fileNames.place('UBND 🏠')).not.toBe(fileNames.place('UBND 🏢'));
  });

  it('4: reads Windows-1258 and UTF-16 without BOM; says plainly when a file is in another legacy code', () => {
    const text = `${header}\r\nUBND xã Hòa An,0234 3822 123,,Số 10 Nguyễn Huệ, Huế\r\n`.replace(
      'Số 10 Nguyễn Huệ, Huế',
      '"Số 10 Nguyễn Huệ, Huế"',
    );
    for (const bytes of [
      windows1258(text),
      utf16le(text),
      new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]),
    ]) {
      const r = readEditionsCsv(bytes, 'f');
      expect(r.fileProblems).toEqual([]);
      expect(r.rows[0].edition).toMatchObject({ name: 'UBND xã Hòa An', address: 'Số 10 Nguyễn Huệ, Huế' });
    }
    // TCVN3 (ABC) bytes for "tên đơn vị\nUBND xã Hòa An": Windows-1258 would read them as "t£n ®¬n vÞ".
    const tcvn3 = new Uint8Array([
      ...utf8('t'),
      0xd5,
      ...utf8('n '),
      0xae,
      0xac,
      ...utf8('n v'),
      0xde,
      ...utf8('\nUBND x'),
      0xb8,
      ...utf8(' Ho'),
      0xb5,
      ...utf8(' An\n'),
    ]);
    const bad = readEditionsCsv(tcvn3, 'f');
    expect(bad.fileProblems.map(fileMessage)).toEqual([
      expect.stringMatching(
        /^tệp không phải UTF-8 \(có thể là bảng mã TCVN3\/ABC hoặc VNI\).*Cách sửa: .*CSV UTF-8.*LibreOffice/,
      ),
    ]);
    expect(fileMessage(bad.fileProblems[0])).not.toContain('�');
  });

  it('5: a blank or header-only file says so; extra cells blame the row, not the name; a huge cell is quoted short', () => {
    expect(readEditionsCsv(utf8('\uFEFF'), 'f').fileProblems.map(fileMessage)).toEqual([
      expect.stringMatching(/^tệp trống\. Cách sửa: dòng đầu ghi tên các cột/),
    ]);
    expect(readEditionsCsv(utf8(`\uFEFF${header}\r\n`), 'f').fileProblems.map(fileMessage)).toEqual([
      expect.stringMatching(/^tệp chỉ có dòng tên cột, chưa có dòng dữ liệu nào/),
    ]);
    const extra = readEditionsCsv(`${header}\nUBND phường A,0234 3822 123,,Số 10 Nguyễn Huệ, Huế\n`, 'f');
    expect(rowMessages(extra.rows[0])).toEqual([
      expect.stringMatching(/^dòng 2: có 5 ô, nhiều hơn 4 cột.*thường là địa chỉ/),
    ]);
    const huge = 'x'.repeat(2_000_000);
    const big = readEditionsCsv(`${header}\nUBND A,${huge},${huge},\n`, 'f');
    const messages = rowMessages(big.rows[0]);
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(m.length).toBeLessThan(400);
      expect(m).toContain('(2.000.000 ký tự)');
    }
  });

  it('7: a QR address with a user part is refused; an IDN host is encoded and printed as a browser shows it', () => {
    const trick = checkEdition({ name: 'A', qrUrl: 'https://bluezone.gov.vn@evil.example/' }, 'f');
    expect(trick.edition).toBeUndefined();
    expect(trick.problems[0].problem).toContain('mã QR sẽ mở evil.example');
    const idn = checkEdition({ name: 'A', qrUrl: 'https://bluezοne.gov.vn/' }, 'f').edition!;
    expect(idn.qrUrl).toBe('https://xn--bluezne-dpf.gov.vn/');
    expect(printedAddress(idn.qrUrl!)).toBe('xn--bluezne-dpf.gov.vn');
  });

  it('8: ignores unknown columns (said once), takes Excel’s sep=; line, and refuses a column given twice', () => {
    const notes = readEditionsCsv(`${header},ghi chú\nUBND A,,,,gọi trước\nUBND B,,,,\n`, 'f');
    expect(names(notes)).toEqual(['UBND A', 'UBND B']);
    expect(notes.notices).toEqual([expect.stringMatching(/^dòng 1: bỏ qua cột “ghi chú”/)]);
    const sep = readEditionsCsv(utf8(`\uFEFFsep=;\r\n${header.replaceAll(',', ';')}\r\nUBND A, xã B;;;\r\n`), 'f');
    expect(sep.rows.map((x) => [x.line, x.edition?.name])).toEqual([[3, 'UBND A, xã B']]);
    // The content's own editions.csv is kept exact: there an unused column stops the build.
    const dir = mkdtempSync(join(tmpdir(), 'loa-editions-'));
    writeFileSync(join(dir, 'editions.csv'), `${header},ghi chú\nUBND A,,,,\n`);
    expect(() => readEditionsFile(dir)).toThrow(/dòng tên cột.*cột “ghi chú” không có trong mẫu/);
    const twice = readEditionsCsv(`${header},Tên đơn vị\nA,,,,B\n`, 'f');
    expect(twice.rows).toEqual([]);
    expect(twice.fileProblems.map(fileMessage)).toEqual([
      'dòng 1: cột “tên đơn vị” có 2 lần (cột 1, 5). Cách sửa: giữ một cột, xóa các cột kia',
    ]);
  });
});
