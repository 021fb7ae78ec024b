import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES, FONT_PACKAGE, setFontLoader } from './fonts';

/** In Node the registry reads its fonts from the Fontsource package on first use. */
const require = createRequire(import.meta.url);

export function fontDir(): string {
  return join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'files');
}

setFontLoader(() => FONT_FILES.map((f) => ({ ...f, data: readFileSync(join(fontDir(), f.fileName)) })));
