import { feedsPaths } from './paths';
import { atomXml, latest, sortEntries, tagId, type Feed, type FeedEntry } from './feed';
import type { Directive, Measure } from '../../campaign/load';
import { defineChannel, type ChannelContext } from '../../manifest/channel';
import { absoluteUrl, fileNames, normalizeBase, routes } from '../../manifest/paths';
import { capitalize, directiveTitle, plainSubject } from '../../directives/text';
import { canonicalName, compareVi, formatDateShort } from '../../core/vietnamese';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

/** One feed the site publishes: what it follows, and the pages that announce it in their <head>. */
export interface PlannedFeed {
  /** `all`, or the scope and its slug: `issuer:ubnd-tinh-a`. */
  id: string;
  scope: 'all' | 'issuer' | 'province' | 'measure';
  /** The issuer, province or measure's name, as the changes page lists it. */
  label: string;
  route: string;
  feed: Feed;
  pages: string[] | 'all';
}

/** A change note of a directive or a measure, for the changes page. */
export interface ChangeItem {
  date: string;
  note: string;
  /** The page's route and what a reader calls it. */
  route: string;
  title: string;
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    changes: object;
  }
  interface FileKinds {
    feed: { feed: Feed };
  }
  interface ManifestData {
    feeds: PlannedFeed[];
    /** Every change note of the campaign, newest first. */
    changes: ChangeItem[];
  }
}

/** Entries in a feed, newest first. */
export const FEED_ENTRIES = 50;

const byDateDesc = (a: ChangeItem, b: ChangeItem) => b.date.localeCompare(a.date) || a.route.localeCompare(b.route);

function plan({ settings, t, campaign: { directives, measures } }: ChannelContext) {
  const site = settings.site.url;
  const base = normalizeBase(settings.basePath);
  const absolute = (route: string) => absoluteUrl(site, base, route);
  const campaign = settings.campaign.name;
  const directiveEntry = (d: Directive): FeedEntry => {
    const route = routes.directive(d.id);
    const published = d.data.published ?? d.data.date;
    const notes = [
      ...d.data.changes.map((c) => ({ date: c.date, text: c.note })),
      ...d.history.map((s) => ({
        date: s.date,
        text: s.by ? t('feeds.step', { status: t(`status.${s.status}`), by: s.by }) : t(`status.${s.status}`),
      })),
    ].sort((a, b) => b.date.localeCompare(a.date));
    return {
      id: tagId(site, d.data.date, route),
      title: `${directiveTitle(d.data)}: ${plainSubject(d.data)}`,
      url: absolute(route),
      published,
      updated: latest([published, ...notes.map((n) => n.date)]),
      summary: t('feeds.entrySummary', {
        type: capitalize(d.data.type),
        issuer: d.data.issuer.name,
        province: d.data.province,
        date: formatDateShort(d.data.date),
      }),
      author: d.data.issuer.name,
      categories: [capitalize(d.data.type), d.data.province],
      notes,
    };
  };
  // A measure is in the feeds once its page has a dated change: before that it has no date of its own.
  const measureEntry = (m: Measure): FeedEntry[] => {
    const dates = m.data.changes.map((c) => c.date).sort();
    if (!dates.length) return [];
    const route = routes.measure(m.id);
    return [
      {
        id: tagId(site, dates[0], route),
        title: `${t('crumbs.measure', { number: m.data.number })}: ${m.data.title}`,
        url: absolute(route),
        published: dates[0],
        updated: dates.at(-1)!,
        summary: m.data.summary,
        author: settings.site.publisher,
        categories: [t('feeds.measureCategory')],
        notes: m.data.changes.map((c) => ({ date: c.date, text: c.note })).reverse(),
      },
    ];
  };
  const entryOf = new Map(directives.map((d) => [d.id, directiveEntry(d)]));
  const feed = (
    id: string,
    scope: PlannedFeed['scope'],
    label: string,
    route: string,
    title: string,
    entries: FeedEntry[],
    pages: PlannedFeed['pages'],
  ): PlannedFeed => ({
    id,
    scope,
    label,
    route,
    pages,
    feed: {
      id: tagId(site, String(settings.campaign.year), route),
      title,
      subtitle: t('feeds.subtitle', { campaign }),
      self: absolute(route),
      alternate: absolute(feedsPaths.changes()),
      author: settings.site.publisher,
      lang: 'vi',
      // A reader polls for what is new: the newest entries are enough, and a campaign of 10,000 documents would
      // otherwise write each of them into every feed it belongs to, megabytes a poll.
      entries: sortEntries(entries).slice(0, FEED_ENTRIES),
    },
  });
  // Grouped by the name's one spelling, so "Hoà" and "Hòa" are one issuer's feed, not two feeds at one address.
  const grouped = (scope: 'issuer' | 'province', key: (d: Directive) => string, path: (slug: string) => string) => {
    const groups = [...Map.groupBy(directives, (d) => canonicalName(key(d)))]
      .map(([, ds]) => [key(ds[0]), ds] as const)
      .sort(([a], [b]) => compareVi(a, b));
    const slugs = fileNames.readableSlugs(groups.map(([name]) => name));
    return groups.map(([name, ds]) =>
      feed(
        `${scope}:${slugs.get(name)!}`,
        scope,
        name,
        path(slugs.get(name)!),
        t(`feeds.${scope}`, { campaign, issuer: name, province: name }),
        ds.map((d) => entryOf.get(d.id)!),
        ds.map((d) => routes.directive(d.id)),
      ),
    );
  };
  const feeds = [
    feed(
      'all',
      'all',
      campaign,
      feedsPaths.all(),
      t('feeds.all', { campaign }),
      [...entryOf.values(), ...measures.flatMap(measureEntry)],
      'all',
    ),
    ...grouped('issuer', (d) => d.data.issuer.name, feedsPaths.issuer),
    ...grouped('province', (d) => d.data.province, feedsPaths.province),
    ...measures
      .map((m) => ({ m, ds: directives.filter((d) => d.data.measures.includes(m.data.number)) }))
      .filter(({ m, ds }) => ds.length || m.data.changes.length)
      .map(({ m, ds }) =>
        feed(
          `measure:${m.id}`,
          'measure',
          `${t('crumbs.measure', { number: m.data.number })}: ${m.data.title}`,
          feedsPaths.measure(m.id),
          t('feeds.measure', { campaign, number: m.data.number, title: m.data.title }),
          [...ds.map((d) => entryOf.get(d.id)!), ...measureEntry(m)],
          [routes.measure(m.id)],
        ),
      ),
  ];
  const changes: ChangeItem[] = [
    ...directives.flatMap((d) =>
      d.data.changes.map((c) => ({ ...c, route: routes.directive(d.id), title: directiveTitle(d.data) })),
    ),
    ...measures.flatMap((m) =>
      m.data.changes.map((c) => ({
        ...c,
        route: routes.measure(m.id),
        title: `${t('crumbs.measure', { number: m.data.number })}: ${m.data.title}`,
      })),
    ),
  ].sort(byDateDesc);
  return { feeds, changes };
}

/** Change notes and Atom feeds: how portals and subscribers follow the campaign's documents with no server. */
export default defineChannel({
  name: 'feeds',
  // A feed file carries its entries in its own fields; the page of all changes says `all`.
  directives: 'named',
  views: [{ pattern: feedsPaths.changes(), entry: 'views/changes.astro' }],
  serve: [{ kind: 'feed', type: 'application/atom+xml; charset=utf-8', body: (f) => atomXml(f.feed, formatDateShort) }],
  nav: [{ kind: 'changes', label: 'nav.changes' }],
  data: plan,
  pages({ page, crumb, t, settings }) {
    page({
      kind: 'changes',
      directives: 'all',
      route: feedsPaths.changes(),
      params: {},
      crumbs: [crumb(t('crumbs.changes'))],
      title: t('changes.title'),
      description: t('changes.description'),
      card: { kicker: t('changes.cardKicker'), title: t('changes.title') + ` – ${settings.campaign.name}` },
    });
  },
  files({ file, data }) {
    for (const f of data.feeds!)
      file({
        kind: 'feed',
        id: f.id,
        route: f.route,
        title: f.feed.title,
        feed: f.feed,
        announce: { type: 'application/atom+xml', pages: f.pages },
      });
  },
});
