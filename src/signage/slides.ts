import { createHash } from 'node:crypto';
import { loadCampaign, type Measure } from '../campaign/load';
import { qrMatrix } from '../render/qr';
import { addressLabel, qrTarget } from '../posters/posters';
import { directiveTitle } from '../directives/text';

export interface Slide {
  id: string;
  number: number;
  title: string;
  headline: string;
  body: string;
  cta: string;
  address: string;
  qrUrl: string;
  /** QR modules as an SVG path in module units, quiet zone included. */
  qr: { size: number; d: string };
}

export function slideOf(measure: Measure, settings: Awaited<ReturnType<typeof loadCampaign>>['settings']): Slide {
  const url = qrTarget(settings, measure);
  const m = qrMatrix(url);
  return {
    id: measure.id,
    number: measure.data.number,
    title: measure.data.title,
    headline: measure.data.poster.headline,
    body: measure.data.poster.body,
    cta: measure.data.poster.cta,
    address: addressLabel(settings.app.installUrl),
    qrUrl: url,
    qr: { size: m.size, d: m.dark.map(([x, y]) => `M${x} ${y}h1v1h-1z`).join('') },
  };
}

export async function allSlides(): Promise<Slide[]> {
  const { measures, settings } = await loadCampaign();
  return measures.map((m) => slideOf(m, settings));
}

/**
 * The signage build id: it changes when anything a screen shows changes, and
 * only then, so screens reload for new content and never for nothing.
 */
export async function signageVersion(): Promise<string> {
  const { settings, root } = await loadCampaign();
  const h = createHash('sha256');
  h.update(JSON.stringify({ slides: await allSlides(), palette: settings.palette, campaign: settings.campaign, app: settings.app.name, root: directiveTitle(root.data) }));
  h.update(process.env.LOA_SIGNAGE_SALT ?? '');
  return h.digest('hex').slice(0, 16);
}
