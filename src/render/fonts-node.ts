import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FONTS, FONT_FILES, FONT_PACKAGE, registerCjkFonts, setFontLoader } from './fonts';

/** In Node the registry reads its fonts from the table's Fontsource packages (src/i18n/scripts.ts) on first use. */
const require = createRequire(import.meta.url);

const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

export function fontDir(): string {
  return join(packageDir(FONT_PACKAGE), 'files');
}

setFontLoader(() => FONT_FILES.map((f) => ({ ...f, data: readFileSync(join(fontDir(), f.fileName)) })));

// The other faces' index is small (a few KB each); their files are read only when a text needs one.
registerCjkFonts({
  index: Object.fromEntries(
    Object.values(CJK_FONTS).map((face) => [
      face.id,
      JSON.parse(readFileSync(join(packageDir(face.package), 'unicode.json'), 'utf8')),
    ]),
  ),
  read: (face, fileName) => readFileSync(join(packageDir(CJK_FONTS[face].package), 'files', fileName)),
});
