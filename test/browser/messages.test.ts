import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite } from '../support/built-site';

const dist = process.env.LOA_DIST ?? 'dist';
const hasMessages = existsSync(join(dist, 'tin-nhan/index.html'));
const site = useBuiltSite();

describe.runIf(hasMessages)('the messages pages', () => {
  it('copy the unmarked SMS with one click', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/tin-nhan/07-tin-nhan-zalo-sms/`);
    const button = page.locator('button[data-copy$="-gsm7"]').first();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = (await page.locator(`#${await button.getAttribute('data-copy')}`).textContent())!.trim();
    expect(copied).toBe(shown);
    expect(copied).toMatch(/^[\x20-\x7e]+$/);
    await expect.poll(() => page.textContent('#copy-status')).toBe('Đã chép vào bộ nhớ tạm.');
    await context.close();
  });

  it('without JavaScript, show the texts to select and no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/tin-nhan/`);
    expect(await page.locator('.sms .text').count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    await context.close();
  });

  it('publish every message as JSON with both versions and their part counts', () => {
    const json = JSON.parse(readFileSync(join(dist, 'tin-nhan/tin-nhan.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(json.length).toBeGreaterThan(1);
    for (const m of json) expect(Object.keys(m)).toEqual(['measure', 'id', 'unicode', 'gsm7', 'zns']);
  });
});
