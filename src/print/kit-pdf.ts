import type { Theme } from '../config/palette';
import type { Edition, KitFile, PrintMeta } from './kit-common';
import { leafletFile, leafletSheetFile, type LeafletCopy } from './leaflet';
import { tentFile, type TentCopy } from './tent';
import { signFile, type SignCopy } from './sign';
import { registerFile, type RegisterCopy } from './register';
import type { KitItem } from './paper';

/** A measure's kit copy, item by item; an item its content does not give is absent. */
export interface KitCopies {
  leaflet?: LeafletCopy;
  tent?: TentCopy;
  sign?: SignCopy;
  register?: RegisterCopy;
}

/**
 * One kit item as a print file, for the build and the customiser alike: the
 * PDF and each face's drawing. Pure: it runs in a browser as it does in Node.
 */
export function makeKitFile(
  item: KitItem,
  copies: KitCopies,
  theme: Theme,
  meta: PrintMeta,
  edition?: Edition,
): Promise<KitFile> {
  const need = <T>(copy: T | undefined): T => {
    if (!copy) throw new Error(`kit: no copy for ${item}`);
    return copy;
  };
  switch (item) {
    case 'leaflet':
      return leafletFile(need(copies.leaflet), theme, meta, edition);
    case 'leaflet-sheet':
      return leafletSheetFile(need(copies.leaflet), theme, meta, edition);
    case 'tent':
      return tentFile(need(copies.tent), theme, meta, edition);
    case 'sign':
      return signFile(need(copies.sign), theme, meta, edition);
    case 'register':
      return registerFile(need(copies.register), theme, meta, edition);
  }
}
