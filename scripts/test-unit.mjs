// `npm run test:unit`: the tests that build fixture campaigns (vitest project `build`, one file at a time) and the
// plain unit tests (project `unit`) in two processes at once. The builds keep about one core busy and the unit
// tests (OCR of the visitor notices, the voice, the kit's PDFs) the other; one after the other they took minutes
// more. Exits with the first failure's status; both always run to their end.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const vitest = join(root, 'node_modules/.bin/vitest');
const run = (project) =>
  new Promise((done) => {
    const child = spawn(vitest, ['run', '--project', project], { stdio: 'inherit' });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
const [build, unit] = await Promise.all([run('build'), run('unit')]);
process.exit(build || unit);
