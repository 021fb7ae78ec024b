import { defineChannel } from '../../manifest/channel';
import { routes } from '../../manifest/paths';

declare module '../../manifest/kinds' {
  interface FileKinds {
    theme: object;
    headers: object;
    catalogue: object;
    sitemap: object;
  }
}

/** The files every site has: the palette as CSS, the host's headers, the catalogue of everything, the sitemap. */
export default defineChannel({
  name: 'site',
  files({ file, t }) {
    file({ kind: 'theme', id: 'theme', route: routes.theme(), params: {}, title: t('site.themeTitle') });
    file({
      kind: 'headers',
      id: 'headers',
      route: routes.headers(),
      params: { headers: routes.headers() },
      title: t('site.headersTitle'),
    });
    file({
      kind: 'catalogue',
      id: 'catalogue',
      route: routes.catalogue(),
      params: {},
      title: t('site.catalogueTitle'),
    });
    file({ kind: 'sitemap', id: 'sitemap', route: routes.sitemap(), params: {}, title: t('site.sitemapTitle') });
  },
});
