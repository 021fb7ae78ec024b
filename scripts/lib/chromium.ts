import { chromium, type Browser } from 'playwright-core';

/**
 * Launches a headless Chromium that works after `npm ci` alone: the one
 * shipped inside @sparticuz/chromium, or CHROMIUM_PATH (e.g. /usr/bin/chromium).
 */
export async function launchBrowser(): Promise<Browser> {
  const common = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (process.env.CHROMIUM_PATH) {
    return chromium.launch({
      executablePath: process.env.CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', ...common],
    });
  }
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Not sparticuz.args: those are tuned for AWS Lambda (--single-process dies
  // when a context closes; --disable-web-security would hide CSP and origin bugs).
  const args = [
    '--no-sandbox',
    '--disable-setuid-sandbox',
    '--no-zygote',
    '--use-gl=angle',
    '--use-angle=swiftshader',
    '--font-render-hinting=none',
    "--headless='shell'",
  ];
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...args, ...common],
    headless: true,
  });
}
