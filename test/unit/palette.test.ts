import { describe, expect, it } from 'vitest';
import { mix, themeCss, themeOf } from '../../src/config/palette';
import { loadSettings } from '../../src/config/settings';
import { MINI } from '../support/fixture-build';

describe('one palette from settings', () => {
  it('mixes tints from the campaign colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#0b5cc4', '#ffffff', 0)).toBe('#ffffff');
  });

  it('gives a second campaign its own tints, not the first one’s', () => {
    const a = themeOf(loadSettings('content').palette);
    const b = themeOf(loadSettings(MINI).palette);
    for (const key of ['line', 'tint', 'tintStrong', 'highlight', 'onDarkMuted'] as const)
      expect(a[key], key).not.toBe(b[key]);
  });

  it('writes every colour as a CSS custom property', () => {
    const css = themeCss(themeOf(loadSettings('content').palette));
    expect(css).toMatch(/--c-primary:#0b5cc4/);
    expect(css).toMatch(/--c-line-soft:#[0-9a-f]{6}/);
    expect(css).toMatch(/--c-on-dark-muted:#[0-9a-f]{6}/);
  });
});
