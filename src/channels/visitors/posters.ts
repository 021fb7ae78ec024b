import { readFileSync } from 'node:fs';
import { layoutVisitorPoster, type VisitorField, type VisitorPosterCopy, type VisitorText } from './poster-layout';
import { BLEED_MM, PAPER } from '../../print/units';
import { drawPoster, posterPdf } from '../../print/poster-pdf';
import { posterImages } from '../../print/posters';
import { cached, cacheKey } from '../../render/cache';
import { timed } from '../../render/stats';
import type { Artefact, PaperSize } from '../../manifest/build';
import type { Build } from '../../manifest/context';
import type { VisitorNotice } from './notices';
import type { Theme } from '../../config/palette';
import { stringsFileOf, type StringKey } from '../../i18n/strings';

/** Where the Vietnamese labels live: the UI strings (a campaign may reword them in content/strings/vi.yaml). */

const VI_FIELDS: Record<VisitorField, [file: 'settings' | 'strings', field: string]> = {
  name: ['strings', 'visitors.languageName'],
  kicker: ['strings', 'visitors.kicker'],
  scanToInstall: ['strings', 'visitors.scanToInstall'],
  headline: ['settings', 'visitors.headline'],
  body: ['settings', 'visitors.body'],
  cta: ['settings', 'visitors.cta'],
  help: ['settings', 'visitors.help'],
  basis: ['settings', 'rootDocument'],
};

const TRANSLATED_FIELDS: Record<VisitorField, string> = {
  name: 'name',
  kicker: 'labels.kicker',
  scanToInstall: 'labels.scanToInstall',
  headline: 'visitors.headline',
  body: 'visitors.body',
  cta: 'visitors.cta',
  help: 'visitors.help',
  basis: 'labels.basis',
};

/** One language's notice as the visitor poster and slide print it. */
export function visitorText(notice: VisitorNotice, b: Build): VisitorText {
  const file = b.manifest.translations.find((tr) => tr.code === notice.lang)?.file;
  return {
    lang: notice.lang,
    name: notice.name,
    kicker: notice.labels.kicker,
    headline: notice.headline,
    body: notice.body,
    cta: notice.cta,
    help: notice.help,
    scanToInstall: notice.labels.scanToInstall,
    basis: notice.labels.basis,
    source: (field) => {
      if (file) return { file, field: TRANSLATED_FIELDS[field] };
      const [where, name] = VI_FIELDS[field];
      return { file: where === 'settings' ? b.settingsFile : stringsFileOf(name as StringKey), field: name };
    },
  };
}

export function visitorPosterCopy(langs: string[], b: Build): VisitorPosterCopy {
  return {
    texts: langs.map((lang) =>
      visitorText(
        b.manifest.notices.find((n) => n.lang === lang)!,
        b,
      ),
    ),
    appName: b.settings.app.name,
    address: b.manifest.copy.installAddress,
    // A visitor has no use for a Vietnamese page: the code always leads to the install address.
    qrUrl: b.settings.app.installUrl,
    settingsFile: b.settingsFile,
  };
}

/** The PDF's language: the one language it is in, or the campaign's first for the sheet with every language. */
const pdfLanguage = (langs: string[]) => (langs[0] === 'vi' ? 'vi-VN' : langs[0]);

/** A visitor poster's drawing with its QR code on top. */
export const visitorPosterSvg = (copy: VisitorPosterCopy, paper: PaperSize, theme: Theme) =>
  drawPoster(layoutVisitorPoster(copy, paper, theme), copy.qrUrl);

/** Draws (or reads back) one visitor poster's PDF, 300 dpi PNG and WebP preview. */
function renderVisitorPoster(langs: string[], paper: PaperSize, b: Build) {
  const copy = visitorPosterCopy(langs, b);
  const size = `${PAPER[paper].widthMm}×${PAPER[paper].heightMm} mm`;
  const t0 = copy.texts[0];
  const meta = {
    title:
      langs.length > 1
        ? b.t('visitors.posterAllTitle', { app: copy.appName, count: langs.length, paper: paper.toUpperCase() })
        : `${copy.appName} – ${t0.headline} (${paper.toUpperCase()})`,
    subject: b.t('visitors.posterSubject', { paper: paper.toUpperCase(), size, bleed: BLEED_MM }),
    author: b.settings.site.publisher,
    language: pdfLanguage(langs),
  };
  // The layout reads `source` only on errors; the key holds what is drawn.
  const drawn = { ...copy, texts: copy.texts.map(({ source: _, ...rest }) => rest) };
  const key = cacheKey('visitor-poster', { drawn, paper, theme: b.theme, date: b.date, meta });
  return cached('visitor-posters', key, ['poster.pdf', 'poster.png', 'poster.webp'], async () => {
    const drawing = await timed('visitor-poster', 'layout', () => visitorPosterSvg(copy, paper, b.theme));
    const pdf = await timed('visitor-poster', 'pdf', () =>
      posterPdf(drawing, { ...meta, date: b.date }, meta.language),
    );
    return { 'poster.pdf': pdf, ...(await posterImages('visitor-poster', drawing.svg, paper)) };
  });
}

/** The bytes of one visitor poster file of the manifest. */
export async function visitorPosterBytes(entry: Extract<Artefact, { kind: 'visitor-poster' }>, b: Build) {
  const set = await renderVisitorPoster(entry.langs, entry.paper, b);
  return readFileSync(set[`poster.${entry.format}`]);
}
