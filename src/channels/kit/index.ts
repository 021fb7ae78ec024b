import { kitPaths } from './paths';
import type { Measure } from '../../campaign/load';
import { defineChannel } from '../../manifest/channel';
import { kitItemsOf, SOCIAL_SHAPES, type KitItem, type SocialShape } from '../../print/paper';
import { kitBytes } from './files';
import type strings from './strings/vi.json';

declare module '../../i18n/strings' {
  interface ChannelStrings extends Record<keyof typeof strings, string> {}
}

declare module '../../manifest/kinds' {
  interface FileKinds {
    kit: { measure: Measure; item: KitItem };
    'social-image': { measure: Measure; shape: SocialShape };
    'kit-zip': { measure: Measure; members: string[] };
    'social-zip': { members: string[] };
  }
}

/** The paper kit beside the posters: leaflets, table tents, entrance signs, visitor registers, social images. */
export default defineChannel({
  name: 'kit',
  // Measures, settings and files: none shows a directive (the basis line is the site's common part).
  directives: 'none',
  serve: [
    { kind: 'kit', type: 'application/pdf', body: kitBytes },
    { kind: 'social-image', type: 'image/png', body: kitBytes },
  ],
  ahead: [{ kind: 'social-image', make: kitBytes, engine: 'draw', size: 'screen' }],
  files({ file, t, slug, campaign: { measures } }) {
    // Each item where the measure's `kit` gives its wording, social images for every measure.
    const socialMembers: string[] = [];
    for (const m of measures) {
      const members: string[] = [];
      for (const item of kitItemsOf(m.data.kit)) {
        const name = kitPaths.kit(slug, m.data.number, item);
        const f = file({
          kind: 'kit',
          id: name,
          route: kitPaths.kitFile(name),
          title: t('kit.fileTitle', { number: m.data.number, item: t(`kit.item.${item}`) }),
          measure: m,
          item,
        });
        members.push(f.route);
      }
      for (const shape of Object.keys(SOCIAL_SHAPES) as SocialShape[]) {
        const name = kitPaths.socialImage(slug, m.data.number, shape);
        const f = file({
          kind: 'social-image',
          id: name,
          route: kitPaths.kitFile(name),
          title: t('kit.socialTitle', { number: m.data.number, ...SOCIAL_SHAPES[shape] }),
          measure: m,
          shape,
        });
        socialMembers.push(f.route);
        if (members.length) members.push(f.route);
      }
      if (members.length) {
        const zip = kitPaths.kitZip(slug, m.data.number);
        const title = t('kit.zipTitle', { number: m.data.number });
        file({ kind: 'kit-zip', id: zip, route: kitPaths.kitFile(zip), title, measure: m, members });
      }
    }
    const socialZip = kitPaths.socialZip(slug);
    file({
      kind: 'social-zip',
      id: socialZip,
      route: kitPaths.kitFile(socialZip),
      title: t('kit.socialZipTitle'),
      members: socialMembers,
    });
  },
});
