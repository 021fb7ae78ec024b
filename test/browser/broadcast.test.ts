import { broadcastPaths } from '../../src/channels/broadcast/paths';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite } from '../support/built-site';
import { expected, IS_REAL, itIsTheBuildOfTheContent } from '../support/expected';
import type { Catalogue } from '../../src/manifest/catalogue';

const dist = process.env.LOA_DIST ?? 'dist';
const catalogue = JSON.parse(readFileSync(join(dist, 'danh-muc.json'), 'utf8')) as Catalogue;
const drafts = catalogue.files.filter((f) => f.kind === 'broadcast-draft');
const speaking = expected.broadcast.measures;
const site = useBuiltSite();

describe('what the content calls for is built', () => {
  itIsTheBuildOfTheContent(dist);
  it(`${speaking.length} measures with broadcast pieces: their pages and ${expected.broadcast.drafts.length} voiced drafts are in dist and the manifest`, () => {
    const pages = speaking.length
      ? [
          broadcastPaths.broadcast(),
          ...speaking.flatMap((m) => [broadcastPaths.measureBroadcast(m.id), broadcastPaths.announcerScript(m.id)]),
        ]
      : [];
    for (const route of pages) expect(existsSync(join(dist, route, 'index.html')), route).toBe(true);
    for (const route of expected.broadcast.drafts) expect(existsSync(join(dist, route)), route).toBe(true);
    // The manifest the gates walk lists them too, and no other.
    expect(drafts.map((d) => d.route).sort()).toEqual([...expected.broadcast.drafts].sort());
    expect(
      catalogue.pages
        .filter((p) => ['broadcast', 'measure-broadcast', 'announcer-script'].includes(p.kind))
        .map((p) => p.route)
        .sort(),
    ).toEqual(pages.sort());
  });
});

describe.skipIf(!speaking.length)('voiced drafts for loudspeakers and radio (the content has broadcast pieces)', () => {
  it('every draft decodes, speaks (not silence), peaks under −1 dBFS and fits its slot', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/truyen-thanh/`);
    const pages = catalogue.pages.filter((p) => p.kind === 'measure-broadcast');
    expect(drafts.length).toBe(expected.broadcast.drafts.length);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      const html = readFileSync(
        join(dist, pages.find((p) => d.route.startsWith(p.route))!.route, 'index.html'),
        'utf8',
      );
      const meta = new RegExp(
        `(\\d+) giây · (\\d+) âm tiết[^<]*\\(([\\d,]+) âm tiết/giây\\)</p>(?:(?!<article).)*${d.fileName}`,
        's',
      ).exec(html);
      const [slot, syllables, rate] = [meta?.[1], meta?.[2], meta?.[3]?.replace(',', '.')].map((x) => Number(x ?? NaN));
      const r = await page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const audio = await new OfflineAudioContext(1, 1, 22050).decodeAudioData(bytes);
        const data = audio.getChannelData(0);
        let peak = 0;
        let sum = 0;
        for (const s of data) {
          peak = Math.max(peak, Math.abs(s));
          sum += s * s;
        }
        return { seconds: audio.duration, peakDb: 20 * Math.log10(peak), rmsDb: 10 * Math.log10(sum / data.length) };
      }, d.url);
      expect(r.seconds, d.fileName).toBeGreaterThan(3);
      expect(r.seconds, d.fileName).toBeLessThanOrEqual(slot);
      // Voiced at the newsreader's pace, the draft times like the page's estimate; pauses at punctuation add a little.
      expect(r.seconds / (syllables / rate), d.fileName).toBeGreaterThan(0.9);
      expect(r.seconds / (syllables / rate), d.fileName).toBeLessThan(1.2);
      expect(r.rmsDb, d.fileName).toBeGreaterThan(-35);
      // MP3 decoding overshoots a hair; the encoder's input peaked at −1 dBFS.
      expect(r.peakDb, d.fileName).toBeLessThan(-0.5);
    }
    await page.close();
  });

  it('a measure page plays its spot in the browser, with the transcript beside it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${catalogue.pages.find((p) => p.kind === 'measure-broadcast')!.url}`);
    const audio = page.locator('article.piece audio').first();
    const transcript = await page.locator(`[id="${await audio.getAttribute('aria-describedby')}"]`).textContent();
    expect(transcript).toMatch(/chấm/);
    await audio.evaluate(async (a: HTMLAudioElement) => {
      a.muted = true;
      await a.play();
      await new Promise((r) => setTimeout(r, 1500));
    });
    expect(await audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.5);
    await page.close();
  });

  it.skipIf(!IS_REAL)('the announcer’s script spells everything out and marks the pauses (real campaign)', () => {
    const html = readFileSync(join(dist, 'truyen-thanh/09-truyen-thanh-co-so/ban-doc/index.html'), 'utf8');
    expect(html).toContain('ngày mùng một tháng tám năm hai nghìn không trăm hai mươi');
    expect(html).toContain('một trăm tám mươi ba nghìn sáu trăm hai mươi');
    expect(html).toContain('mười sáu phẩy hai mươi bảy phần trăm');
    expect(html).toContain(' // ');
    const aloud = [...html.matchAll(/<p class="aloud"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(aloud.length).toBe(3);
    for (const text of aloud) expect(text).not.toMatch(/\d/);
  });
});

describe('voiced clip tracks', () => {
  it('every clip animatic has a voiced track as long as the clip, with speech in it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/kich-ban/`);
    const tracks = catalogue.files.filter((f) => f.kind === 'clip-track');
    // One per measure of the content, whether or not it has broadcast pieces.
    expect(tracks.map((f) => f.route).sort()).toEqual(expected.clips.filter((f) => f.endsWith('.mp3')).sort());
    expect(tracks.length).toBe(expected.measures.length);
    for (const f of tracks) {
      const r = await page.evaluate(async (url) => {
        const audio = await new OfflineAudioContext(1, 1, 22050).decodeAudioData(
          await (await fetch(url)).arrayBuffer(),
        );
        const data = audio.getChannelData(0);
        let sum = 0;
        for (const s of data) sum += s * s;
        return { seconds: audio.duration, rmsDb: 10 * Math.log10(sum / data.length) };
      }, f.url);
      expect(Math.abs(r.seconds - 30), f.fileName).toBeLessThan(0.5);
      expect(r.rmsDb, f.fileName).toBeGreaterThan(-40);
    }
    await page.close();
  });
});
