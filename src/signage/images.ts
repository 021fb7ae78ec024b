import { loadCampaign } from '../campaign/load';
import { allSlides } from './slides';
import { renderSlideImage, SLIDE_SIZES, type SlideOrientation } from './slide-image';
import { directiveTitle } from '../directives/text';
import { urls } from '../manifest/urls';

export interface SlideImage {
  file: string;
  number: number;
  title: string;
  orientation: SlideOrientation;
  page: string;
  render: () => Promise<string>;
}

/** PNG exports of every slide in both orientations: bluezone-bien-phap-01-ngang.png, …-doc.png. */
export async function slideImages(): Promise<SlideImage[]> {
  const { settings, measures, root } = await loadCampaign();
  const slides = await allSlides();
  return slides.flatMap((s) =>
    (Object.keys(SLIDE_SIZES) as SlideOrientation[]).map((orientation) => ({
      file: `${settings.campaign.slug}-bien-phap-${String(s.number).padStart(2, '0')}-${orientation}.png`,
      number: s.number,
      title: s.title,
      orientation,
      page: urls.signageSlide(s.id),
      render: () =>
        renderSlideImage(
          { number: s.number, count: measures.length, title: s.title, headline: s.headline, body: s.body, cta: s.cta, address: s.address, qrUrl: s.qrUrl, appName: settings.app.name, basis: `Theo ${directiveTitle(root.data)} của ${root.data.issuer.name}`, file: measures.find((m) => m.id === s.id)!.file },
          orientation,
          settings.palette,
        ),
    })),
  );
}
