import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { useBuiltSite } from '../support/built-site';
import { carries, watch } from '../support/requests';
import { readProgressCsv } from '../../src/channels/results/progress';
import { resultsPaths } from '../../src/channels/results/paths';
import { fileNames } from '../../src/manifest/paths';
import type { Catalogue } from '../../src/manifest/catalogue';

const dist = process.env.LOA_DIST ?? 'dist';
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const pageOf = (kind: string) => catalogue.pages.find((p) => p.kind === kind);
const site = useBuiltSite();

/** 760/KKT-VP, the unit report in the seeds: its header, signer and table of departments. */
const unit760 = {
  'Cơ quan chủ quản': 'UBND tỉnh Quảng Trị',
  'Tên đơn vị': 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
  'Số ký hiệu': '760/KKT-VP',
  'Địa danh': 'Quảng Trị',
  'Kính gửi': 'Sở Thông tin và truyền thông tỉnh Quảng Trị',
  'Trả lời văn bản': '3733/UBND-VX ngày 14/8/2020',
  'Người ký': 'Phạm Ngọc Minh',
  'Chức vụ': 'TRƯỞNG BAN',
};
const departments = [
  ['Văn phòng BQL KKT tỉnh', '25', '25'],
  ['Trung tâm Quản lý cửa khẩu', '28', '28'],
  ['Trung tâm Quản lý & khai thác CSHT KCN, KKT', '19', '19'],
  ['Ban Quản lý dự án ĐTXD KKT', '18', '18'],
];

async function docxText(bytes: Buffer) {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) =>
      c[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ),
  );
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  return { rows, text };
}

let reportCsv = '';

describe('results: a unit’s report made in the browser', () => {
  it('fills in with 760/KKT-VP’s own figures and gives its DOCX, print view and CSV; nothing typed leaves', async () => {
    const report = pageOf('report');
    expect(report?.route).toBe(resultsPaths.report());
    const context = await site.browser.newContext({ viewport: { width: 390, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests = watch(page);
    await page.goto(`${site.server.url}${report!.url}`);
    await page.getByRole('textbox', { name: 'Tên đơn vị' }).waitFor();
    for (const [label, value] of Object.entries(unit760))
      await page
        .getByRole(label === 'Trả lời văn bản' ? 'combobox' : 'textbox', { name: label, exact: true })
        .fill(value);
    await page.getByLabel('Ngày báo cáo', { exact: true }).fill('2020-08-21');
    await page.getByRole('checkbox').first().check();

    // Rows pasted from a spreadsheet fill the table, adding rows as needed.
    const tsv = departments.map((r) => r.join('\t')).join('\n');
    await page.getByRole('textbox', { name: 'Bộ phận', exact: true }).first().focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, tsv);
    await expect.poll(() => page.getByRole('textbox', { name: 'Bộ phận', exact: true }).count()).toBe(4);
    await expect
      .poll(() => page.locator('#r-totals').textContent())
      .toBe('Tổng cộng: 90 người, đã cài 90, đạt 100\u00a0%.');

    // A row that cannot be right is a message on that row, and no total or file is made from it.
    const installed = page.getByRole('textbox', { name: 'Đã cài', exact: true }).nth(2);
    await installed.fill('30');
    await page.getByRole('textbox', { name: 'Tổng số', exact: true }).nth(2).fill('28');
    await expect
      .poll(() => page.locator('#r-problem-list').textContent())
      .toContain('dòng 3: Đã cài 30 lớn hơn Tổng số 28');
    expect(await installed.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#r-totals').textContent()).toBe('');
    expect(await page.getByRole('button', { name: 'Tải DOCX' }).isDisabled()).toBe(true);
    expect(await page.locator('#r-preview').textContent()).toBe('');
    await installed.fill('19');
    await page.getByRole('textbox', { name: 'Tổng số', exact: true }).nth(2).fill('19');
    await expect.poll(() => page.locator('#r-totals').textContent()).toContain('90 người');

    // The preview is the document: drafted in 760's register.
    const preview = (await page.locator('#r-preview').textContent())!;
    expect(preview).toContain(
      'Thực hiện Văn bản số 3733/UBND-VX ngày 14/8/2020, Ban Quản lý Khu kinh tế tỉnh Quảng Trị báo cáo kết quả thực hiện cụ thể như sau:',
    );
    expect(preview).toContain('Kính báo cáo Sở Thông tin và truyền thông tỉnh Quảng Trị nắm bắt, tổng hợp./.');
    expect(preview).toContain('Quảng Trị, ngày 21 tháng 8 năm 2020');

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe(resultsPaths.reportDocx(fileNames.place(unit760['Tên đơn vị'])));
    expect(docx.suggestedFilename()).toMatch(/^bao-cao-ban-quan-ly-khu-kinh-te-tinh-quang-tri/);
    const { rows, text } = await docxText(readFileSync((await docx.path())!));
    expect(text).toContain('BAN QUẢN LÝ KHU KINH TẾ TỈNH QUẢNG TRỊ');
    expect(text).toContain('Số: 760/KKT-VP');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Phạm Ngọc Minh');
    const table = rows.filter((r) => r.length === 5);
    expect(table).toHaveLength(6);
    expect(table.slice(1, 5).map((r) => [r[1], r[2], r[3]])).toEqual(departments);
    expect(table[5]).toEqual(['', 'Tổng cộng', '90', '90', '100\u00a0%']);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải số liệu (CSV)' }).click(),
    ]);
    reportCsv = readFileSync((await csv.path())!, 'utf8');
    const back = readProgressCsv(reportCsv, 'báo cáo');
    expect(back.problems).toEqual([]);
    expect(back.points.map((p) => [p.place, p.installed, p.base])).toEqual([
      ['Ban Quản lý Khu kinh tế tỉnh Quảng Trị', 90, 90],
      ...departments.map(([n, t, i]) => [n, Number(i), Number(t)]),
    ]);

    // The print view is the same document on A4, without the form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#r-form').isVisible()).toBe(false);
    expect(await page.locator('#r-preview .official').isVisible()).toBe(true);

    const typed = [...Object.values(unit760), ...departments.map((d) => d[0])].filter((s) => s.length > 8);
    expect(requests.length).toBeGreaterThan(0);
    expect(carries(requests, typed).map((r) => r.url())).toEqual([]);
    await context.close();
  });
});

describe('results: the roll-up adds up units’ files', () => {
  it('takes the report’s CSV with three other units; bad rows and duplicates are named, good ones counted', async () => {
    expect(reportCsv, 'the report test above made a CSV').not.toBe('');
    const rollup = pageOf('rollup');
    expect(rollup?.route).toBe(resultsPaths.rollup());
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests = watch(page);
    await page.goto(`${site.server.url}${rollup!.url}`);
    const header = 'Nơi,Cấp,Trực thuộc,Ngày,Đã cài,Tổng số,Tính trên,Tỷ lệ,Nguồn';
    const others = [
      {
        name: 'so-y-te.csv',
        text: `${header}\nSở Y tế,sở,UBND tỉnh Quảng Trị,20/08/2020,40,50,cán bộ,,Báo cáo 12/BC-SYT\n`,
      },
      {
        name: 'so-gd.csv',
        text: `${header}\nSở Giáo dục và Đào tạo,sở,UBND tỉnh Quảng Trị,20/08/2020,30,60,cán bộ,,Báo cáo 8/BC-SGD\nSở Nội vụ,sở,UBND tỉnh Quảng Trị,20/08/2020,99,45,cán bộ,,Báo cáo 5/BC-SNV\n`,
      },
      // The same unit sent twice: flagged, counted once.
      {
        name: 'so-y-te-lan-2.csv',
        text: `${header}\nSở Y tế,sở,UBND tỉnh Quảng Trị,21/08/2020,45,50,cán bộ,,Báo cáo 13/BC-SYT\n`,
      },
      {
        name: 'so-tai-chinh.csv',
        text: `${header}\nSở Tài chính,sở,UBND tỉnh Quảng Trị,20/08/2020,20,20,cán bộ,,Báo cáo 3/BC-STC\n`,
      },
    ];
    await page
      .getByLabel('Chọn các tệp số liệu (CSV)')
      .setInputFiles([
        { name: 'so-lieu-ban-quan-ly.csv', mimeType: 'text/csv', buffer: Buffer.from(reportCsv) },
        ...others.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })),
      ]);
    await expect.poll(() => page.locator('#u-units tr').count()).toBe(4);
    const units = await page
      .locator('#u-units tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    // Lowest rate first; the 60 % target marks those below it.
    expect(units.map((u) => [u[0], u[3], u[4], u[5]])).toEqual([
      ['Sở Giáo dục và Đào tạo', '60', '30', '50\u00a0% (dưới mục tiêu)'],
      ['Sở Y tế', '50', '40', '80\u00a0%'],
      ['Ban Quản lý Khu kinh tế tỉnh Quảng Trị', '90', '90', '100\u00a0%'],
      ['Sở Tài chính', '20', '20', '100\u00a0%'],
    ]);
    expect(await page.locator('#u-status').textContent()).toBe('4 đơn vị, 180/220, đạt 81,82\u00a0%.');
    expect(await page.locator('#u-problem-list').textContent()).toContain(
      'so-gd.csv, dòng 3, cột “Đã cài”: Đã cài 99 lớn hơn Tổng số 45',
    );
    expect(await page.locator('#u-duplicate-list').textContent()).toContain(
      'Sở Y tế (so-y-te-lan-2.csv) đã có trong so-y-te.csv',
    );

    for (const [id, v] of [
      ['u-parent', 'UBND tỉnh Quảng Trị'],
      ['u-unit', 'Sở Thông tin và Truyền thông'],
      ['u-place', 'Quảng Trị'],
      ['u-date', '2020-08-22'],
      ['u-recipient', 'UBND tỉnh Quảng Trị'],
      ['u-signer', 'Nguyễn Văn A'],
      ['u-capacity', 'GIÁM ĐỐC'],
    ])
      await page.locator(`#${id}`).fill(v);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo tổng hợp (DOCX)' }).click(),
    ]);
    const { rows, text } = await docxText(readFileSync((await docx.path())!));
    expect(rows.filter((r) => r.length === 5).at(-1)).toEqual(['', 'Tổng cộng', '220', '180', '81,82\u00a0%']);
    expect(text).toContain(
      'Các đơn vị chưa đạt mục tiêu 60 %: Sở Giáo dục và Đào tạo (50 %).'.replace(/ %/g, '\u00a0%'),
    );

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải số liệu tổng hợp (CSV)' }).click(),
    ]);
    const combined = readProgressCsv(readFileSync((await csv.path())!, 'utf8'), 'tổng hợp');
    expect(combined.problems).toEqual([]);
    expect(combined.points).toHaveLength(4);
    expect(carries(requests, ['Sở Y tế', 'Nguyễn Văn A', 'Phạm Ngọc Minh'])).toEqual([]);
    await context.close();
  });
});

describe('results: the progress dashboard', () => {
  it('shows Thừa Thiên Huế’s 16,27 % of 13/08/2020 and the Quảng Trị authority’s 100 %, linked to their documents', async () => {
    const progress = pageOf('progress');
    expect(progress?.route).toBe(resultsPaths.progress());
    const page = await site.browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${site.server.url}${progress!.url}`);
    const m = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      charts: document.querySelectorAll('svg[role="img"]').length,
      text: document.body.innerText,
      links: [...document.querySelectorAll('td a')].map((a) => [a.textContent, a.getAttribute('href')]),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(m.scripts, 'charts are drawn at build time').toBe(0);
    expect(m.charts).toBe(2);
    expect(m.overflow).toBeLessThanOrEqual(0);
    expect(m.text).toMatch(/Thừa Thiên Huế\s+13\/08\/2020\s+183\.620\s+1\.128\.620\s+dân số\s+16,27\u00a0%/);
    expect(m.text).toMatch(/Ban Quản lý Khu kinh tế tỉnh Quảng Trị\s+21\/08\/2020\s+90\s+90/);
    expect(m.text).toContain('100\u00a0%');
    expect(m.links).toEqual(
      expect.arrayContaining([
        ['7414/UBND-CT', expect.stringMatching(/\/van-ban\/7414-ubnd-ct\/$/)],
        ['760/KKT-VP', expect.stringMatching(/\/van-ban\/760-kkt-vp\/$/)],
      ]),
    );
    const csv = catalogue.files.find((f) => f.kind === 'progress-csv')!;
    const back = readProgressCsv(readFileSync(join(dist, csv.route), 'utf8'), csv.route);
    expect(back.problems).toEqual([]);
    expect(back.points.find((p) => p.place === 'Thừa Thiên Huế')).toMatchObject({
      installed: 183620,
      base: 1128620,
      rate: 16.27,
    });
    const json = JSON.parse(
      readFileSync(join(dist, catalogue.files.find((f) => f.kind === 'progress-json')!.route), 'utf8'),
    );
    expect(json.map((p: { place: string }) => p.place)).toContain('Ban Quản lý Khu kinh tế tỉnh Quảng Trị');
    await page.close();
  });
});
