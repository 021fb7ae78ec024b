// The campaign's own print wording, read from content as the build reads it, for tests that lay out
// posters and kit items with and without a local edition.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadSettings } from '../../src/config/settings';
import { themeOf } from '../../src/config/palette';
import { addressLabel } from '../../src/manifest/build';
import { LANGUAGES as UI_STRINGS } from '../../src/i18n/strings';
import type { PosterCopy } from '../../src/print/poster-layout';
import type { LeafletCopy } from '../../src/print/leaflet';
import type { TentCopy } from '../../src/print/tent';
import type { SignCopy } from '../../src/print/sign';

const vi = UI_STRINGS.vi;
export const settings = loadSettings();
export const theme = themeOf(settings.palette);
const files = readdirSync('content/measures').sort();
export const measureNumbers = files.map((_, i) => i + 1);
const measure = (n: number) => {
  const file = files.find((f) => f.startsWith(String(n).padStart(2, '0')))!;
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/measures/${file}`, 'utf8'))![1];
  return { file: `content/measures/${file}`, data: parse(fm) };
};
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));
const app = settings.app.name;
const base = (n: number) => ({
  measureNumber: n,
  kicker: `Biện pháp ${n}/${files.length} · ${measure(n).data.title}`,
  appName: app,
  qrUrl: settings.app.installUrl,
  basis: 'Theo Công văn 2841/BTTTT-THH ngày 01/08/2020 của Bộ Thông tin và Truyền thông',
  hotlineLabel: vi['edition.hotline'],
  file: measure(n).file,
  settingsFile: 'content/settings.yaml',
});
export const steps = {
  title: fill(vi['kit.stepsTitle'], { app, count: settings.app.installSteps.length }),
  steps: settings.app.installSteps,
  stepsFile: 'content/settings.yaml',
  stepsField: 'app.installSteps',
};

export const posterCopyOf = (n: number): PosterCopy => ({
  ...base(n),
  headline: measure(n).data.poster.headline,
  body: measure(n).data.poster.body,
  cta: measure(n).data.poster.cta,
  addressLabel: addressLabel(settings.app.installUrl),
});

/** What every kit item of measure n prints besides its own wording. */
export const kitBase = (n: number) => ({ ...base(n), installAddress: addressLabel(settings.app.installUrl) });
/** The measures whose content gives each kit item, with that item's copy. */
export const kitCopies = {
  leaflet: measureNumbers
    .filter((n) => measure(n).data.kit?.leaflet)
    .map((n): LeafletCopy => ({
      ...kitBase(n),
      ...steps,
      ...measure(n).data.kit.leaflet,
      cta: measure(n).data.poster.cta,
      turnOver: vi['kit.turnOver'],
      helpTitle: vi['kit.helpTitle'],
    })),
  tent: measureNumbers
    .filter((n) => measure(n).data.kit?.tent)
    .map((n): TentCopy => ({ ...kitBase(n), ...steps, ...measure(n).data.kit.tent, cta: measure(n).data.poster.cta })),
  sign: measureNumbers
    .filter((n) => measure(n).data.kit?.sign)
    .map((n): SignCopy => ({
      ...kitBase(n),
      ...measure(n).data.kit.sign,
      cta: measure(n).data.poster.cta,
      placeLabel: vi['kit.placeLabel'],
    })),
};
