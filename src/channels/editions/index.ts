import { editionsPaths } from './paths';
import { postersPaths } from '../posters/paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { fileNames } from '../../manifest/paths';
import type { Edition } from '../../print/edition';
import { itemLabel, type ItemKey } from '../../print/items';
import { itemsOf } from './edition-files';
import { editionBytes } from './edition-files';
import { editionsTemplate } from '../../print/editions-csv';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface PageKinds {
    customiser: object;
  }
  interface FileKinds {
    edition: { measure: Measure; item: ItemKey; edition: Edition; place: string };
    'edition-zip': { edition: Edition; place: string; members: string[] };
    'editions-template': object;
  }
}

/**
 * Local editions: the customiser where any ward, office, school or hotel makes its own posters and kit in the
 * browser, and the editions the content folder's editions.csv asks the build to make.
 */
export default defineChannel({
  name: 'editions',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  views: [{ pattern: editionsPaths.customiser(), entry: 'views/customiser.astro' }],
  serve: [
    { kind: 'edition', type: 'application/pdf', body: async (f, b) => Buffer.from(await editionBytes(f, b)) },
    { kind: 'editions-template', type: 'text/csv; charset=utf-8', body: () => editionsTemplate() },
  ],
  pages({ page, crumb, t }) {
    page({
      kind: 'customiser',
      route: editionsPaths.customiser(),
      params: {},
      crumbs: [crumb(t('crumbs.posters'), postersPaths.posters()), crumb(t('crumbs.customiser'))],
      title: t('customiser.title'),
      description: t('customiser.description'),
      card: { kicker: t('customiser.cardKicker'), title: t('customiser.title') },
    });
  },
  files({ file, t, slug, campaign: { measures, editions } }) {
    file({
      kind: 'editions-template',
      id: 'csv',
      route: editionsPaths.customiserFile(editionsPaths.editionsTemplate()),
      title: t('customiser.template'),
    });
    for (const edition of editions) {
      const place = fileNames.place(edition.name);
      const members: string[] = [];
      for (const m of measures) {
        for (const item of itemsOf(m)) {
          const name = fileNames.edition(slug, m.data.number, item, place);
          const f = file({
            kind: 'edition',
            id: `${place}/${name}`,
            route: editionsPaths.editionFile(place, name),
            title: t('edition.fileTitle', {
              item: itemLabel(item, t),
              number: m.data.number,
              place: edition.name,
            }),
            measure: m,
            item,
            edition,
            place,
          });
          members.push(f.route);
        }
      }
      const zip = editionsPaths.editionZip(slug, place);
      file({
        kind: 'edition-zip',
        id: place,
        route: editionsPaths.editionFile(place, zip),
        title: t('edition.zipTitle', { place: edition.name }),
        edition,
        place,
        members,
      });
    }
  },
});
