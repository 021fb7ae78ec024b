import { directivesPaths } from './paths';
import type { Directive } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';
import { capitalize, directiveTitle, plainSubject } from '../../directives/text';
import { foldDiacritics, formatDateShort, formatInteger } from '../../core/vietnamese';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    directives: object;
    directive: { directive: Directive };
  }
}

/** Every document of the campaign, listed and one page each, with its properties and print layout. */
export default defineChannel({
  name: 'directives',
  // A document's page shows its own document and those it is linked with; the list says `all`.
  directives: 'named',
  views: [
    { pattern: routes.directives(), entry: 'views/directives.astro' },
    { pattern: routes.directive('[slug]'), entry: 'views/directive.astro' },
  ],
  nav: [{ kind: 'directives', label: 'nav.directives' }],
  pages({ page, card, crumb, t, settings, campaign: { directives } }) {
    page({
      kind: 'directives',
      directives: 'all',
      route: routes.directives(),
      params: {},
      crumbs: [crumb(t('crumbs.directives'))],
      title: t('directives.title'),
      description: t('directives.description'),
      card: { kicker: t('directives.cardKicker', { count: directives.length }), title: t('directives.cardTitle') },
    });
    // Past settings `cards.perDirectiveUpTo`, directives share one card per type (or issuer), each drawn once:
    // one 40 ms JPEG per directive was the largest cost of a 10,000-directive build.
    const { perDirectiveUpTo, sharedBy } = settings.cards;
    const sharedCards = directives.length > perDirectiveUpTo;
    const groupOf = (d: Directive) => (sharedBy === 'issuer' ? d.data.issuer.name : capitalize(d.data.type));
    const groupCard = (d: Directive) =>
      directivesPaths.directiveGroupCard(
        foldDiacritics(groupOf(d))
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
      );
    if (sharedCards)
      for (const [route, members] of Map.groupBy(directives, groupCard)) {
        const group = groupOf(members[0]);
        const kicker = t('directive.groupCardKicker', { group, count: formatInteger(members.length) });
        card(route, group, { kicker, title: t('directives.cardTitle') }, route);
      }
    for (const d of directives) {
      const title = directiveTitle(d.data);
      page({
        kind: 'directive',
        id: d.id,
        directive: d,
        route: routes.directive(d.id),
        params: { slug: d.id },
        crumbs: [crumb(t('crumbs.directives'), routes.directives()), crumb(d.data.number ?? title)],
        title,
        description: `${title}: ${plainSubject(d.data)}`,
        card: sharedCards
          ? { sameAs: groupCard(d) }
          : {
              file: d.file,
              kicker: t('directive.cardKicker', {
                type: capitalize(d.data.type),
                issuer: d.data.issuer.name,
                date: formatDateShort(d.data.date),
              }),
              title: `${title}: ${plainSubject(d.data)}`,
            },
      });
    }
  },
});
