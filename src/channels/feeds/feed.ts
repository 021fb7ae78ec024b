/**
 * Atom feeds (RFC 4287) of new and changed documents, so portals and subscribers follow a campaign with no
 * server: a reader polls a static file. Each entry's id is a tag: URI (RFC 4151) made of the site's host, the
 * document's own date and its route, and its `updated` is the latest dated fact about it (its date, a change
 * note, a status step), never the build's clock: two builds write the same bytes, and an aggregator sees an
 * update once, when a dated note is added.
 */

export interface FeedNote {
  date: string;
  text: string;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  summary: string;
  author: string;
  categories: string[];
  /** Dated notes: change notes and status steps, newest first. */
  notes: FeedNote[];
}

export interface Feed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address, and the page a reader opens for it. */
  self: string;
  alternate: string;
  author: string;
  lang: string;
  entries: FeedEntry[];
}

/** "tag:example.gov.vn,2020-08-01:van-ban/123-abc-xy/": stable for as long as the site and route are. */
export function tagId(siteUrl: string, date: string, route: string): string {
  return `tag:${new URL(siteUrl).hostname},${date}:${route}`;
}

/** The latest of some ISO dates. */
export function latest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** Midnight in Vietnam (UTC+7) of an ISO day: Atom's dates are full timestamps with a zone. */
const stamp = (day: string) => `${day}T00:00:00+07:00`;

const escapeXml = (s: string) =>
  s.normalize('NFC').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Newest first, then by id, so the order never depends on the order the channels met the documents. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return entries.toSorted((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

function entryXml(e: FeedEntry, formatDate: (iso: string) => string): string {
  const summary = [e.summary, ...e.notes.map((n) => `${formatDate(n.date)}: ${n.text}`)].join('\n');
  return [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    `    <published>${stamp(e.published)}</published>`,
    `    <updated>${stamp(e.updated)}</updated>`,
    `    <author><name>${escapeXml(e.author)}</name></author>`,
    ...e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    <summary type="text">${escapeXml(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The feed as Atom XML; a feed has at least one entry, whose dates give its `updated`. */
export function atomXml(feed: Feed, formatDate: (iso: string) => string): string {
  const entries = sortEntries(feed.entries);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <updated>${stamp(latest(entries.map((e) => e.updated)))}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.map((e) => entryXml(e, formatDate)),
    '</feed>',
    '',
  ].join('\n');
}
