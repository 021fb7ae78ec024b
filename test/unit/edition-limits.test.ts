import { describe, expect, it } from 'vitest';
import '../../src/render/node-assets';
import { layoutPoster } from '../../src/print/poster-layout';
import { layoutLeaflet } from '../../src/print/leaflet';
import { layoutTent } from '../../src/print/tent';
import { layoutSign } from '../../src/print/sign';
import { printedAddress, type Edition } from '../../src/print/edition';
import { checkEdition, EDITION_LIMITS } from '../../src/print/edition-check';
import { makeEdition, QR_PRINT_LIMITS, type EditionData, type ItemKey } from '../../src/print/items';
import { posterSvg } from '../../src/print/poster-pdf';
import { kitCopies, measureNumbers, posterCopyOf, theme } from '../support/print-copies';

/** Every item a place can print its details on, each measure's own copy: [label, item, layout]. */
type Layout = (edition: Edition, qrAddress?: string) => unknown;
const items: Array<[string, ItemKey, Layout]> = [
  ...measureNumbers.flatMap((n) =>
    (['a4', 'a3'] as const).map((paper): [string, ItemKey, Layout] => [
      `biện pháp ${n}, ${paper}`,
      paper,
      (e, qr) => layoutPoster({ ...posterCopyOf(n), ...(qr && { addressLabel: qr }) }, paper, theme, e),
    ]),
  ),
  ...kitCopies.leaflet.map((c): [string, ItemKey, Layout] => [
    `biện pháp ${c.measureNumber}, tờ rơi`,
    'leaflet',
    (e, qr) => layoutLeaflet({ ...c, ...(qr && { installAddress: qr }) }, theme, e),
  ]),
  ...kitCopies.tent.map((c): [string, ItemKey, Layout] => [
    `biện pháp ${c.measureNumber}, thẻ để bàn`,
    'tent',
    (e, qr) => layoutTent({ ...c, ...(qr && { installAddress: qr }) }, theme, e),
  ]),
  ...kitCopies.sign.map((c): [string, ItemKey, Layout] => [
    `biện pháp ${c.measureNumber}, biển cửa`,
    'sign',
    (e, qr) => layoutSign({ ...c, ...(qr && { installAddress: qr }) }, theme, e),
  ]),
];

// Real words, not "x": names and addresses as wards write them, cut to a length.
const words =
  'Trường Trung học phổ thông Nguyễn Trường Tộ, phường Vĩnh Ninh, thành phố Huế, tỉnh Thừa Thiên Huế, ' +
  'Việt Nam, cơ sở số hai đường Lê Lợi, ';
const text = (n: number) => words.repeat(3).slice(0, n);
const qrUrl = (n: number) => `https://vinhninh.hue.gov.vn/${'dang-ky/bluezone/'.repeat(20)}`.slice(0, n);

describe('a place’s details fit every item', () => {
  it('covers every poster of every measure and each kit item', () => {
    expect(items).toHaveLength(
      measureNumbers.length * 2 + kitCopies.leaflet.length + kitCopies.tent.length + kitCopies.sign.length,
    );
    expect(kitCopies.leaflet.length * kitCopies.tent.length * kitCopies.sign.length).toBeGreaterThan(0);
  });
  it('takes the issue’s ward (37-letter name, hotline, address) and an 86-character address', () => {
    const ward = {
      name: 'UBND phường Vĩnh Ninh, thành phố Huế',
      hotline: '0234 3822 123',
      address: 'Số 10 Nguyễn Huệ, Huế',
    };
    const long = 'Số 10A đường Nguyễn Huệ, tổ dân phố 5, phường Vĩnh Ninh, thành phố Huế, Thừa Thiên Huế';
    expect(long).toHaveLength(86);
    for (const [label, , layout] of items) {
      expect(() => layout({ ...ward, source: label }), label).not.toThrow();
      expect(() => layout({ name: 'UBND phường Vĩnh Ninh', address: long, source: label }), label).not.toThrow();
    }
  });
  it(`takes every field at its stated limit together: name ${EDITION_LIMITS.name}, address ${EDITION_LIMITS.address}, a hotline`, () => {
    const edition = checkEdition(
      { name: text(EDITION_LIMITS.name), hotline: '0234 3822 123', address: text(EDITION_LIMITS.address) },
      'f',
    ).edition!;
    expect(edition.name).toHaveLength(EDITION_LIMITS.name);
    for (const [label, , layout] of items) expect(() => layout(edition), label).not.toThrow();
    expect(checkEdition({ name: text(EDITION_LIMITS.name + 1) }, 'f').problems[0].problem).toContain('tối đa 90');
    expect(checkEdition({ name: 'A', address: text(EDITION_LIMITS.address + 1) }, 'f').problems[0].problem).toContain(
      'tối đa 120',
    );
  });
  it('prints a QR address up to each item’s stated limit beside its code, and refuses one letter more', async () => {
    const place = { name: 'UBND phường Vĩnh Ninh', source: 'f' };
    for (const [label, item, layout] of items) {
      const limit = QR_PRINT_LIMITS[item];
      expect(() => layout(place, printedAddress(qrUrl(limit))), label).not.toThrow();
      expect(() => layout(place, printedAddress(qrUrl(limit + 1))), label).toThrow(/installUrl/);
    }
    // The check's limit is the longest any item prints.
    const printed = Object.values(QR_PRINT_LIMITS).filter(Number.isFinite);
    expect(EDITION_LIMITS.qrUrl).toBe(Math.max(...printed));
    expect(checkEdition({ name: 'A', qrUrl: qrUrl(EDITION_LIMITS.qrUrl) }, 'f').problems).toEqual([]);
    const over = checkEdition({ name: 'A', qrUrl: qrUrl(EDITION_LIMITS.qrUrl + 1) }, 'f');
    expect(over.problems[0].problem).toContain(`tối đa ${EDITION_LIMITS.qrUrl}`);
    const data = {
      campaign: 'c',
      editionTitle: '{title}',
      items: [{ key: 'a4', label: 'Áp phích A4' }],
    } as EditionData;
    const measure = { number: 1, items: ['a4'], meta: { a4: { title: 't' } } } as unknown as EditionData['measures'][0];
    await expect(makeEdition(data, measure, 'a4', { ...place, qrUrl: qrUrl(QR_PRINT_LIMITS.a4 + 1) })).rejects.toThrow(
      /địa chỉ mã QR.*quá dài để in bên cạnh mã QR trên áp phích a4 \(48 ký tự, tối đa 47\)/,
    );
    // Within the limit but of wide letters: still the QR field's message, not the campaign's settings.
    const wide = { ...place, qrUrl: `https://${'W'.repeat(36)}.vn` };
    const full = { ...data, theme, date: '2020-08-01' } as EditionData;
    const poster = { ...measure, poster: posterCopyOf(1) } as unknown as EditionData['measures'][0];
    await expect(makeEdition(full, poster, 'a4', wide)).rejects.toThrow(
      /địa chỉ mã QR.*trên áp phích a4 \(47 ký tự nhưng nhiều chữ rộng/,
    );
  });
  it('7: prints the address a place’s own QR code opens, not the campaign’s', async () => {
    const place = { name: 'UBND phường Vĩnh Ninh', qrUrl: 'https://vinhninh.example.vn/', source: 'f' };
    const meta = { title: 't', subject: 's', author: 'a', date: '2020-08-01' };
    const data = {
      campaign: 'c',
      theme,
      date: '2020-08-01',
      editionTitle: '{title}',
      items: [],
    } as unknown as EditionData;
    const measure = { number: 1, items: ['a4'], meta: { a4: meta }, poster: posterCopyOf(1), kit: {} };
    const made = await makeEdition(data, measure as unknown as EditionData['measures'][0], 'a4', place);
    const own = await posterSvg({ ...posterCopyOf(1), addressLabel: 'vinhninh.example.vn' }, 'a4', theme, place);
    const campaigns = await posterSvg(posterCopyOf(1), 'a4', theme, place);
    expect(made.pages[0]).toBe(own.svg);
    expect(made.pages[0]).not.toBe(campaigns.svg);
  });
  it('says sizes in pt, rounded, and blames the place’s lines for the room they take', () => {
    const huge = { name: text(90), hotline: '0234 3822 123', address: text(120), source: 'editions.csv, dòng 2' };
    const copy = { ...posterCopyOf(4), body: posterCopyOf(4).body.repeat(4) };
    // Wide capitals within the character limit: refused on the name, its size in pt without float noise.
    expect(() => layoutPoster(posterCopyOf(1), 'a4', theme, { name: 'W'.repeat(88), source: 'f' })).toThrow(
      /trường "tên đơn vị": biện pháp 1, áp phích A4: chữ quá dài, không vừa 3 dòng kể cả ở cỡ chữ nhỏ nhất \d+(,\d)? pt\./,
    );
    expect(() => layoutPoster(copy, 'a4', theme, huge)).toThrow(
      /trường "tên đơn vị": .*chiếm [\d,]+ mm chiều cao, phần lời chính .* cỡ chữ \d+(,\d)? pt/,
    );
  });
});
