import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brokenCampaign, buildCampaign, buildCampaignAsync, copyOfCode } from '../support/fixture-build';

// Each case breaks one thing in a copy of the mini campaign and runs the real
// build: it must stop, naming the file, the field and the fix.
const cases: Array<{ name: string; file: string; edit: (s: string) => string; strings?: string; expect: RegExp[] }> = [
  {
    name: 'a missing field',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) => s.replace(/^subject:.*\n/m, ''),
    expect: [/55-syt-vp\.mdx/, /subject/, /thiếu trường bắt buộc; thêm trường này/],
  },
  {
    name: 'a malformed document number',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) => s.replace('number: 55/SYT-VP', 'number: 55-SYT-VP'),
    expect: [/55-syt-vp\.mdx/, /number/, /ví dụ 123\/ABC-XY/],
  },
  {
    name: 'a date that is not a date',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) => s.replace('date: 2022-03-15', 'date: 2022-02-30'),
    expect: [
      /55-syt-vp\.mdx: trường "date": “2022-02-30” không phải một ngày có thật\. Cách sửa: viết ngày dạng YYYY-MM-DD/,
    ],
  },
  {
    name: 'a duplicate document number',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) =>
      s
        .replace('number: 55/SYT-VP', 'number: 100/BYT-CNTT')
        .replace(/cites:\n {2}- number: 100\/BYT-CNTT\n {4}date: 2022-03-01\n/, ''),
    expect: [/55-syt-vp\.mdx: trường "number": số ký hiệu 100\/BYT-CNTT trùng với .*100-byt-cntt\.mdx/, /Cách sửa/],
  },
  {
    name: 'an unknown measure',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) => s.replace('measures: [1]', 'measures: [1, 11]'),
    expect: [
      /55-syt-vp\.mdx: trường "measures\[1\]": không có biện pháp số 11/,
      /Cách sửa: dùng số biện pháp có trong \S*loa-bad-\w+\/measures \(1, 2\)/,
    ],
  },
  {
    name: 'two problems at once, both reported',
    file: 'directives/55-syt-vp.mdx',
    edit: (s) => s.replace('measures: [1]', 'measures: [11, 12]'),
    expect: [
      /Nội dung có 2 lỗi/,
      /trường "measures\[0\]": không có biện pháp số 11/,
      /trường "measures\[1\]": không có biện pháp số 12/,
    ],
  },
  {
    name: 'a measure with a malformed field',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) => s.replace('number: 2', 'number: hai'),
    expect: [/02-bien-phap-2\.mdx/, /number/, /phải là số/],
  },
  {
    name: 'a poster headline too long to fit',
    file: 'measures/01-bien-phap-1.mdx',
    edit: (s) =>
      s.replace(
        'headline: Cài Sổ Sức khỏe điện tử',
        'headline: Cài Sổ Sức khỏe điện tử ngay hôm nay để lưu giữ hồ sơ sức khỏe, lịch tiêm chủng và kết quả khám bệnh của cả gia đình bạn',
      ),
    expect: [
      // Whichever drawing of the headline the build reaches first (poster, social image) names it.
      /01-bien-phap-1\.mdx: trường "poster\.headline": biện pháp 1, [^:]+: chữ quá dài/,
      /Cách sửa: rút gọn câu chữ/,
    ],
  },
  {
    name: 'a leaflet headline too long for the A5 front',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) =>
      s.replace(
        'headline: Cả nhà cùng cài Sổ Sức khỏe điện tử',
        'headline: ' + 'Cả nhà cùng cài Sổ Sức khỏe điện tử để lưu hồ sơ sức khỏe và lịch tiêm, '.repeat(3),
      ),
    expect: [
      /02-bien-phap-2\.mdx: trường "kit\.leaflet\.headline": biện pháp 2, tờ rơi A5: chữ quá dài/,
      /Cách sửa: rút gọn câu chữ/,
    ],
  },
  {
    name: 'a letter the poster fonts cannot draw',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) => s.replace('headline: Cài Sổ Sức khỏe điện tử', 'headline: Cài Sổ Sức khỏe điện tử 😷'),
    expect: [
      // Whichever drawing of the headline the build reaches first (poster, share card) names it, by its field.
      /02-bien-phap-2\.mdx: trường "poster\.headline": (biện pháp 2, [^:]+|ảnh chia sẻ): phông Be Vietnam Pro không có ký tự “😷” \(U\+1F637\)/,
    ],
  },
  {
    name: 'a clip voice-over too long for its scene',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) =>
      s.replace(
        'voiceover: Hồ sơ sức khỏe của bạn luôn ở trong điện thoại.',
        'voiceover: ' + 'Hồ sơ sức khỏe của bạn luôn ở trong điện thoại, '.repeat(8) + 'hãy cài ngay.',
      ),
    expect: [
      /02-bien-phap-2\.mdx: trường "clip\.scenes\[0\]\.voiceover": biện pháp 2: lời bình cảnh 1 có khoảng \d+ âm tiết, quá 60 âm tiết đọc được trong 15 giây/,
    ],
  },
  {
    name: 'an SMS whose unmarked version takes two parts',
    file: 'measures/01-bien-phap-1.mdx',
    edit: (s) =>
      frontMatter(
        s,
        `messages:\n  - id: qua-dai\n    sms: "${'Hãy cài Sổ Sức khỏe điện tử ngay hôm nay. '.repeat(4)}"\n`,
      ),
    expect: [
      /01-bien-phap-1\.mdx: trường "messages\[0\]\.sms": bản không dấu dài 167 ký tự, thành 2 tin \(giới hạn 1 tin\)\. Cách sửa: rút gọn còn 160 ký tự/,
    ],
  },
  {
    name: 'a Zalo template with a link in its text',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) =>
      frontMatter(
        s,
        'messages:\n  - id: zalo-link\n    sms: "Cài Sổ Sức khỏe điện tử."\n    zns:\n      title: "Mời cài Sổ Sức khỏe"\n' +
          '      paragraphs: ["Xin mời cài ứng dụng tại example.org ngay hôm nay."]\n',
      ),
    expect: [
      /02-bien-phap-2\.mdx: trường "messages\[0\]\.zns\.paragraphs\[0\]": đoạn văn có đường link\. Cách sửa: bỏ link/,
    ],
  },
  {
    name: 'a loudspeaker bulletin too long for its slot',
    file: 'measures/01-bien-phap-1.mdx',
    edit: (s) =>
      frontMatter(
        s,
        'broadcast:\n  - id: loa-10\n    kind: bulletin\n    seconds: 10\n    title: "Bản tin"\n' +
          `    text: "${'Bà con hãy cài Sổ Sức khỏe điện tử tại example.org. '.repeat(3)}"\n`,
      ),
    expect: [
      /01-bien-phap-1\.mdx: trường "broadcast\[0\]\.text": đọc lên có \d+ âm tiết, quá 40 âm tiết đọc được trong 10 giây \(4 âm tiết\/giây\)/,
    ],
  },
  {
    name: 'a bulletin that says the install address once',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) =>
      frontMatter(
        s,
        'broadcast:\n  - id: ban-tin\n    kind: bulletin\n    seconds: 10\n    title: "Bản tin"\n' +
          `    text: "${'Bà con hãy cài Sổ Sức khỏe điện tử ngay hôm nay. '.repeat(2)}Cài tại example.org."\n`,
      ),
    expect: [
      /02-bien-phap-2\.mdx: trường "broadcast\[0\]\.text": địa chỉ example\.org chỉ được nhắc 1 lần\. Cách sửa: nhắc địa chỉ example\.org ít nhất hai lần/,
    ],
  },
  {
    name: 'a 30-second spot that fills a third of its slot',
    file: 'measures/02-bien-phap-2.mdx',
    edit: (s) =>
      frontMatter(
        s,
        'broadcast:\n  - id: loa-30\n    kind: spot\n    seconds: 30\n    title: "Thông báo"\n' +
          '    text: "Bà con hãy cài Sổ Sức khỏe điện tử tại example.org. Xin nhắc lại: example.org."\n',
      ),
    expect: [
      new RegExp(
        '02-bien-phap-2\\.mdx: trường "broadcast\\[0\\]\\.text": đọc lên chỉ có 25 âm tiết, khoảng 6 giây; ' +
          'khung 30 giây cần ít nhất 96 âm tiết \\(80 % khung, 4 âm tiết/giây\\)\\. ' +
          'Cách sửa: viết thêm ít nhất 71 âm tiết hoặc chọn khung ngắn hơn',
      ),
    ],
  },
  {
    name: 'a share of the slot above all of it',
    file: 'settings.yaml',
    edit: (s) => s + 'speech:\n  minFill: 1.5\n',
    expect: [/settings\.yaml/, /speech\.minFill/],
  },
  {
    name: 'an SMS repeat in quiet hours',
    file: 'settings.yaml',
    edit: (s) =>
      s +
      'messaging:\n  start: 2022-03-07\n  channels:\n    sms:\n      label: SMS\n      frequency: daily\n' +
      '      times: ["06:00"]\n      allowed: { from: "07:00", to: "22:00" }\n',
    expect: [
      /settings\.yaml: trường "messaging\.channels\.sms\.times\[0\]": 06:00 nằm ngoài giờ được phép gửi \(07:00–22:00\)/,
    ],
  },
  {
    name: 'a base path that is not a path',
    file: 'settings.yaml',
    edit: (s) => s + 'basePath: chien-dich\n',
    expect: [/settings\.yaml: trường "basePath": phải bắt đầu và kết thúc bằng “\/”/],
  },
  {
    name: 'a reworded UI string the site does not have',
    file: 'settings.yaml',
    edit: (s) => s,
    strings: 'measures.headng: "Hai biện pháp"\n',
    expect: [
      /strings\/vi\.yaml: trường "measures\.headng": không có chuỗi giao diện này\. Cách sửa: dùng một khóa có trong src\/i18n\/vi\.json/,
    ],
  },
];

/** Adds YAML at the end of an MDX file's front matter. */
function frontMatter(mdx: string, yaml: string): string {
  return mdx.replace(/\n---\n/, `\n${yaml}---\n`);
}

// Two builds at a time, each in a code folder of its own (this checkout and a copy of its code): Astro's .astro/
// folder belongs to one build at a time. The cases ran one after the other in 110 s.
const copy = copyOfCode('loa-bad-input-');
const free = [process.cwd(), copy];
const waiting: Array<(code: string) => void> = [];
async function withCode<T>(run: (code: string) => Promise<T>): Promise<T> {
  const code = free.pop() ?? (await new Promise<string>((take) => waiting.push(take)));
  try {
    return await run(code);
  } finally {
    const next = waiting.shift();
    if (next) next(code);
    else free.push(code);
  }
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe.concurrent('bad input stops the build with file, field and fix', () => {
  for (const c of cases) {
    it(c.name, async ({ expect }) => {
      const dir = brokenCampaign(c.file, c.edit);
      if (c.strings) {
        mkdirSync(join(dir, 'strings'));
        writeFileSync(join(dir, 'strings', 'vi.yaml'), c.strings);
      }
      const { status, output } = await withCode((code) => buildCampaignAsync(dir, code));
      // The build's own "stopped on bad input" exit: a kill or a timeout throws in buildCampaignAsync instead.
      expect(status, output).not.toBe(0);
      expect(status, output).toBe(1);
      expect(c.expect.length).toBeGreaterThan(0);
      for (const re of c.expect) expect(output).toMatch(re);
    });
  }
});

describe('a build that stops on bad input', () => {
  it('leaves the last site in the output folder as it was, and nothing beside it', () => {
    const root = join(process.cwd(), 'node_modules/.cache/loa-test-builds');
    mkdirSync(root, { recursive: true });
    const outDir = mkdtempSync(join(root, 'last-site-'));
    writeFileSync(join(outDir, 'index.html'), '<p>the last good build</p>');
    const dir = brokenCampaign('directives/55-syt-vp.mdx', (s) => s.replace(/^subject:.*\n/m, ''));
    const { status, output } = buildCampaign(dir, outDir);
    expect(status, output).not.toBe(0);
    expect(status, output).toBe(1);
    expect(output).toMatch(/directives\/55-syt-vp\.mdx/);
    expect(output).toMatch(/subject: thiếu trường bắt buộc/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
    expect(readdirSync(dirname(outDir)).filter((n) => n.startsWith(`.${basename(outDir)}.`))).toEqual([]);
    expect(existsSync(outDir)).toBe(true);
  });
});
