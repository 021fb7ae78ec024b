import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'subtitle';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { expected, itIsTheBuildOfTheContent } from '../support/expected';

const dist = process.env.LOA_DIST ?? 'dist';
/** A script per measure of the content: what the build must have made, whatever it did make. */
const scripts = expected.measures.map((m) => m.id);

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

describe('clip scripts in a real browser', () => {
  itIsTheBuildOfTheContent(dist);
  it(`there is a script per measure: ${scripts.length} from the content, with their captions, frames and tracks`, () => {
    expect(scripts.length).toBeGreaterThan(0);
    const built = readdirSync(join(dist, 'kich-ban'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(built.sort()).toEqual([...scripts].sort());
    for (const route of expected.clips) expect(existsSync(join(dist, route)), route).toBe(true);
  });

  for (const slug of scripts) {
    it(`${slug}: the browser loads its WebVTT into a text track with the right cues and times`, async () => {
      await page.goto(`${site.server.url}/kich-ban/${slug}/`);
      const vttName = readdirSync(join(dist, 'kich-ban', slug)).find((f) => f.endsWith('.vtt'));
      expect(vttName, `kich-ban/${slug}/ has its WebVTT`).toBeDefined();
      const cuesOfFile = parseSync(readFileSync(join(dist, 'kich-ban', slug, vttName!), 'utf8'))
        .filter((n) => n.type === 'cue')
        .map((n) => n.data as { start: number; end: number });
      const cues = await page.evaluate(async () => {
        const audio = document.getElementById('animatic-audio') as HTMLAudioElement;
        const track = audio.textTracks[0];
        track.mode = 'hidden';
        // Cues arrive while the file is parsed: wait for the track element to say it has loaded them all.
        const element = audio.querySelector('track')!;
        for (let i = 0; i < 100 && element.readyState !== HTMLTrackElement.LOADED; i++)
          await new Promise((r) => setTimeout(r, 50));
        return [...(track.cues ?? [])].map((c) => ({ start: c.startTime, end: c.endTime }));
      });
      expect(cuesOfFile.length).toBeGreaterThan(0);
      expect(cues.length).toBe(cuesOfFile.length);
      cues.forEach((c, i) => {
        expect(c.start).toBeCloseTo(cuesOfFile[i].start / 1000, 3);
        expect(c.end).toBeCloseTo(cuesOfFile[i].end / 1000, 3);
        expect(c.end).toBeLessThanOrEqual(30);
      });
      // No cue starts before the one ahead of it ends.
      cues.slice(1).forEach((c, i) => expect(c.start).toBeGreaterThanOrEqual(cues[i].end - 1e-6));
    });
  }

  it('the animatic shows the frame and caption of the moment it is at', async () => {
    await page.goto(`${site.server.url}/kich-ban/${scripts[0]}/`);
    const state = await page.evaluate(async () => {
      const audio = document.getElementById('animatic-audio') as HTMLAudioElement;
      await new Promise<void>((r) =>
        audio.readyState >= 1 ? r() : audio.addEventListener('loadedmetadata', () => r(), { once: true }),
      );
      const frames = JSON.parse(audio.dataset.frames!) as Array<{ start: number; end: number; src: string }>;
      const target = frames[2].start + 0.5;
      audio.currentTime = target;
      await new Promise((r) => audio.addEventListener('seeked', r, { once: true }));
      await new Promise((r) => setTimeout(r, 300));
      const track = audio.textTracks[0];
      return {
        duration: audio.duration,
        src: (document.getElementById('animatic-frame') as HTMLImageElement).getAttribute('src'),
        expectedSrc: frames[2].src,
        caption: document.getElementById('animatic-caption')!.textContent,
        active: track.activeCues && track.activeCues.length ? (track.activeCues[0] as VTTCue).text : '',
      };
    });
    expect(state.duration).toBeCloseTo(30, 0);
    expect(state.src).toBe(state.expectedSrc);
    expect(state.caption.length).toBeGreaterThan(3);
    expect(state.caption).toBe(state.active);
  });
});
