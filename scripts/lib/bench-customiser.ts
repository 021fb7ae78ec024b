import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './static-server.ts';
import { launchBrowser } from './chromium.ts';

export interface CustomiserBench {
  /** From the page's load event to the first PDF handed to the browser's download. */
  firstPdfS: number;
  /** One A4 poster edition for each of 100 places, as one zip. */
  csv100S: number;
  /** What the page transfers on a first visit, each file gzip -9, by kind. */
  transferKb: { scripts: number; fonts: number; wasm: number; other: number; total: number };
}

/** Times the customiser in headless Chromium on the built site: speed targets live here, not in tests. */
export async function benchCustomiser(dist: string, route: string): Promise<CustomiserBench> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const bodies: Array<{ url: string; size: number }> = [];
  page.on('response', async (r) => {
    try {
      bodies.push({ url: r.url(), size: gzipSync(await r.body(), { level: 9 }).length });
    } catch {
      // A redirect has no body.
    }
  });
  await page.goto(`${server.url}${route}`, { waitUntil: 'load' });
  const loaded = performance.now();
  await page.fill('#kit-name', 'UBND phường Thử Nghiệm');
  const [first] = await Promise.all([page.waitForEvent('download'), page.click('#kit-download')]);
  await first.path();
  const firstPdfS = (performance.now() - loaded) / 1000;

  const rows = Array.from({ length: 100 }, (_, i) => `UBND phường Số ${i + 1},0234 3822 ${String(100 + i)},,`);
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-csv-'));
  writeFileSync(join(dir, 'don-vi.csv'), ['tên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ', ...rows].join('\n'));
  await page.setInputFiles('#kit-csv', join(dir, 'don-vi.csv'));
  const t0 = performance.now();
  const [zip] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.click('#kit-batch-start'),
  ]);
  await zip.path();
  const csv100S = (performance.now() - t0) / 1000;

  const kb = (test: (u: string) => boolean) => bodies.filter((b) => test(b.url)).reduce((a, b) => a + b.size, 0) / 1024;
  const scripts = kb((u) => u.endsWith('.js'));
  const fonts = kb((u) => /\.woff2?$/.test(u));
  const wasm = kb((u) => u.endsWith('.wasm'));
  const total = kb(() => true);
  await browser.close();
  await server.close();
  return { firstPdfS, csv100S, transferKb: { scripts, fonts, wasm, other: total - scripts - fonts - wasm, total } };
}
