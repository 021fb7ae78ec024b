// Screenshots of built pages, for looking at what the site shows a person:
//   node scripts/screenshot.mjs [dist] /path/ WIDTHxHEIGHT [out.png] [--full] [--print] [--pdf]
import { serveStatic } from './lib/static-server.ts';
import { launchBrowser } from './lib/chromium.ts';

const [root = 'dist', path = '/', size = '375x800', out = '/tmp/shot.png', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await serveStatic(root);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height } });
await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
if (flags.includes('--print')) await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
if (flags.includes('--pdf'))
  await page.pdf({ path: out.replace(/\.png$/, '.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
await browser.close();
await server.close();
console.log(out);
