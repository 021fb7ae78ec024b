import type { Settings } from '../../config/settings-schema';
import { LABEL_KEYS, type LabelKey } from '../../i18n/translation-schema';
import type { Translation } from '../../i18n/translations';

/** The notice for visitors in one language, the same shape for Vietnamese and every translation. */
export interface VisitorNotice {
  lang: string;
  /** Where its words come from, for error messages. */
  file: string;
  /** The language's name in itself. */
  name: string;
  title: string;
  tagline: string;
  description: string;
  installSteps: string[];
  privacy: string;
  headline: string;
  body: string;
  cta: string;
  help: string;
  labels: Record<LabelKey, string>;
}

/**
 * Every language's notice, in the settings' order (Vietnamese first); none
 * when the campaign has no `visitors` block. Vietnamese labels are UI strings
 * (`visitors.<label>` in vi.json) except the basis line, which is the
 * campaign's own (the manifest's `copy.basis`).
 */
export function visitorNotices(
  settings: Settings,
  translations: Translation[],
  viLabel: (key: Exclude<LabelKey, 'basis'>) => string,
  viName: string,
  viBasis: string,
  settingsFile: string,
): VisitorNotice[] {
  const v = settings.visitors;
  if (!v) return [];
  const vi: VisitorNotice = {
    lang: 'vi',
    file: settingsFile,
    name: viName,
    title: settings.campaign.title,
    tagline: settings.campaign.tagline,
    description: settings.app.description,
    installSteps: settings.app.installSteps,
    privacy: v.privacy,
    headline: v.headline,
    body: v.body,
    cta: v.cta,
    help: v.help,
    labels: Object.fromEntries(LABEL_KEYS.map((k) => [k, k === 'basis' ? viBasis : viLabel(k)])) as Record<
      LabelKey,
      string
    >,
  };
  return [
    vi,
    ...translations.map((tr) => ({
      lang: tr.code,
      file: tr.file,
      name: tr.name,
      title: tr.campaign.title,
      tagline: tr.campaign.tagline,
      description: tr.app.description,
      installSteps: tr.app.installSteps,
      privacy: tr.app.privacy,
      ...tr.visitors,
      labels: tr.labels,
    })),
  ];
}
