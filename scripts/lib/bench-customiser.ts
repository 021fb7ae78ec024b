import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './static-server.ts';
import { launchBrowser } from './chromium.ts';

export interface CustomiserBench {
  /** From the page's load event to the first PDF handed to the browser's download. */
  firstPdfS: number;
  /** One A4 poster edition for each of 100 places, as one zip. */
  csv100S: number;
  /** 1,000 good rows, and 5,000 rows of which half are refused for the reasons real files have. */
  batches: { good1000: BatchBench; mixed5000: BatchBench };
  /** What the page transfers on a first visit, each file gzip -9, by kind. */
  transferKb: { scripts: number; fonts: number; wasm: number; other: number; total: number };
}

export interface BatchBench {
  seconds: number;
  files: number;
  /** The longest the page's main thread went without answering (a 10 ms heartbeat's longest gap). */
  longestBlockMs: number;
  /** The page's JavaScript heap at its highest, asked of the browser (DevTools protocol) every 200 ms. */
  peakHeapMb: number;
}

const HEADER = 'tên đơn vị,đường dây nóng,địa chỉ mã QR,địa chỉ';

/** Row i of the mixed file: every second row good, the others each of the faults real files have. */
function mixedRow(i: number): string {
  const name = `UBND phường Số ${i + 1}`;
  switch (i % 10) {
    case 1:
      return `${name},0123,,`; // not a Vietnamese number
    case 3:
      return `,0234 3822 123,,`; // no name
    case 5:
      return `${name},,ftp://x,`; // not https
    case 7:
      return `${name},,,Số 1, Lê Lợi`; // an unquoted comma: one cell too many
    case 9:
      return `UBND phường Số ${i},,,`; // the row before's name again
    default:
      return `${name},0234 3822 ${String(100 + (i % 900))},,"Số ${i}, Lê Lợi"`;
  }
}

/** One CSV through "Tạo tệp zip", with a heartbeat in the page measuring how long it is blocked. */
async function batch(page: Page, dir: string, name: string, rows: string[]): Promise<BatchBench> {
  writeFileSync(join(dir, name), `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
  await page.setInputFiles('#kit-csv', join(dir, name));
  await page.evaluate(() => {
    const w = window as unknown as { beat: { last: number; gap: number; timer: number } };
    w.beat = { last: performance.now(), gap: 0, timer: 0 };
    w.beat.timer = window.setInterval(() => {
      const now = performance.now();
      w.beat.gap = Math.max(w.beat.gap, now - w.beat.last);
      w.beat.last = now;
    }, 10);
  });
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  const sample = async () => {
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    peak = Math.max(peak, usedSize);
  };
  const sampler = setInterval(() => void sample().catch(() => undefined), 200);
  const t0 = performance.now();
  const [zip] = await Promise.all([
    page.waitForEvent('download', { timeout: 3_600_000 }),
    page.click('#kit-batch-start'),
  ]);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  await sample();
  await cdp.detach();
  const bytes = readFileSync((await zip.path())!);
  const beat = await page.evaluate(() => {
    const w = window as unknown as { beat: { gap: number; timer: number } };
    clearInterval(w.beat.timer);
    return w.beat;
  });
  return {
    seconds,
    files: Object.keys(unzipSync(bytes)).length,
    longestBlockMs: beat.gap,
    peakHeapMb: peak / 2 ** 20,
  };
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

  const good1000 = await batch(
    page,
    dir,
    'don-vi-1000.csv',
    Array.from({ length: 1000 }, (_, i) => `UBND phường Số ${i + 1},0234 3822 ${String(100 + (i % 900))},,`),
  );
  const mixed5000 = await batch(
    page,
    dir,
    'don-vi-5000.csv',
    Array.from({ length: 5000 }, (_, i) => mixedRow(i)),
  );

  const kb = (test: (u: string) => boolean) => bodies.filter((b) => test(b.url)).reduce((a, b) => a + b.size, 0) / 1024;
  const scripts = kb((u) => u.endsWith('.js'));
  const fonts = kb((u) => /\.woff2?$/.test(u));
  const wasm = kb((u) => u.endsWith('.wasm'));
  const total = kb(() => true);
  await browser.close();
  await server.close();
  return {
    firstPdfS,
    csv100S,
    batches: { good1000, mixed5000 },
    transferKb: { scripts, fonts, wasm, other: total - scripts - fonts - wasm, total },
  };
}
