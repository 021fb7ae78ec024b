import type { Measure } from '../campaign/load';
import type { Build } from '../manifest/context';

/**
 * Language is a dimension of pages: the home page, the measures and each measure are one kind in every language
 * with UI strings, told apart by `lang`. Vietnamese is at the root with the plain id; another language is under
 * its code, its id prefixed with it.
 */
export function idIn(lang: string, id?: string): string | undefined {
  if (lang === 'vi') return id;
  return id === undefined ? lang : `${lang}/${id}`;
}

/**
 * getStaticPaths for one template served at two routes, the Vietnamese one and the one under `[lang]`: the paths
 * of the pages whose language that route holds.
 */
export function pathsOfRoute<P extends { props: { page: { lang: string } } }>(routePattern: string, paths: P[]): P[] {
  const other = routePattern.includes('[lang]');
  return paths.filter((p) => (p.props.page.lang !== 'vi') === other);
}

/**
 * The campaign's own words in a page's language: Vietnamese from settings and measure files, another language
 * from its translation.
 */
export interface CampaignWords {
  tagline: string;
  description: string;
  installSteps: string[];
  /** What the app does with a person's data: a translation says it; the Vietnamese settings have no such field. */
  privacy?: string;
  /** A measure's title and summary. */
  measure(m: Measure): { title: string; summary: string };
}

export function campaignWords(
  { settings, manifest }: Pick<Build, 'settings' | 'manifest'>,
  lang: string,
): CampaignWords {
  if (lang === 'vi')
    return {
      tagline: settings.campaign.tagline,
      description: settings.app.description,
      installSteps: settings.app.installSteps,
      measure: (m) => m.data,
    };
  const tr = manifest.translations.find((x) => x.code === lang);
  if (!tr) throw new Error(`no translation for ${lang}`);
  return {
    tagline: tr.campaign.tagline,
    description: tr.app.description,
    installSteps: tr.app.installSteps,
    privacy: tr.app.privacy,
    measure: (m) => tr.measures!.find((x) => x.number === m.data.number)!,
  };
}
