import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setLayoutEngine } from './draw';
import './fonts-node';

/** In Node the renderer reads its fonts and satori's layout engine from the installed packages. */
const require = createRequire(import.meta.url);
setLayoutEngine(() => readFile(require.resolve('satori/layout.wasm')));
