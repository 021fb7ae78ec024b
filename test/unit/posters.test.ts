import { postersPaths } from '../../src/channels/posters/paths';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { layoutPoster } from '../../src/print/poster-layout';
import { PAPER, BLEED_MM, SAFE_MM, MIN_QR_MM, UNITS_PER_MM } from '../../src/print/units';
import { addressLabel, type PaperSize } from '../../src/manifest/build';
import { themeOf } from '../../src/config/palette';
import { renderSvg } from '../../src/render/draw';
import { svgToPng } from '../../src/render/raster';
import { qrSvg, overlaySvg } from '../../src/render/qr';
import { loadSettings } from '../../src/config/settings';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const settings = loadSettings();
const theme = themeOf(settings.palette);
const measures = readdirSync('content/measures').map((f) => {
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/measures/${f}`, 'utf8'))![1];
  return { file: `content/measures/${f}`, data: parse(fm) };
});

const copyOf = (m: (typeof measures)[number]) => ({
  measureNumber: m.data.number,
  kicker: `Biện pháp ${m.data.number}/${measures.length} · ${m.data.title}`,
  headline: m.data.poster.headline,
  body: m.data.poster.body,
  cta: m.data.poster.cta,
  appName: settings.app.name,
  addressLabel: addressLabel(settings.app.installUrl),
  qrUrl: settings.app.installUrl,
  basis: 'Theo Công văn 2841/BTTTT-THH ngày 01/08/2020 của Bộ Thông tin và Truyền thông',
  file: m.file,
  settingsFile: 'content/settings.yaml',
  hotlineLabel: 'Đường dây nóng',
});

describe('poster layout', () => {
  it('names files for what they are', () => {
    expect(postersPaths.poster(settings.campaign.slug, 1, 'a4', 'pdf')).toBe('bluezone-bien-phap-01-a4.pdf');
    expect(postersPaths.poster(settings.campaign.slug, 10, 'a3', 'png')).toBe('bluezone-bien-phap-10-a3.png');
  });

  for (const paper of ['a4', 'a3'] as PaperSize[]) {
    it(`keeps every text block of every measure ≥ ${SAFE_MM} mm inside the ${paper.toUpperCase()} trim, and the QR ≥ ${MIN_QR_MM} mm`, () => {
      for (const m of measures) {
        const L = layoutPoster(copyOf(m), paper, theme);
        expect(L.width).toBe((PAPER[paper].widthMm + 2 * BLEED_MM) * UNITS_PER_MM);
        const safe = SAFE_MM * UNITS_PER_MM;
        for (const b of L.textBoxes) {
          expect(b.x, `${m.file} ${b.field}`).toBeGreaterThanOrEqual(L.trim.x + safe);
          expect(b.y, `${m.file} ${b.field}`).toBeGreaterThanOrEqual(L.trim.y + safe);
          expect(b.x + b.width, `${m.file} ${b.field}`).toBeLessThanOrEqual(L.trim.x + L.trim.width - safe);
          expect(b.y + b.height, `${m.file} ${b.field}`).toBeLessThanOrEqual(L.trim.y + L.trim.height - safe);
        }
        // Text blocks never overlap each other or the QR code.
        const boxes = [...L.textBoxes, { ...L.qr, field: 'qr' }];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            expect(overlap, `${m.file}: ${a.field} overlaps ${b.field}`).toBe(false);
          }
        expect(L.qr.width / UNITS_PER_MM).toBeGreaterThanOrEqual(MIN_QR_MM);
      }
    });
  }

  it('prints a QR code a phone can read, at the smallest size (A4 PNG at 300 dpi, scaled down to 150 dpi)', async () => {
    const m = measures[0];
    const L = layoutPoster(copyOf(m), 'a4', theme);
    const svg = overlaySvg(
      await renderSvg(L.node, { width: L.width, height: L.height }),
      qrSvg(settings.app.installUrl, L.qr.x, L.qr.y, L.qr.width),
    );
    const png = await svgToPng(svg, { width: 1276 });
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(code?.data).toBe(settings.app.installUrl);
  });
});
