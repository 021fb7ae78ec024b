import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FONTS, FONT_FILES, FONT_PACKAGE, registerCjkFonts, setFontLoader, type CjkFace } from './fonts';

/** In Node the registry reads its fonts from the Fontsource packages on first use. */
const require = createRequire(import.meta.url);

const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

export function fontDir(): string {
  return join(packageDir(FONT_PACKAGE), 'files');
}

setFontLoader(() => FONT_FILES.map((f) => ({ ...f, data: readFileSync(join(fontDir(), f.fileName)) })));

// The CJK faces' index is small (a few KB each); their files are read only when a text needs one.
const faces = Object.keys(CJK_FONTS) as CjkFace[];
registerCjkFonts({
  index: Object.fromEntries(
    faces.map((face) => [
      face,
      JSON.parse(readFileSync(join(packageDir(CJK_FONTS[face].package), 'unicode.json'), 'utf8')),
    ]),
  ) as Record<CjkFace, Record<string, string>>,
  read: (face, fileName) => readFileSync(join(packageDir(CJK_FONTS[face].package), 'files', fileName)),
});
