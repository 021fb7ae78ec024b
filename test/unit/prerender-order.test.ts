import { describe, expect, it } from 'vitest';
import { pagesFirst } from '../../src/manifest/prerender-order';

describe('prerender order', () => {
  it('writes the HTML pages first and the files after, each in Astro’s order', () => {
    const path = (pathname: string, type: string) => ({ pathname, route: { type } });
    const order = pagesFirst([
      path('/ap-phich/a4.png', 'endpoint'),
      path('/ap-phich/', 'page'),
      path('/og/home.jpg', 'endpoint'),
      path('/van-ban/2841-btttt-thh/', 'page'),
      path('/cu/', 'redirect'),
      path('/van-ban/499-ubnd-vx/', 'page'),
    ]).map((p) => p.pathname);
    expect(order).toEqual([
      '/ap-phich/',
      '/van-ban/2841-btttt-thh/',
      '/van-ban/499-ubnd-vx/',
      '/ap-phich/a4.png',
      '/og/home.jpg',
      '/cu/',
    ]);
  });
});
