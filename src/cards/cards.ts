import { loadCampaign } from '../campaign/load';
import { capitalize, directiveTitle, plainSubject } from '../directives/text';
import { formatDateShort } from '../core/vietnamese';
import { urls } from '../manifest/urls';
import type { CardCopy } from './social-card';

/** The social-card path of a page: /van-ban/2841-btttt-thh/ → /og/van-ban/2841-btttt-thh.jpg. */
export function cardPath(pagePath: string): string {
  const clean = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${clean || 'trang-chu'}.jpg`;
}

let cards: Promise<Array<{ path: string; copy: CardCopy }>> | undefined;

/** One card per page, keyed by the page's path. Pages not listed fall back to the home card. Worked out once per build: every page asks. */
export function allCards(): Promise<Array<{ path: string; copy: CardCopy }>> {
  cards ??= listCards();
  return cards;
}

async function listCards(): Promise<Array<{ path: string; copy: CardCopy }>> {
  const { settings, directives, measures } = await loadCampaign();
  const site = new URL(settings.site.url).host;
  const base = { brand: settings.campaign.name, site, file: 'settings.yaml' };
  const cards: Array<{ path: string; copy: CardCopy }> = [
    { path: urls.home(), copy: { ...base, kicker: settings.campaign.title, title: settings.campaign.tagline } },
    { path: urls.directives(), copy: { ...base, kicker: `${directives.length} văn bản`, title: 'Văn bản chỉ đạo, báo cáo và thông báo' } },
    { path: urls.measures(), copy: { ...base, kicker: `${measures.length} biện pháp`, title: 'Các biện pháp tuyên truyền và nơi đã triển khai' } },
    { path: urls.posters(), copy: { ...base, kicker: 'Áp phích A4, A3', title: 'Áp phích in được ngay: PDF có lề xén và dấu cắt, PNG 300 dpi' } },
    ...directives.map((d) => ({
      path: urls.directive(d.id),
      copy: { ...base, file: d.file, kicker: `${capitalize(d.data.type)} · ${d.data.issuer.name} · ${formatDateShort(d.data.date)}`, title: `${directiveTitle(d.data)}: ${plainSubject(d.data)}` },
    })),
    ...measures.map((m) => ({
      path: urls.measure(m.id),
      copy: { ...base, file: m.file, kicker: `Biện pháp ${m.data.number}/${measures.length} · ${m.data.title}`, title: m.data.poster.headline },
    })),
    { path: '/kich-ban/', copy: { ...base, kicker: `Kịch bản clip ${settings.clip.durationSeconds} giây`, title: 'Kịch bản, phụ đề và bảng phân cảnh cho từng biện pháp' } },
    ...measures.map((m) => ({
      path: urls.script(m.id),
      copy: { ...base, file: m.file, kicker: `Kịch bản clip ${settings.clip.durationSeconds} giây · Biện pháp ${m.data.number}`, title: m.data.clip.title },
    })),
    { path: '/man-hinh/huong-dan/', copy: { ...base, kicker: 'Màn hình điện tử', title: 'Trang trình chiếu cho màn hình thang máy, sảnh chờ' } },
    { path: urls.search(), copy: { ...base, kicker: 'Tìm kiếm', title: 'Tìm trong mọi văn bản, biện pháp và kịch bản' } },
  ];
  return cards;
}
