import type { Page, Request } from 'playwright-core';

/** Every request the page makes, with its body, to prove nothing typed leaves the browser. */
export function watch(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

/** The requests that carry any of the typed words, in their address or body, in any case. */
export function carries(requests: Request[], secrets: string[]): Request[] {
  return requests.filter((r) => {
    const text = decodeURIComponent(r.url()) + (r.postData() ?? '');
    return secrets.some((s) => text.toLowerCase().includes(s.toLowerCase()));
  });
}
