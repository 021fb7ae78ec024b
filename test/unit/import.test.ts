import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontMatterText } from '../../src/core/front-matter';
import { directiveSchema } from '../../src/directives/schema';
import { loadMeasureWordings, runImport } from '../../src/import/cli';
import { extractText, importDocumentFile, ImportRefused, type ImportedDocument } from '../../src/import/import';
import { htmlToText } from '../../src/import/lines';
import { letterDocx, letterPdf, letterText, scannedPdf, type Letter } from '../support/letters';

const SEEDS = 'test/fixtures/seeds';
const measures = loadMeasureWordings('content');

/** The properties a seed prints and the hand-made file records: the import must give the same, or say why not. */
const PROPERTIES = [
  'number',
  'type',
  'issuer',
  'place',
  'date',
  'subject',
  'recipients',
  'distribution',
  'signer',
  'cites',
];

/**
 * Where a hand-made file knows more than its seed prints, the import leaves the field out and reports it
 * (field of the gap → property it leaves different). Anything else that differs fails.
 */
const UNPRINTED: Record<string, string[]> = {
  // The scan starts at "Số:": the header with the Ban's name and its parent is not in the text.
  '760/KKT-VP': ['issuer'],
  // A news item prints neither the header nor the signature block.
  '7414/UBND-CT': ['issuer'],
  // The photocopy's first page (the Ministry's header) is not in the text.
  '2841/BTTTT-THH': ['issuer'],
  // The district's header is printed; its parent (the province) is not, nor which province's UBND it cites.
  '1061/UBND': ['issuer', 'cites'],
  'tin/003_ddb16493d3b64b87.txt': ['issuer'],
};

interface HandMade {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function handMade(): HandMade[] {
  const dir = 'content/directives';
  return readdirSync(dir).map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const data = directiveSchema.parse(parse(frontMatterText(text) ?? '')) as Record<string, unknown>;
    return { file: f, data, body: text.replace(/^---[\s\S]*?\n---\n/, '') };
  });
}

/** Body text with whitespace, Markdown marks and the site's <Correction> (read as the original) taken out. */
function plain(body: string): string {
  return body
    .replace(/<Correction original="([^"]*)">[^<]*<\/Correction>/g, '$1')
    .replace(/\[(https?:[^\]]+)\]\(\1\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/^\s*-\s*/gm, '- ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function importSeed(name: string) {
  return importDocumentFile(join(SEEDS, name), readFileSync(join(SEEDS, name)), measures, name);
}

const keyOf = (d: Record<string, unknown>) => (d.number as string | undefined) ?? `tin/${String(d.source)}`;

describe('the seeds round-trip', async () => {
  const seeds = readdirSync(SEEDS).sort();
  const made = handMade();
  const imported: ImportedDocument[] = [];
  for (const s of seeds) imported.push(...(await importSeed(s)).documents);

  it('gives one document per hand-made file, each with the seed it came from', () => {
    expect(seeds).toHaveLength(5);
    expect(imported).toHaveLength(made.length);
    expect(imported.map((d) => keyOf(parse(frontMatterText(d.text) ?? '') as Record<string, unknown>)).sort()).toEqual(
      made.map((m) => keyOf(m.data)).sort(),
    );
  });

  for (const m of made) {
    it(`${m.file}: the same properties, or the unprinted ones reported`, () => {
      const doc = imported.find(
        (d) => keyOf(parse(frontMatterText(d.text) ?? '') as Record<string, unknown>) === keyOf(m.data),
      );
      expect(doc).toBeDefined();
      const data = parse(frontMatterText(doc!.text) ?? '') as Record<string, unknown>;
      const unprinted = UNPRINTED[keyOf(m.data)] ?? [];
      const differs = PROPERTIES.filter(
        (p) => JSON.stringify(data[p] ?? (Array.isArray(m.data[p]) ? [] : undefined)) !== JSON.stringify(m.data[p]),
      );
      expect(differs).toEqual(unprinted);
      // What is left out is reported with the reason, field by field.
      for (const p of unprinted) expect(doc!.parsed.notebook.gaps.map((g) => g.field.split('.')[0])).toContain(p);
    });

    it(`${m.file}: the same body text once whitespace is normalised; each editorial correction reported, not made`, () => {
      const doc = imported.find(
        (d) => keyOf(parse(frontMatterText(d.text) ?? '') as Record<string, unknown>) === keyOf(m.data),
      )!;
      expect(plain(doc.text.replace(/^---[\s\S]*?\n---\n/, ''))).toBe(plain(m.body));
      const corrections = (m.data.corrections as { original: string }[]) ?? [];
      expect(doc.parsed.suspects.map((s) => s.word)).toEqual(corrections.map((c) => c.original));
      for (const c of corrections) expect(doc.text).toContain(c.original);
    });

    it(`${m.file}: the written file passes the site's schema but for the fields reported empty`, () => {
      const doc = imported.find(
        (d) => keyOf(parse(frontMatterText(d.text) ?? '') as Record<string, unknown>) === keyOf(m.data),
      )!;
      const gaps = doc.parsed.notebook.gaps.map((g) => g.field);
      for (const problem of doc.problems) expect(gaps).toContain(problem.split(':')[0]);
      expect(doc.text).toBe(doc.text.normalize('NFC'));
    });
  }
});

/** A district's letter in the Decree 30 layout, with a small data table. */
const LETTER: Letter = {
  headerLeft: [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐÔNG SƠN',
    'Số: 512/UBND-VHTT',
    'V/v đẩy mạnh cài đặt ứng dụng',
    'phát hiện tiếp xúc gần',
  ],
  headerRight: [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Đông Sơn, ngày 12 tháng 8 năm 2020',
  ],
  body: [
    'Kính gửi:',
    '- Các cơ quan, đơn vị cấp huyện;',
    '- UBND các xã, thị trấn.',
    'Thực hiện Công văn số 3456/UBND-VX ngày 05/8/2020 của UBND tỉnh Thanh Hóa về việc triển khai ứng dụng phát hiện tiếp xúc gần, UBND huyện yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt các nội dung sau đây để mọi người dân có điện thoại thông minh đều cài đặt và sử dụng ứng dụng:',
    '1. Các cơ quan nhà nước yêu cầu toàn bộ cán bộ, công chức, viên chức, người lao động nếu có điện thoại thông minh thì phải cài đặt ứng dụng; cử người ghi nhận các hoạt động ra vào trụ sở.',
    '2. Đoàn Thanh niên, Hội Phụ nữ phát động phong trào cài đặt và hỗ trợ người dân cài ứng dụng.',
    'Kết quả cài đặt đến ngày 10/8/2020:',
    'UBND huyện yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc./.',
  ],
  table: {
    after: 6,
    rows: [
      ['Đơn vị', 'Đã cài đặt', 'Tổng số'],
      ['Văn phòng HĐND và UBND', '42', '45'],
      ['Phòng Văn hóa và Thông tin', '12', '12'],
    ],
  },
  footerLeft: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, VHTT.'],
  footerRight: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Hùng'],
};

async function importBytes(name: string, bytes: Uint8Array) {
  const { documents } = await importDocumentFile(name, bytes, measures, name);
  expect(documents).toHaveLength(1);
  const [doc] = documents;
  return {
    ...doc,
    data: parse(frontMatterText(doc.text) ?? '') as Record<string, unknown>,
    body: doc.text.replace(/^---[\s\S]*?\n---\n/, ''),
  };
}

describe('DOCX and PDF import to the same result as the text', async () => {
  const text = await importBytes('512.txt', new TextEncoder().encode(letterText(LETTER)));

  it('the text: every printed property found, the table kept as a table', () => {
    expect(text.data).toMatchObject({
      number: '512/UBND-VHTT',
      type: 'công văn',
      issuer: { name: 'UBND huyện Đông Sơn', header: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG SƠN'] },
      place: 'Đông Sơn',
      date: '2020-08-12',
      subject: 'V/v đẩy mạnh cài đặt ứng dụng phát hiện tiếp xúc gần',
      recipients: ['Các cơ quan, đơn vị cấp huyện;', 'UBND các xã, thị trấn.'],
      signer: { name: 'Lê Văn Hùng', capacity: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
      distribution: ['Như trên;', 'Lưu: VT, VHTT.'],
      cites: [
        {
          number: '3456/UBND-VX',
          type: 'công văn',
          date: '2020-08-05',
          issuer: 'UBND tỉnh Thanh Hóa',
          subject: 'V/v triển khai ứng dụng phát hiện tiếp xúc gần',
        },
      ],
      measures: [1, 3],
      source: '512.txt',
    });
    expect(text.data.figures).toEqual([
      {
        id: 'so-lieu-1',
        title: 'Kết quả cài đặt đến ngày 10/8/2020',
        unit: 'đã cài đặt',
        rows: [
          { label: 'Văn phòng HĐND và UBND', value: 42, total: 45 },
          { label: 'Phòng Văn hóa và Thông tin', value: 12, total: 12 },
        ],
        facts: [],
      },
    ]);
    expect(text.body).toContain(
      '| Đơn vị | Đã cài đặt | Tổng số |\n| --- | --- | --- |\n| Văn phòng HĐND và UBND | 42 | 45 |',
    );
    // The province is not printed: the district's name does not say it, so it is reported, not guessed.
    expect(text.parsed.notebook.gaps.map((g) => g.field)).toContain('province');
    expect(text.problems).toEqual([expect.stringMatching(/^province: thiếu trường bắt buộc/)]);
  });

  it('a DOCX with the two layout tables (built with docx) gives the same file', async () => {
    const docx = await importBytes('512.docx', await letterDocx(LETTER));
    expect({ ...docx.data, source: '512.txt' }).toEqual(text.data);
    expect(docx.body).toBe(text.body);
  });

  it('a PDF with a text layer gives the same file, its diacritics intact and NFC', async () => {
    const { table: _, ...plainLetter } = LETTER;
    const fromText = await importBytes('512.txt', new TextEncoder().encode(letterText(plainLetter)));
    const bytes = await letterPdf(plainLetter);
    const layer = await extractText('512.pdf', bytes);
    expect(layer).toContain('Kính gửi:');
    expect(layer).toBe(layer.normalize('NFC'));
    const pdf = await importBytes('512.pdf', bytes);
    expect({ ...pdf.data, source: '512.txt' }).toEqual(fromText.data);
    expect(pdf.body).toBe(fromText.body);
  });
});

describe('a news item saved from a portal as HTML', async () => {
  const file = 'test/fixtures/import/portal-news.html';
  const { documents, dropped } = await importDocumentFile(file, readFileSync(file), measures, 'portal-news.html');

  it('finds the letter in the title, the figures and the citation; drops and lists the page around it', () => {
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    const data = parse(frontMatterText(doc.text) ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({
      number: '2210/UBND-KGVX',
      type: 'công văn',
      issuer: { name: 'UBND tỉnh Ninh Hòa' },
      province: 'Ninh Hòa',
      place: 'Ninh Hòa',
      date: '2020-08-14',
      published: '2020-08-15',
      subject: 'Đẩy mạnh cài đặt ứng dụng phát hiện tiếp xúc gần',
      recipients: ['Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố'],
      cites: [{ number: '2841/BTTTT-THH', issuer: 'Bộ Thông tin và Truyền thông', date: '2020-08-01' }],
      measures: [4, 7],
      figures: [
        {
          asOf: '2020-08-12',
          unit: 'thuê bao',
          rows: [{ value: 45210, total: 612400, statedPercent: 7.38 }],
        },
        // The table's column of numbers; it has no total column.
        {
          unit: 'thuê bao đã cài',
          rows: [
            { label: 'Thành phố Ninh Hòa', value: 21004 },
            { label: 'Huyện Vạn Ninh', value: 6118 },
          ],
        },
      ],
      source: 'portal-news.html',
    });
    expect(doc.text).toContain('| Địa phương | Thuê bao đã cài |\n| --- | --- |\n| Thành phố Ninh Hòa | 21.004 |');
    expect(doc.text).not.toMatch(/Tìm kiếm|Thống kê|Truy cập|Thu Trang|analytics|font:/u);
    expect(dropped.map((d) => `${d.text}: ${d.why}`)).toEqual([
      'Tìm kiếm tin tức: ô tìm kiếm của cổng tin',
      'Trang chủ: phần trang web trên tiêu đề bài',
      'Ngày cập nhật 15/08/2020: ngày cập nhật của cổng tin (xem published)',
      'Tập tin đính kèm:: khung tệp đính kèm của cổng tin',
      ...['Thu Trang', 'Các tin khác', '- Tin tức hoạt động', 'Thống kê truy cập', 'Truy cập tổng 120.455'].map(
        (t) => `${t}: phần trang web sau “Tập tin đính kèm:”`,
      ),
    ]);
    // A portal prints no header, no "Nơi nhận", no signature: each reported with why.
    expect(doc.parsed.notebook.gaps.map((g) => g.field)).toEqual(['issuer.header', 'distribution', 'signer']);
    expect(doc.report).toContain('signer: không có khối chữ ký');
  });
});

describe('refusals and reported gaps', () => {
  const refusal = async (name: string, bytes: Uint8Array) =>
    importDocumentFile(name, bytes, measures, name).then(
      () => undefined,
      (e: unknown) => (e instanceof ImportRefused ? e.message : String(e)),
    );

  it('a PDF without a text layer: a scan, and what to do', async () => {
    expect(await refusal('scan.pdf', await scannedPdf())).toBe(
      'scan.pdf: PDF này không có lớp chữ (bản quét, 1 trang, 0 chữ đọc được): máy không đọc được chữ trong ảnh. ' +
        'Xin bản DOCX hoặc PDF xuất từ Word của cơ quan ban hành, hoặc nhận dạng chữ (OCR) rồi lưu thành .txt và nhập tệp đó ' +
        '(this PDF is a scan without a text layer: get the DOCX or a text PDF, or OCR it to .txt and import that)',
    );
  });

  it('a file that is not a document: no number, no date, no body', async () => {
    expect(await refusal('ghi-chu.txt', new TextEncoder().encode('Xin chào\n\nHẹn gặp lại.'))).toMatch(
      /^ghi-chu\.txt: không phải một văn bản: không thấy số ký hiệu .* \(not a document: no number, no date, no body\)$/u,
    );
  });

  it('a file type it does not read', async () => {
    expect(await refusal('bang.xlsx', new Uint8Array([1, 2, 3]))).toBe(
      'bang.xlsx: không nhập được tệp .xlsx; chỉ nhận .txt, .html, .htm, .docx, .pdf (unsupported file type)',
    );
  });

  it('each field a seed does not print is reported with its reason', async () => {
    const gaps = async (seed: string) =>
      (await importSeed(seed)).documents.map((d) =>
        Object.fromEntries(d.parsed.notebook.gaps.map((g) => [g.field, g.why])),
      );
    const [report760] = await gaps('000_3b0c1f448c2f4f78.txt');
    expect(report760['issuer.header']).toBe(
      'văn bản không in tên cơ quan ban hành ở góc trái; gõ các dòng in hoa như trên bản gốc',
    );
    expect(report760['issuer.parent']).toBe(
      'văn bản không in cơ quan chủ quản của Ban Quản lý Khu kinh tế tỉnh Quảng Trị; thêm nếu có',
    );
    const [report2723] = await gaps('002_28c58fc3aa85a358.txt');
    expect(report2723.signer).toBe('không có khối chữ ký (thẩm quyền ký, họ tên)');
    const [report1061] = await gaps('004_0be7be85006c91a5.txt');
    expect(report1061.province).toBe(
      'tên “UBND huyện Quảng Điền” không nêu tỉnh và văn bản không in cơ quan chủ quản; điền tỉnh, thành phố',
    );
    expect(report1061['cites.issuer']).toBe(
      '6751/UBND-CT (dòng 25) “của UBND tỉnh” không nêu tỉnh nào, và văn bản này cũng không; thêm tên tỉnh',
    );
    const [report003] = await gaps('003_ddb16493d3b64b87.txt');
    expect(report003.number).toBe('bài đăng không có số ký hiệu (loại “tin”)');
  });
});

describe('npm run import', () => {
  /** A content folder of its own, with one directive already on its site. */
  function campaign() {
    const root = mkdtempSync(join(tmpdir(), 'loa-import-'));
    mkdirSync(join(root, 'directives'));
    writeFileSync(join(root, 'directives/co-san.md'), '---\nnumber: 1061/UBND\n---\n');
    return root;
  }
  async function run(root: string, args: string[]) {
    const lines: string[] = [];
    const before = process.env.LOA_CONTENT_DIR;
    process.env.LOA_CONTENT_DIR = root;
    try {
      const code = await runImport(args, (s) => lines.push(s));
      return { code, out: lines.join('\n') };
    } finally {
      if (before === undefined) delete process.env.LOA_CONTENT_DIR;
      else process.env.LOA_CONTENT_DIR = before;
    }
  }

  it('writes both documents of a file into the site, reports each, never overwrites without --force', async () => {
    const root = campaign();
    const seed = join(SEEDS, '002_28c58fc3aa85a358.txt');
    const first = await run(root, [seed]);
    expect(first.code, first.out).toBe(0);
    expect(readdirSync(join(root, 'directives')).sort()).toEqual([
      '2723-vpubnd-kgvx.md',
      '2841-btttt-thh.md',
      'co-san.md',
    ]);
    expect(first.out).toContain('dòng 43: “ĐẾN Số: 14819” — dấu “ĐẾN” của nơi nhận văn bản');
    expect(first.out).toMatch(/attachments\s+2841\/BTTTT-THH\s+17/u);
    const again = await run(root, [seed]);
    expect(again.code).toBe(1);
    expect(again.out).toContain(
      `KHÔNG GHI ${join(root, 'directives/2723-vpubnd-kgvx.md')}: tệp đã có; thêm --force để ghi đè (file exists; use --force to replace)`,
    );
    writeFileSync(join(root, 'directives/2841-btttt-thh.md'), 'sửa tay');
    expect((await run(root, ['--force', seed])).code).toBe(0);
    expect(readFileSync(join(root, 'directives/2841-btttt-thh.md'), 'utf8')).toMatch(
      /^---\nnumber: 2841\/BTTTT-THH\n/u,
    );
  });

  it('refuses a number the site already has, naming the file; with --out elsewhere only says so', async () => {
    const root = campaign();
    const seed = join(SEEDS, '004_0be7be85006c91a5.txt');
    const into = await run(root, [seed]);
    expect(into.code).toBe(1);
    expect(into.out).toContain(
      `KHÔNG GHI 1061-ubnd.md: số 1061/UBND đã có trong ${join(root, 'directives/co-san.md')}; sửa tệp đó, hoặc nhập vào thư mục khác bằng --out (number already on the site)`,
    );
    expect(existsSync(join(root, 'directives/1061-ubnd.md'))).toBe(false);
    const elsewhere = join(root, 'nhap');
    const out = await run(root, ['--out', elsewhere, seed]);
    expect(out.code).toBe(0);
    expect(out.out).toContain(`Lưu ý: số 1061/UBND đã có trên trang, trong ${join(root, 'directives/co-san.md')}.`);
    expect(existsSync(join(elsewhere, '1061-ubnd.md'))).toBe(true);
  });

  it('says how to call it, and refuses a missing file by name', async () => {
    await expect(run(campaign(), [])).rejects.toThrow(
      'chưa nêu tệp nào để nhập (no file given). Cách dùng: npm run import -- [--out THƯ_MỤC] [--force] TỆP... (.txt, .html, .docx, .pdf)',
    );
    await expect(run(campaign(), ['--nhanh', 'a.txt'])).rejects.toThrow('không biết tùy chọn --nhanh (unknown option)');
    const missing = await run(campaign(), ['khong-co.txt']);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('TỪ CHỐI khong-co.txt: không có tệp này (file not found)');
  });
});

describe('lists from Word', () => {
  it('numbered items keep their numbers, bullets become “- ” items', () => {
    expect(htmlToText('<p>Yêu cầu:</p><ol><li>Cài đặt.</li><li>Nhắc lại.</li></ol><ul><li>Một</li></ul>')).toBe(
      'Yêu cầu:\n\n1. Cài đặt.\n\n2. Nhắc lại.\n\n- Một\n\n',
    );
  });
});

describe('numbers in the body', () => {
  /** The district's letter with other paragraphs after its first `keep` lines. */
  const withBody = (name: string, keep: number, paragraph: string) =>
    importBytes(
      name,
      new TextEncoder().encode(
        letterText({ ...LETTER, table: undefined, body: [...LETTER.body.slice(0, keep), paragraph] }),
      ),
    );

  it('“X đã có công văn khẩn số …”: the sentence’s subject is the cited letter’s issuer', async () => {
    const doc = await withBody(
      '7766.txt',
      3,
      'Ủy ban nhân dân tỉnh Thanh Hóa đã có công văn khẩn số 7766/UBND-KGVX ngày 03/8/2020 về việc triển khai ứng dụng; UBND huyện yêu cầu các đơn vị thực hiện nghiêm túc./.',
    );
    expect(doc.data.cites).toEqual([
      {
        number: '7766/UBND-KGVX',
        type: 'công văn',
        date: '2020-08-03',
        issuer: 'UBND tỉnh Thanh Hóa',
        subject: 'V/v triển khai ứng dụng',
      },
    ]);
  });

  it('one written without its type is not taken as a citation, and reported for the site check that wants it', async () => {
    const doc = await withBody(
      '88.txt',
      4,
      'Các đơn vị thực hiện theo hướng dẫn 88/HD-STTTT và báo cáo trước ngày 20/8/2020.',
    );
    expect(doc.data.cites).toEqual([expect.objectContaining({ number: '3456/UBND-VX' })]);
    expect(doc.parsed.notebook.gaps).toContainEqual({
      field: 'cites',
      why: 'nội dung nhắc đến 88/HD-STTTT mà không ghi tên loại (“Công văn số …”); thêm vào cites nếu là văn bản',
    });
  });
});

describe('a department’s letter whose subject wraps onto a name', () => {
  it('joins the trích yếu across a capitalised line inside the header, and names the Sở under its province', async () => {
    const letter: Letter = {
      ...LETTER,
      table: undefined,
      headerLeft: [
        'UBND TỈNH NINH HÒA',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'Số: 77/STTTT-BCVT',
        'V/v cài đặt ứng dụng',
        'Sổ sức khỏe điện tử',
      ],
      headerRight: [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Ninh Hòa, ngày 12 tháng 8 năm 2020',
      ],
    };
    for (const [name, bytes] of [
      ['77.docx', await letterDocx(letter)],
      ['77.txt', new TextEncoder().encode(letterText(letter))],
    ] as const) {
      const doc = await importBytes(name, bytes);
      expect(doc.data, name).toMatchObject({
        issuer: {
          name: 'Sở Thông tin và Truyền thông tỉnh Ninh Hòa',
          parent: 'UBND tỉnh Ninh Hòa',
          header: ['UBND TỈNH NINH HÒA', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
        },
        province: 'Ninh Hòa',
        subject: 'V/v cài đặt ứng dụng Sổ sức khỏe điện tử',
      });
      expect(doc.problems, name).toEqual([]);
      expect(doc.body, name).not.toMatch(/CỘNG HÒA|Sổ sức khỏe/u);
    }
  });
});

describe('a district portal’s item that names its province nowhere', () => {
  it('imports what it prints and reports the issuer it only calls “UBND tỉnh”', async () => {
    const page = [
      'V/v Triển khai cài đặt ứng dụng phục vụ phòng, chống dịch bệnh.',
      '  • Cập nhật: 04/08/2020',
      '  • Lượt xem: 212 lượt xem',
      '',
      'Thực hiện ý kiến của Bộ Thông tin và Truyền thông về việc triển khai ứng dụng trên phạm vi toàn quốc.',
      '',
      'Chủ tịch UBND tỉnh chỉ đạo như sau:',
      '1. Các sở, ban, ngành vận động cán bộ, công chức có điện thoại thông minh cài đặt ứng dụng.',
      '2. Các cơ sở giáo dục hướng dẫn học sinh, sinh viên cài đặt ứng dụng cho mình và cho người thân.',
    ].join('\n');
    const { documents, dropped } = await importDocumentFile(
      'tin.txt',
      new TextEncoder().encode(page),
      measures,
      'tin.txt',
    );
    expect(dropped.map((d) => d.text)).toEqual(['Cập nhật: 04/08/2020', 'Lượt xem: 212 lượt xem']);
    const [doc] = documents;
    expect(parse(frontMatterText(doc.text) ?? '')).toMatchObject({
      type: 'tin',
      date: '2020-08-04',
      subject: 'V/v Triển khai cài đặt ứng dụng phục vụ phòng, chống dịch bệnh.',
    });
    expect(Object.fromEntries(doc.parsed.notebook.gaps.map((g) => [g.field, g.why]))).toMatchObject({
      'issuer.name': 'dòng 7 nói “UBND …” mà không nêu tên địa phương, và phần đầu không in tên cơ quan; điền tay',
      province: 'không rõ cơ quan ban hành',
      place: 'không thấy địa danh trước ngày tháng',
    });
    expect(doc.problems).toEqual([
      'issuer: thiếu trường bắt buộc; thêm trường này vào phần đầu tệp (front matter)',
      'province: thiếu trường bắt buộc; thêm trường này vào phần đầu tệp (front matter)',
      'place: thiếu trường bắt buộc; thêm trường này vào phần đầu tệp (front matter)',
    ]);
  });
});

describe('figures in the forms provincial news items use', () => {
  it('a count with its share of a base it does not count; a percentage it cannot read is reported', async () => {
    const text = [
      'UBND HUYỆN VĂN GIANG',
      'Số: 123/UBND-VP',
      'Văn Giang, ngày 28 tháng 8 năm 2020',
      'V/v đẩy mạnh cài đặt ứng dụng phát hiện tiếp xúc gần',
      'Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.',
      'Tính đến ngày 28/8/2020, toàn tỉnh có 234.483 người, chiếm 18,72% dân số đã cài đặt ứng dụng.',
      'Mục tiêu đến hết tháng 9 là trên 60% người dùng điện thoại thông minh.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    const { documents } = await importDocumentFile('van-giang.txt', Buffer.from(text), measures, 'van-giang.txt');
    expect(documents).toHaveLength(1);
    const data = parse(frontMatterText(documents[0].text) ?? '') as { figures: unknown[] };
    expect(data.figures).toEqual([
      {
        id: 'so-lieu-1',
        title: 'Số người và tỷ lệ trên dân số',
        asOf: '2020-08-28',
        unit: 'người',
        rows: [{ label: 'người', value: 234483 }],
        facts: [{ label: 'Tỷ lệ trên dân số', value: '18,72 %' }],
      },
    ]);
    expect(documents[0].report).toMatch(
      /Dòng \d+: có tỷ lệ % nhưng không đọc được thành số liệu \(“Mục tiêu đến hết tháng 9/,
    );
  });
});

describe('text saved in the encodings Vietnamese editors write', () => {
  const letter = [
    'UBND HUYỆN ĐÔNG HÒA',
    'Số: 45/UBND-VP',
    'Đông Hòa, ngày 20 tháng 8 năm 2020',
    'V/v đẩy mạnh cài đặt ứng dụng phát hiện tiếp xúc gần',
    'Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.',
    'Đề nghị các cơ quan, đơn vị tuyên truyền, hướng dẫn người dân cài đặt ứng dụng.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\r\n');
  const WINDOWS_1258: Record<string, number> = {
    '\u0300': 0xcc,
    '\u0301': 0xec,
    '\u0303': 0xde,
    '\u0309': 0xd2,
    '\u0323': 0xf2,
    â: 0xe2,
    ê: 0xea,
    ô: 0xf4,
    ă: 0xe3,
    ơ: 0xf5,
    ư: 0xfd,
    đ: 0xf0,
    Â: 0xc2,
    Ê: 0xca,
    Ô: 0xd4,
    Ă: 0xc3,
    Ơ: 0xd5,
    Ư: 0xdd,
    Đ: 0xd0,
  };
  /** Windows-1258 as Vietnamese Windows writes it: the vowel's own mark composed, the tone as a combining byte. */
  const windows1258 = (text: string) =>
    Uint8Array.from(
      [
        ...text.normalize('NFD').replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
          const vowel = [...marks].filter((m) => /[\u0302\u0306\u031b]/u.test(m)).join('');
          const tone = [...marks].filter((m) => !/[\u0302\u0306\u031b]/u.test(m)).join('');
          return (base + vowel).normalize('NFC') + tone;
        }),
      ].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : WINDOWS_1258[c])),
    );
  const fields = async (name: string, bytes: Uint8Array) => {
    const { documents } = await importDocumentFile(name, bytes, measures, name);
    expect(documents).toHaveLength(1);
    return parse(frontMatterText(documents[0].text) ?? '') as Record<string, unknown>;
  };

  it('reads UTF-16 (Notepad’s “Unicode”) and Windows-1258 as it reads UTF-8', async () => {
    const utf8 = await fields('a.txt', Buffer.from(letter));
    expect(utf8).toMatchObject({ number: '45/UBND-VP', place: 'Đông Hòa', date: '2020-08-20' });
    expect(await fields('b.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]))).toEqual({
      ...utf8,
      source: 'b.txt',
    });
    const bytes = windows1258(letter);
    expect(bytes.includes(undefined as unknown as number)).toBe(false);
    expect(await fields('c.txt', bytes)).toEqual({ ...utf8, source: 'c.txt' });
  });

  it('refuses a legacy font encoding (TCVN3) with how to convert it, instead of importing garbled text', async () => {
    // "Sè: 45/UBND" as TCVN3 writes "Số": letters that Windows-1258 reads as symbols Vietnamese never uses.
    const tcvn3 = Uint8Array.from([
      0x53, 0xe8, 0x3a, 0x20, 0x34, 0x35, 0x2f, 0x55, 0x42, 0x4e, 0x44, 0x20, 0xb8, 0xa9, 0xb5, 0xae,
    ]);
    await expect(importDocumentFile('d.txt', tcvn3, measures, 'd.txt')).rejects.toThrow(
      /d\.txt: tệp không phải UTF-8 \(có thể là bảng mã TCVN3\/ABC hoặc VNI\).*Cách sửa: chuyển sang Unicode/,
    );
  });
});
