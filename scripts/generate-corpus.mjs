// Generates a large, realistic campaign for the benchmark: 1,000 directives
// and 50 measures in Vietnamese, with cross-references and figures.
//   node scripts/generate-corpus.mjs <out-dir> [directives=1000] [measures=50] [md|mdx]
// Directives are plain documents, written as .md by default (Markdown Astro renders while syncing content);
// `mdx` writes them as the real campaign's .mdx files, each one a module Vite bundles.
// Deterministic: the same arguments always give the same files.
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const [out = '/tmp/loa-corpus', nDirectives = '1000', nMeasures = '50', format = 'md'] = process.argv.slice(2);
const D = Number(nDirectives);
const M = Number(nMeasures);

let seed = 20200801;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const sample = (xs, k) => [...xs].sort(() => rand() - 0.5).slice(0, k);

const provinces = [
  'Hà Nội',
  'Hải Phòng',
  'Quảng Ninh',
  'Bắc Ninh',
  'Nam Định',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Đà Nẵng',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Gia Lai',
  'Đắk Lắk',
  'Lâm Đồng',
  'Bình Dương',
  'Đồng Nai',
  'Bà Rịa – Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Cần Thơ',
  'An Giang',
  'Kiên Giang',
  'Cà Mau',
];
const offices = [
  {
    name: (p) => `UBND tỉnh ${p}`,
    header: (p) => ['ỦY BAN NHÂN DÂN', `TỈNH ${p.toLocaleUpperCase('vi')}`],
    sym: 'UBND-VX',
    type: 'công văn',
  },
  {
    name: (p) => `Sở Thông tin và Truyền thông tỉnh ${p}`,
    header: (p) => [`UBND TỈNH ${p.toLocaleUpperCase('vi')}`, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
    sym: 'STTTT-BCVT',
    type: 'công văn',
  },
  {
    name: (p) => `Sở Y tế tỉnh ${p}`,
    header: (p) => [`UBND TỈNH ${p.toLocaleUpperCase('vi')}`, 'SỞ Y TẾ'],
    sym: 'SYT-NVY',
    type: 'báo cáo',
  },
  {
    name: (p) => `Văn phòng UBND tỉnh ${p}`,
    header: (p) => [`UBND TỈNH ${p.toLocaleUpperCase('vi')}`, 'VĂN PHÒNG'],
    sym: 'VPUBND-KGVX',
    type: 'thông báo',
  },
];
const sentences = [
  'Đề nghị các cơ quan, đơn vị khẩn trương triển khai cài đặt ứng dụng Bluezone cho toàn bộ cán bộ, công chức, viên chức và người lao động.',
  'Chính quyền cơ sở, các tổ chức đoàn thể, tổ dân phố đi từng ngõ, gõ từng nhà hướng dẫn người dân cài đặt và sử dụng ứng dụng.',
  'Đoàn Thanh niên, Hội Phụ nữ phát động phong trào cài đặt và hỗ trợ người dân cài Bluezone trên điện thoại thông minh.',
  'Các nhà hàng, khách sạn, cơ sở lưu trú phổ biến, khuyến nghị khách hàng cài đặt ứng dụng khi sử dụng dịch vụ.',
  'Các doanh nghiệp viễn thông nhắn tin qua Zalo và SMS đề nghị người dân đăng ký, cài đặt Bluezone và định kỳ nhắc lại.',
  'Hệ thống truyền thanh cơ sở phát thông báo hướng dẫn cài đặt ứng dụng vào buổi sáng và buổi chiều hằng ngày.',
  'Báo, đài địa phương đưa tin thường xuyên về lợi ích của việc cài đặt ứng dụng phát hiện tiếp xúc gần.',
  'Các cơ sở giáo dục vận động giáo viên, học sinh, sinh viên cài đặt ứng dụng cho mình và người thân.',
  'Niêm yết áp phích hướng dẫn tại bộ phận một cửa, chợ, bến xe, nhà văn hóa và các điểm đông người.',
  'Trình chiếu hình ảnh tuyên truyền trên màn hình điện tử trong thang máy, sảnh tòa nhà và nơi công cộng.',
  'Kết quả thực hiện báo cáo về Sở Thông tin và Truyền thông trước ngày 25 hằng tháng để tổng hợp.',
  'Người dân có điện thoại thông minh cần bật Bluetooth và để ứng dụng chạy nền để được cảnh báo kịp thời.',
];
const units = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch – Tài chính',
  'Trung tâm Y tế',
  'Trung tâm Văn hóa – Thông tin',
  'Ban Quản lý dự án',
  'Đội Thanh tra',
  'Trạm Y tế xã',
];

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'directives'), { recursive: true });
mkdirSync(join(out, 'measures'), { recursive: true });

const settings = readFileSync(new URL('../content/settings.yaml', import.meta.url), 'utf8').replace(
  /^rootDocument: .*$/m,
  'rootDocument: 1/BTTTT-THH',
);
writeFileSync(join(out, 'settings.yaml'), settings);

// The real campaign's languages, with its translation files; a language that translates measures
// (English) gets the generated measures' words, as the build asks for every measure of a language with pages.
const translations = new URL('../content/translations/', import.meta.url);
mkdirSync(join(out, 'translations'));
for (const name of readdirSync(translations)) {
  const data = parse(readFileSync(new URL(name, translations), 'utf8'));
  if (data.measures)
    data.measures = Array.from({ length: M }, (_, k) => ({
      number: k + 1,
      title: `Measure ${k + 1}`,
      summary: `Measure ${k + 1} helps people install the app, so that they are warned after a close contact.`,
      body: `Measure ${k + 1} is one of the campaign's measures. Install the app and turn on Bluetooth.`,
    }));
  writeFileSync(join(out, 'translations', name), stringify(data));
}

const q = (s) => JSON.stringify(s);
const date = (i) => {
  const d = new Date(Date.UTC(2020, 7, 1) + Math.floor((i / D) * 120) * 86400000);
  return d.toISOString().slice(0, 10);
};

const numbers = [];
for (let i = 0; i < D; i++) {
  const root = i === 0;
  const province = pick(provinces);
  const office = pick(offices);
  const number = root ? '1/BTTTT-THH' : `${i + 100}/${office.sym}`;
  numbers.push(number);
  const slug = number.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const cited = root ? [] : [...new Set(['1/BTTTT-THH', ...sample(numbers.slice(1, i), int(0, 2))])];
  const measures = root
    ? Array.from({ length: M }, (_, k) => k + 1)
    : sample(
        Array.from({ length: M }, (_, k) => k + 1),
        int(1, 6),
      ).sort((a, b) => a - b);
  const figure = !root && rand() < 0.3;
  const rows = figure
    ? sample(units, int(2, 5)).map((label) => {
        const total = int(10, 120);
        return { label, value: int(Math.floor(total / 2), total), total };
      })
    : [];
  const body = [
    `Thực hiện ${cited.map((n) => `Công văn số ${n}`).join(', ') || 'chỉ đạo của Chính phủ'} về việc triển khai tuyên truyền cài đặt ứng dụng Bluezone, ${root ? 'Bộ Thông tin và Truyền thông' : office.name(province)} đề nghị như sau:`,
    '',
    ...Array.from({ length: int(3, 8) }, (_, k) => `${k + 1}. ${pick(sentences)}`),
    '',
    pick(sentences),
    '',
    'Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
  ].join('\n');
  const fm = [
    '---',
    `number: ${number}`,
    `type: ${root ? 'công văn' : office.type}`,
    'issuer:',
    `  name: ${q(root ? 'Bộ Thông tin và Truyền thông' : office.name(province))}`,
    `  header: ${q(root ? ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG'] : office.header(province))}`,
    `province: ${q(root ? 'Trung ương' : province)}`,
    `place: ${q(root ? 'Hà Nội' : province)}`,
    `date: ${date(i)}`,
    `subject: ${q(`V/v ${pick(['triển khai', 'đẩy mạnh', 'báo cáo kết quả', 'tăng cường'])} tuyên truyền cài đặt ứng dụng Bluezone`)}`,
    `recipients: ${q(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'])}`,
    'signer:',
    `  name: ${q(pick(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quốc Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức']))}`,
    `  capacity: ${q(pick([['CHỦ TỊCH'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']]))}`,
    `distribution: ${q(['Như trên;', 'Lưu: VT.'])}`,
    `cites: ${q(cited.map((n) => ({ number: n })))}`,
    `measures: ${q(measures)}`,
    ...(figure
      ? [`figures: ${q([{ id: 'cai-dat', title: 'Số người đã cài đặt Bluezone', unit: 'người', rows }])}`]
      : []),
    'source: corpus.txt',
    '---',
    '',
  ].join('\n');
  writeFileSync(join(out, 'directives', `${slug}.${format}`), fm + body + '\n');
}

// The measures do not depend on how many directives came before: every size has the same 50 measures,
// so their posters and voiced clips are the same files (and cache entries) at 1,000 and at 10,000.
seed = 20200802;
const topics = [
  'Cơ quan nhà nước',
  'Tổ dân phố',
  'Đoàn Thanh niên',
  'Trường học',
  'Bến xe',
  'Khách sạn',
  'Tin nhắn',
  'Báo chí',
  'Loa phường',
  'Màn hình',
];
for (let n = 1; n <= M; n++) {
  const topic = `${topics[(n - 1) % topics.length]} ${Math.ceil(n / topics.length)}`;
  const fm = [
    '---',
    `number: ${n}`,
    `title: ${q(topic)}`,
    `official: ${q(pick(sentences))}`,
    `summary: ${q(`${topic} giúp người dân cài đặt Bluezone để được cảnh báo khi tiếp xúc gần người nhiễm.`)}`,
    `actors: ${q([topic, 'UBND cấp xã'])}`,
    `channels: ${q(['Trực tiếp', 'Áp phích'])}`,
    'poster:',
    `  headline: ${q('Cài Bluezone, bảo vệ cộng đồng')}`,
    `  body: ${q(`${topic}: bật Bluetooth, cài Bluezone để được báo khi ở gần người nhiễm COVID-19.`)}`,
    `  cta: ${q('Quét mã QR để cài đặt')}`,
    'clip:',
    `  title: ${q(`Bluezone – ${topic}`)}`,
    '  scenes:',
    ...[
      [
        'Người dân đi chợ, điện thoại trong túi.',
        'Bluezone bảo vệ bạn',
        'Mỗi chiếc điện thoại có thể bảo vệ cả gia đình.',
      ],
      ['Hai điện thoại đặt cạnh nhau, sóng Bluetooth.', 'Phát hiện tiếp xúc gần', 'Bluezone ghi nhận ai đã ở gần bạn.'],
      ['Thông báo hiện trên màn hình điện thoại.', 'Cảnh báo kịp thời', 'Khi có ca nhiễm, bạn được báo ngay.'],
      ['Cán bộ hướng dẫn người lớn tuổi cài ứng dụng.', 'Không lấy vị trí', 'Ứng dụng không thu thập vị trí của bạn.'],
      ['Mã QR và địa chỉ cài đặt.', 'Cài Bluezone: bluezone.gov.vn', 'Hãy cài Bluezone tại bluezone.gov.vn.'],
    ].flatMap(([visual, onScreen, voiceover]) => [
      '    - duration: 6',
      `      visual: ${q(visual)}`,
      `      onScreen: ${q(onScreen)}`,
      `      voiceover: ${q(voiceover)}`,
      `      sound: ${q('Nhạc nền nhẹ nhàng.')}`,
    ]),
    '---',
    '',
    `${topic} là một trong các biện pháp tuyên truyền. ${pick(sentences)}`,
    '',
  ].join('\n');
  writeFileSync(join(out, 'measures', `${String(n).padStart(2, '0')}-bien-phap-${n}.mdx`), fm);
}
console.log(`corpus: ${D} directives, ${M} measures in ${out}`);
