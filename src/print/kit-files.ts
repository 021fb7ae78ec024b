import type { Measure } from '../manifest/build';
import type { Build } from '../manifest/context';
import { BLEED_MM } from './units';
import { measureKicker } from './posters';
import type { KitCopy, PrintMeta } from './kit-common';
import type { LeafletCopy, StepsCopy } from './leaflet';
import type { TentCopy } from './tent';
import type { SignCopy } from './sign';
import type { RegisterCopy } from './register';
import type { KitCopies } from './kit-pdf';
import type { SocialCopy } from './social';
import { KIT_PAPER, type KitItem } from './paper';
import { stringsFileOf } from '../i18n/strings';

/**
 * The Node side of the kit: the copy each layout takes, worked out from the
 * campaign, and the drawn files, cached like posters. The layouts themselves
 * are pure; the customiser hands them the same copy.
 */
export function kitCopy(measure: Measure, ctx: Build): KitCopy {
  return {
    measureNumber: measure.data.number,
    kicker: measureKicker(measure, ctx),
    appName: ctx.settings.app.name,
    installAddress: ctx.manifest.copy.installAddress,
    qrUrl: ctx.manifest.qrUrl(measure),
    basis: ctx.manifest.copy.basis,
    hotlineLabel: ctx.t('edition.hotline'),
    file: measure.file,
    settingsFile: ctx.settingsFile,
  };
}

function stepsCopy(measure: Measure, ctx: Build): StepsCopy {
  const own = measure.data.kit?.steps;
  const steps = own ?? ctx.settings.app.installSteps;
  return {
    title: ctx.t('kit.stepsTitle', { app: ctx.settings.app.name, count: steps.length }),
    steps,
    stepsFile: own ? measure.file : ctx.settingsFile,
    stepsField: own ? 'kit.steps' : 'app.installSteps',
  };
}

/** Every kit item's copy for a measure; an item the measure's `kit` does not give is absent. */
export function kitCopies(measure: Measure, ctx: Build): KitCopies & { social: SocialCopy } {
  const kit = measure.data.kit;
  const base = kitCopy(measure, ctx);
  const cta = measure.data.poster.cta;
  const placeLabel = ctx.t('kit.placeLabel');
  const leaflet: LeafletCopy | undefined = kit?.leaflet && {
    ...base,
    ...stepsCopy(measure, ctx),
    ...kit.leaflet,
    cta,
    turnOver: ctx.t('kit.turnOver'),
    helpTitle: ctx.t('kit.helpTitle'),
  };
  const tent: TentCopy | undefined = kit?.tent && { ...base, ...stepsCopy(measure, ctx), ...kit.tent, cta };
  const sign: SignCopy | undefined = kit?.sign && { ...base, ...kit.sign, cta, placeLabel };
  const app = ctx.settings.app.name;
  const register: RegisterCopy | undefined = kit?.register && {
    ...base,
    title: ctx.t('kit.registerTitle'),
    intro: kit.register.intro,
    placeLabel,
    columns: {
      number: ctx.t('kit.column.number'),
      date: ctx.t('kit.column.date'),
      time: ctx.t('kit.column.time'),
      name: ctx.t('kit.column.name'),
      phone: ctx.t('kit.column.phone'),
      installed: ctx.t('kit.column.installed', { app }),
    },
    pageLabel: ctx.t('kit.registerPage'),
    stringsFile: stringsFileOf('kit.column.name'),
  };
  const social: SocialCopy = { ...base, headline: measure.data.poster.headline, body: measure.data.poster.body };
  return { leaflet, tent, sign, register, social };
}

/** What a kit PDF says about itself: title, subject, publisher and the build's fixed date. */
export function kitMeta(item: KitItem, measure: Measure, ctx: Build): PrintMeta {
  const paper = KIT_PAPER[item];
  const label = ctx.t(`kit.item.${item}`);
  return {
    title: ctx.t('kit.pdfTitle', { app: ctx.settings.app.name, number: measure.data.number, item: label }),
    subject: ctx.t('kit.pdfSubject', {
      item: label,
      size: `${paper.widthMm}×${paper.heightMm}`,
      bleed: BLEED_MM,
      basis: ctx.manifest.copy.basis,
    }),
    author: ctx.settings.site.publisher,
    date: ctx.date,
  };
}
