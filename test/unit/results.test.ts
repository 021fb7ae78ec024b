import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { loadStrings } from '../../src/i18n/strings';
import { resultsWords } from '../../src/channels/results/words';
import {
  parseCount,
  parseDate,
  parseRate,
  placesOf,
  pointsOfDirectives,
  progressCsv,
  readProgressCsv,
  type ProgressPoint,
} from '../../src/channels/results/progress';
import { readProgress } from '../../src/channels/results/progress-file';
import { draftReport, parseReply, type ReportInput } from '../../src/channels/results/report';
import { officialDocxBytes } from '../../src/channels/results/report-docx';
import { rollUp } from '../../src/channels/results/rollup';
import { rankedChart, timeChart } from '../../src/channels/results/charts';
import type { DirectiveEntry } from '../../src/core/records';

const words = resultsWords(loadStrings('content'));
const HEADER = 'Nơi,Cấp,Trực thuộc,Ngày,Đã cài,Tổng số,Tính trên,Tỷ lệ,Nguồn';

describe('progress data: the columns a progress file, a unit’s download and a roll-up share', () => {
  it('reads Vietnamese numbers, rates and dates, and nothing looser', () => {
    expect([parseCount('183.620'), parseCount('183620'), parseCount('1 128 620')]).toEqual([183620, 183620, 1128620]);
    expect([parseCount('183,620'), parseCount('12.5'), parseCount('-3'), parseCount('')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([parseRate('16,27'), parseRate('16.27 %'), parseRate('101'), parseRate('abc')]).toEqual([
      16.27,
      16.27,
      undefined,
      undefined,
    ]);
    expect([parseDate('13/8/2020'), parseDate('2020-08-13'), parseDate('31/02/2020'), parseDate('8/13/2020')]).toEqual([
      '2020-08-13',
      '2020-08-13',
      undefined,
      undefined,
    ]);
  });

  it('a good file: computed rates rounded to two decimals, stated ones checked; it writes back what it reads', () => {
    const text = `\uFEFF${HEADER}\nThừa Thiên Huế,tỉnh,,13/08/2020,183.620,1.128.620,dân số,"16,27",7414/UBND-CT\nHưng Yên,tỉnh,,28/08/2020,234.483,,dân số,"18,72",Cổng thông tin\n`;
    const { points, problems } = readProgressCsv(text, 'p.csv');
    expect(problems).toEqual([]);
    expect(points).toHaveLength(2);
    expect(points[0]).toMatchObject({ place: 'Thừa Thiên Huế', installed: 183620, base: 1128620, rate: 16.27 });
    expect(points[1]).toMatchObject({ base: undefined, rate: 18.72 });
    const again = readProgressCsv(progressCsv(points), 'again.csv');
    expect(again.problems).toEqual([]);
    expect(again.points.map(({ origin: _a, ...p }) => p)).toEqual(points.map(({ origin: _b, ...p }) => p));
  });

  it('every bad row and header is named by line and column, with its fix; the good rows still count', () => {
    const rows = [
      'Xã A,xã,Huyện B,32/08/2020,10,20,dân số,,BC 1', // line 2: date
      'Xã C,xã,Huyện B,20/08/2020,30,20,dân số,,BC 1', // line 3: installed > base
      'Xã D,xã,Huyện B,20/08/2020,10,20,dân số,"40,5",BC 1', // line 4: stated rate wrong
      'Xã E,xã,Huyện B,20/08/2020,10,20,,,BC 1', // line 5: base without what it counts
      'Xã F,xã,Huyện B,20/08/2020,mười,20,dân số,,BC 1', // line 6: not a count
      ',xã,Huyện B,20/08/2020,10,20,dân số,,', // line 7: no place, no source
      'Xã G,xã,Huyện B,20/08/2020,10,20,dân số,,BC 1,thừa', // line 8: an extra cell
      'Xã H,xã,Huyện B,20/08/2020,15,20,dân số,"75",BC 1', // line 9: good
    ];
    const { points, problems } = readProgressCsv(`${HEADER}\n${rows.join('\n')}\n`, 'p.csv');
    expect(points.map((p) => p.place)).toEqual(['Xã H']);
    const named = problems.map((p) => `${p.line} ${p.field}: ${p.problem}`);
    expect(named).toEqual([
      '2 Ngày: “32/08/2020” không phải ngày',
      '3 Đã cài: Đã cài 30 lớn hơn Tổng số 20',
      '4 Tỷ lệ: ghi 40,5 % nhưng 10/20 = 50 %',
      '5 Tính trên: để trống',
      '6 Đã cài: “mười” không phải số nguyên',
      '7 Nơi: để trống',
      '7 Nguồn: để trống',
      '8 undefined: có 10 ô, nhiều hơn 9 cột của dòng tên cột',
    ]);
    expect(problems.every((p) => p.fix.length > 5)).toBe(true);
  });

  it('a repeated or a missing column reads no row; an unknown one is ignored and said once', () => {
    const unknown = readProgressCsv('Nơi,Cấp,Ngày,Đã cài,Nguồn,Ghi chú\nA,xã,1/1/2020,1,x,ghi chú\n', 'a.csv');
    expect(unknown.points).toHaveLength(1);
    expect(unknown.problems).toEqual([]);
    expect(unknown.ignored).toEqual(['Ghi chú']);
    expect(unknown.notices).toEqual([expect.stringContaining('bỏ qua cột “Ghi chú”')]);
    const twice = readProgressCsv('Nơi,Cấp,Ngày,Đã cài,Nguồn,Noi\n', 'b.csv');
    expect(twice.problems.map((p) => p.problem)).toEqual(['cột “Nơi” có 2 lần (cột 1, 6)']);
    const missing = readProgressCsv('Nơi,Cấp,Ngày,Nguồn\n', 'c.csv');
    expect(missing.problems.map((p) => p.problem)).toEqual(['thiếu cột “Đã cài”']);
    // A spreadsheet saved by Excel on Vietnamese Windows: Windows-1258, semicolons, Excel's sep= line.
    const bytes = new Uint8Array([
      ...Buffer.from('sep=;\r\nNoi;Cap;Ngay;Da cai;Nguon\r\nX', 'latin1'),
      0xe3, // ă in Windows-1258
      ...Buffer.from(' A;x', 'latin1'),
      0xe3,
      ...Buffer.from(';1/1/2020;5;BC 1\r\n', 'latin1'),
    ]);
    const excel = readProgressCsv(bytes, 'd.csv');
    expect(excel.problems).toEqual([]);
    expect(excel.points.map((p) => [p.place, p.level, p.line])).toEqual([['Xă A', 'xă', 3]]);
  });

  it('the content’s progress.csv refuses a column it does not read, since the site would publish it nowhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-progress-'));
    writeFileSync(join(dir, 'progress.csv'), `${HEADER},Ghi chú\nXã A,xã,,20/08/2020,10,20,dân số,,BC 1,x\n`);
    expect(() => readProgress(dir, [])).toThrow(/progress\.csv: trường "dòng 1": cột “Ghi chú” không có trong mẫu/);
  });

  it('the content’s progress.csv stops the build naming file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-progress-'));
    writeFileSync(join(dir, 'progress.csv'), `${HEADER}\nXã A,xã,,20/08/2020,30,20,dân số,,BC 1\n`);
    expect(() => readProgress(dir, [])).toThrow(
      /progress\.csv: trường "dòng 2: Đã cài": Đã cài 30 lớn hơn Tổng số 20\. Cách sửa: kiểm tra lại số liệu/,
    );
    writeFileSync(
      join(dir, 'progress.csv'),
      `${HEADER}\nXã A,xã,,20/08/2020,10,20,dân số,,BC 1\nXã A,xã,,20/08/2020,12,20,dân số,,BC 2\n`,
    );
    expect(() => readProgress(dir, [])).toThrow(/dòng 3: trường "Ngày": Xã A ngày 2020-08-20 đã có ở .*dòng 2/);
  });

  it('a directive’s figure with a place is a point: its rows add up, dated by asOf or the document, linked to it', () => {
    const figure = (
      place: object,
      rows: Array<{ value: number; total?: number; statedPercent?: number }>,
      asOf?: string,
    ) => ({
      id: 'f',
      title: 'Cài đặt',
      unit: 'người',
      asOf,
      facts: [],
      place,
      rows: rows.map((r, i) => ({ label: `Bộ phận ${i}`, ...r })),
    });
    const directive = (id: string, number: string, date: string, figures: object[]) =>
      ({
        id,
        file: `content/directives/${id}.mdx`,
        body: '',
        data: { number, date, subject: 's', figures },
      }) as unknown as DirectiveEntry;
    const points = pointsOfDirectives([
      directive('760-kkt-vp', '760/KKT-VP', '2020-08-21', [
        figure({ name: 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị', level: 'cơ quan', base: 'cán bộ' }, [
          { value: 25, total: 25 },
          { value: 28, total: 28 },
          { value: 19, total: 19 },
          { value: 18, total: 18 },
        ]),
      ]),
      directive('7414-ubnd-ct', '7414/UBND-CT', '2020-08-18', [
        figure(
          { name: 'Thừa Thiên Huế', level: 'tỉnh', base: 'dân số' },
          [{ value: 183620, total: 1128620, statedPercent: 16.27 }],
          '2020-08-13',
        ),
      ]),
    ]);
    expect(points.map((p) => [p.place, p.date, p.installed, p.base, p.rate, p.directive])).toEqual([
      ['Ban Quản lý Khu kinh tế tỉnh Quảng Trị', '2020-08-21', 90, 90, 100, '760-kkt-vp'],
      ['Thừa Thiên Huế', '2020-08-13', 183620, 1128620, 16.27, '7414-ubnd-ct'],
    ]);
  });

  it('places keep tone marks apart (Hòa, Hóa) and only the mark’s placement together', () => {
    const p = (place: string, date: string): ProgressPoint => ({
      place,
      level: 'xã',
      date,
      installed: 1,
      base: 2,
      rate: 50,
      source: 'x',
      origin: place,
    });
    const { places, errors } = placesOf([
      p('Xã Hòa An', '2020-08-01'),
      p('Xã Hóa An', '2020-08-01'),
      p('Xã Hoà An', '2020-08-02'),
    ]);
    expect(errors).toEqual([]);
    expect(places.map((x) => [x.place, x.points.length])).toEqual([
      ['Xã Hoà An', 2],
      ['Xã Hóa An', 1],
    ]);
  });
});

describe('the dashboard’s charts, laid out at build time', () => {
  const point = (place: string, date: string, rate?: number): ProgressPoint => ({
    place,
    level: 'tỉnh',
    date,
    installed: 1,
    rate,
    source: 's',
    origin: place,
  });
  const { places } = placesOf([
    point('A', '2020-08-01', 20),
    point('A', '2020-08-15', 70),
    point('B', '2020-08-10', 30),
    point('C', '2020-08-10'),
  ]);

  it('ranks the latest rates, marks those below the target, and leaves out places without a rate', () => {
    const chart = rankedChart(places, 60);
    expect(chart.bars.map((b) => [b.label, b.rate, b.below])).toEqual([
      ['A', 70, false],
      ['B', 30, true],
    ]);
    expect(chart.targetX).toBeCloseTo(chart.width * 0.6);
    expect(chart.bars[0].width).toBeCloseTo(chart.width * 0.7);
  });

  it('draws each place’s rates over one date axis, the target within the frame', () => {
    const chart = timeChart(places, 60);
    expect(chart.series.map((s) => [s.label, s.points.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const [a] = chart.series;
    expect(a.points[1].x).toBeGreaterThan(a.points[0].x);
    expect(a.points[1].y).toBeLessThan(a.points[0].y);
    expect(chart.targetY).toBeGreaterThan(chart.plot.top);
    expect(chart.targetY).toBeLessThan(chart.plot.top + chart.plot.height);
    expect(chart.xTicks.length).toBeLessThanOrEqual(4);
  });
});

const input760: ReportInput = {
  parent: 'UBND tỉnh Quảng Trị',
  unit: 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
  number: '760/KKT-VP',
  place: 'Quảng Trị',
  date: '2020-08-21',
  recipient: 'Sở Thông tin và truyền thông tỉnh Quảng Trị',
  reply: { type: 'Văn bản', number: '3733/UBND-VX', date: '2020-08-14', issuer: 'UBND tỉnh Quảng Trị' },
  signer: 'Phạm Ngọc Minh',
  capacity: 'TRƯỞNG BAN',
  activities: [
    { done: true, text: 'Đăng tải clip hướng dẫn cài đặt lên trang web' },
    { done: false, text: '' },
  ],
  rows: [
    { name: 'Văn phòng BQL KKT tỉnh', total: '25', installed: '25' },
    { name: 'Trung tâm Quản lý cửa khẩu', total: '28', installed: '28' },
    { name: 'Trung tâm Quản lý & khai thác CSHT KCN, KKT', total: '19', installed: '19' },
    { name: 'Ban Quản lý dự án ĐTXD KKT', total: '18', installed: '18' },
  ],
};
const context = { app: 'Bluezone', measures: ['Biện pháp một', 'Biện pháp hai'] };

describe('a unit’s report', () => {
  it('760/KKT-VP’s figures: 90 người, 100 %, drafted in its register', () => {
    const draft = draftReport(input760, words.report, context);
    expect(draft.problems).toEqual([]);
    expect(draft.totals).toMatchObject({ total: 90, installed: 90, rate: 100 });
    const text = draft.document!.body.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain(
      'Thực hiện Văn bản số 3733/UBND-VX ngày 14/8/2020 của UBND tỉnh Quảng Trị, Ban Quản lý Khu kinh tế tỉnh Quảng Trị báo cáo kết quả thực hiện cụ thể như sau:',
    );
    expect(text).toContain('- '.slice(0, 0) + 'Đăng tải clip hướng dẫn cài đặt lên trang web.');
    expect(text).toContain('Kính báo cáo Sở Thông tin và truyền thông tỉnh Quảng Trị nắm bắt, tổng hợp./.');
    expect(draft.document!.placeDate).toBe('Quảng Trị, ngày 21 tháng 8 năm 2020');
  });

  it('a bad row or a missing field is a message on it, and no total or document is made', () => {
    const rows = input760.rows.map((r, i) => (i === 2 ? { ...r, total: '28', installed: '30' } : r));
    const draft = draftReport({ ...input760, rows, unit: ' ', signer: '' }, words.report, context);
    expect(draft.problems.map((p) => [p.field, p.row, p.message])).toEqual([
      ['Tên đơn vị', undefined, 'Chưa điền Tên đơn vị'],
      ['Người ký', undefined, 'Chưa điền Người ký'],
      ['Đã cài', 3, 'dòng 3: Đã cài 30 lớn hơn Tổng số 28'],
    ]);
    expect(draft.totals).toBeUndefined();
    expect(draft.document).toBeUndefined();
    const empty = draftReport({ ...input760, rows: [{ name: '', total: '', installed: '' }] }, words.report, context);
    expect(empty.problems.map((p) => p.message)).toEqual(['Bảng chưa có dòng nào: ghi ít nhất một bộ phận']);
    const notCount = draftReport(
      { ...input760, rows: [{ name: 'A', total: '2,5', installed: '' }] },
      words.report,
      context,
    );
    expect(notCount.problems.map((p) => p.message)).toEqual([
      'dòng 1: Tổng số “2,5” không phải số nguyên dương',
      'dòng 1: Đã cài “” không phải số nguyên dương',
    ]);
  });

  it('a typed reply is read as a number and a date', () => {
    expect(parseReply('3733/UBND-VX ngày 14/8/2020')).toEqual({ number: '3733/UBND-VX', date: '2020-08-14' });
    expect(parseReply('Số 12/BC-UBND')).toEqual({ number: '12/BC-UBND', date: undefined });
    expect(parseReply('không có')).toBeUndefined();
  });

  it('its DOCX reads back with the header, the table of departments with their total, and the signer', async () => {
    const draft = draftReport(input760, words.report, context);
    const bytes = await officialDocxBytes(draft.document!, words.layout);
    const buffer = Buffer.from(bytes);
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const line of [
      'UBND TỈNH QUẢNG TRỊ',
      'BAN QUẢN LÝ KHU KINH TẾ TỈNH QUẢNG TRỊ',
      'Số: 760/KKT-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 21 tháng 8 năm 2020',
      'BÁO CÁO',
      'Kính gửi: Sở Thông tin và truyền thông tỉnh Quảng Trị',
      'Nơi nhận:',
      'TRƯỞNG BAN',
      'Phạm Ngọc Minh',
    ])
      expect(text).toContain(line);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td>(.*?)<\/td>/g)].length);
    // The header table, the six rows of the departments' table (head, four, total), the footer table.
    expect(rows).toEqual([2, 5, 5, 5, 5, 5, 5, 2]);
    expect(html).toContain('Tổng cộng');
    // Decree 30 sizes: every run 11–14 pt (docx writes half-points), the title and body at 14.
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((s) => s < 11 || s > 14)).toEqual([]);
    expect(xml).toMatch(/<w:sz w:val="28"\/>.*?<w:t[^>]*>BÁO CÁO<\/w:t>/s);
  });
});

describe('the roll-up', () => {
  const file = (name: string, rows: string[]) => ({ name, bytes: `${HEADER}\n${rows.join('\n')}\n` });

  it('counts each unit once, checks its departments against it, sums per level, reports bad rows by file and line', () => {
    const r = rollUp(
      [
        file('a.csv', [
          'Đơn vị A,đơn vị,Huyện X,20/08/2020,9,10,cán bộ,,BC 1',
          'Phòng 1,bộ phận,Đơn vị A,20/08/2020,4,5,cán bộ,,BC 1',
          'Phòng 2,bộ phận,Đơn vị A,20/08/2020,5,5,cán bộ,,BC 1',
        ]),
        file('b.csv', [
          'Xã B,xã,Huyện X,20/08/2020,30,100,dân số,,BC 2',
          'Xã C,xã,Huyện X,20/08/2020,20,10,dân số,,BC 3',
          'Xã D,xã,Huyện X,20/08/2020,20,,dân số,,BC 4',
        ]),
        file('c.csv', [
          'Đơn vị E,đơn vị,Huyện X,20/08/2020,5,10,cán bộ,,BC 5',
          'Phòng 9,bộ phận,Đơn vị E,20/08/2020,1,10,cán bộ,,BC 5',
        ]),
        file('a-lan-2.csv', ['Đơn vị A,đơn vị,Huyện X,21/08/2020,10,10,cán bộ,,BC 6']),
      ],
      words.rollup,
      60,
    );
    expect(r.units.map((u) => [u.place, u.rate, u.below])).toEqual([
      ['Xã B', 30, true],
      ['Đơn vị E', 50, true],
      ['Đơn vị A', 90, false],
    ]);
    expect(r.levels).toEqual([
      { level: 'xã', units: 1, installed: 30, base: 100, rate: 30 },
      { level: 'đơn vị', units: 2, installed: 14, base: 20, rate: 70 },
    ]);
    expect(r.total).toEqual({ installed: 44, base: 120, rate: 36.67 });
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.problem}`)).toEqual([
      'b.csv:3 Đã cài: Đã cài 20 lớn hơn Tổng số 10',
      'b.csv:4 Tổng số: Xã D: thiếu Tổng số nên không tính được tỷ lệ',
      'c.csv:2 Đã cài: Đơn vị E: các bộ phận cộng lại được 1/10, khác với dòng của đơn vị',
    ]);
    expect(r.duplicates.map((d) => [d.unit.file, d.first.file])).toEqual([['a-lan-2.csv', 'a.csv']]);
  });
});
