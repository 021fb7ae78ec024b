import { messagesPaths } from '../../src/channels/messages/paths';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite } from '../support/built-site';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';

const dist = process.env.LOA_DIST ?? 'dist';
const messages = expected.messages;
/** A page with messages and how many: a measure's own page, else the campaign's messages on the index. */
const [withMessage, onIt] = messages.measures.length
  ? [messagesPaths.measureMessages(messages.measures[0].id), messages.measures[0].messages]
  : [messagesPaths.messages(), messages.count];
const site = useBuiltSite();

describe('what the content calls for is built', () => {
  itIsTheBuildOfTheContent(dist);
  it(`${messages.count} messages and ${messages.channels.length} repeat rules: the messages pages and files are in dist`, () => {
    const pages = messages.page
      ? [messagesPaths.messages(), ...messages.measures.map((m) => messagesPaths.measureMessages(m.id))]
      : [];
    expect(messages.page).toBe(messages.count + messages.channels.length > 0);
    for (const route of pages) expect(existsSync(join(dist, route, 'index.html')), route).toBe(true);
    const files = expected.files.filter((f) => f.startsWith('tin-nhan/'));
    // The JSON of every message and a calendar per repeat rule, at least.
    expect(files.length).toBeGreaterThanOrEqual(messages.page ? 1 + messages.channels.length : 0);
    for (const route of files) expect(existsSync(join(dist, route)), route).toBe(true);
  });
});

describe.skipIf(!messages.page)('the messages pages (the content has messages or repeat rules)', () => {
  it.skipIf(!messages.count)('copy the unmarked SMS with one click (the content has a message)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/${withMessage}`);
    const button = page.locator('button[data-copy$="-gsm7"]').first();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = (await page.locator(`#${await button.getAttribute('data-copy')}`).textContent())!.trim();
    expect(copied).toBe(shown);
    expect(copied).toMatch(/^[\x20-\x7e]+$/);
    await expect.poll(() => page.textContent('#copy-status')).toBe('Đã chép vào bộ nhớ tạm.');
    await context.close();
  });

  it.skipIf(!messages.count)('without JavaScript, show the texts to select and no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/${withMessage}`);
    // Each SMS twice: with its marks, and the GSM-7 version to send.
    expect(await page.locator('.sms .text').count()).toBe(2 * onIt);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    await context.close();
  });

  it('publish every message as JSON with both versions and their part counts', () => {
    const json = JSON.parse(readFileSync(join(dist, 'tin-nhan/tin-nhan.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(json.length).toBe(messages.count);
    for (const m of json) expect(Object.keys(m)).toEqual(['measure', 'id', 'unicode', 'gsm7', 'zns']);
  });
});
