// Screenshots of built pages, for looking at what the site shows a person:
//   node tools/screenshot.mjs [dist] /path/ WIDTHxHEIGHT [out.png] [--full]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const [root = 'dist', path = '/', size = '375x800', out = '/tmp/shot.png', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webp': 'image/webp',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  let file = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.statusCode = 404;
    res.end('404');
    return;
  }
  res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
  createReadStream(file).pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const exe = process.env.CHROMIUM_PATH ?? (await (await import('@sparticuz/chromium')).default.executablePath());
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width, height } });
await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'networkidle' });
if (flags.includes('--print')) await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
if (flags.includes('--pdf'))
  await page.pdf({ path: out.replace(/\.png$/, '.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
await browser.close();
server.close();
console.log(out);
