import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderSlide, type SlideCopy } from './slide-image';
import type { Artefact, Measure, SlideOrientation } from '../../manifest/build';
import type { Build } from '../../manifest/context';

export function slideCopy(measure: Measure, b: Build): SlideCopy {
  const count = b.campaign.measures.length;
  return {
    number: measure.data.number,
    kicker: b.t('measure.kicker', { number: measure.data.number, count, title: measure.data.title }),
    headline: measure.data.poster.headline,
    body: measure.data.poster.body,
    cta: measure.data.poster.cta,
    address: b.manifest.copy.installAddress,
    qrUrl: b.manifest.qrUrl(measure),
    appName: b.settings.app.name,
    basis: b.manifest.copy.basisShort,
    file: measure.file,
    settingsFile: b.settingsFile,
  };
}

export async function slideImageBytes(entry: Extract<Artefact, { kind: 'slide-image' }>, b: Build) {
  const paths = await renderSlide(slideCopy(entry.measure, b), entry.orientation, b.theme);
  return readFileSync(paths[entry.format]);
}

/** A measure's slide drawings, as the signage pages show them. */
export function slideImages(measure: Measure, b: Build): Record<SlideOrientation, string> {
  const of = (o: SlideOrientation) =>
    b.manifest.file('slide-image', (f) => f.measure.id === measure.id && f.orientation === o && f.format === 'svg').url;
  return { ngang: of('ngang'), doc: of('doc') };
}

/**
 * The signage build id: it changes when anything a screen shows changes, and
 * only then, so screens reload for new content and never for nothing.
 */
export function signageVersion(b: Build): string {
  const slides = b.campaign.measures.map((m) => slideCopy(m, b));
  const pages = b.manifest.pagesOf('signage-slide').map((p) => p.url);
  const visitors = b.manifest.filesOf('visitor-slide').map((f) => f.url);
  const notices = visitors.length ? b.manifest.notices : [];
  return createHash('sha256')
    .update(
      JSON.stringify({ slides, pages, visitors, notices, theme: b.theme, seconds: b.settings.signage.secondsPerSlide }),
    )
    .digest('hex')
    .slice(0, 16);
}

function pngOf(b: Build, measure: Measure, orientation: SlideOrientation) {
  return b.manifest.file(
    'slide-image',
    (f) => f.measure.id === measure.id && f.orientation === orientation && f.format === 'png',
  );
}

/** For players that take a list of images: each slide's PNG in both orientations, its page, and how long to show it. */
export function playlistJson(b: Build): string {
  const items = b.campaign.measures.map((m) => ({
    measure: m.data.number,
    title: m.data.title,
    page: b.manifest.page('signage-slide', m.id).absolute,
    landscape: pngOf(b, m, 'ngang').absolute,
    portrait: pngOf(b, m, 'doc').absolute,
    durationSeconds: b.settings.signage.secondsPerSlide,
  }));
  // The visitors' notice in each language, for image players at stations and hotels.
  const png = (lang: string, o: SlideOrientation) =>
    b.manifest.file('visitor-slide', (f) => f.lang === lang && f.orientation === o && f.format === 'png').absolute;
  const visitors = [...new Set(b.manifest.filesOf('visitor-slide').map((f) => f.lang))].map((lang) => ({
    lang,
    landscape: png(lang, 'ngang'),
    portrait: png(lang, 'doc'),
    durationSeconds: b.settings.signage.secondsPerSlide,
  }));
  const body = {
    version: signageVersion(b),
    loop: b.manifest.page('signage').absolute,
    items,
    ...(visitors.length ? { visitors } : {}),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** An extended M3U playlist of slide images, each shown for the configured seconds. */
export function playlistM3u(entry: Extract<Artefact, { kind: 'playlist-m3u' }>, b: Build): string {
  const lines = ['#EXTM3U'];
  for (const m of b.campaign.measures) {
    const label = b.t('measure.title', { number: m.data.number, title: m.data.title });
    lines.push(`#EXTINF:${b.settings.signage.secondsPerSlide},${label}`, pngOf(b, m, entry.orientation).absolute);
  }
  return lines.join('\n') + '\n';
}

/** The visitors' notice in each language, as the loop shows it after its measure (drawn by the channel that has it). */
export function visitorSlideImages(b: Build): Array<{ lang: string; ngang: string; doc: string }> {
  const of = (lang: string, o: SlideOrientation) =>
    b.manifest.file('visitor-slide', (f) => f.lang === lang && f.orientation === o && f.format === 'svg').url;
  const langs = [...new Set(b.manifest.filesOf('visitor-slide').map((f) => f.lang))];
  return langs.map((lang) => ({ lang, ngang: of(lang, 'ngang'), doc: of(lang, 'doc') }));
}
