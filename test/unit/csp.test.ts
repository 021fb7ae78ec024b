import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/config/csp';
import { astroCsp } from '../../src/astro/csp';

/** The header lines of each rule of a `_headers` file, by its path pattern. */
function rules(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) out.set(line.trim(), (current = new Map()));
    else {
      const i = line.indexOf(':');
      current?.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
  }
  return out;
}

/** A CSP as directive name → its sources, so the order of the directives does not matter. */
function parse(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    expect(out.has(name), `${name} written twice`).toBe(false);
    out.set(name, sources);
  }
  return out;
}

/** What the <meta> gets before Astro adds its hashes: the directives plus script-src and style-src. */
function metaCsp(): Map<string, string[]> {
  const config = astroCsp();
  const meta = parse((config.directives ?? []).join('; '));
  // Astro also takes { resource, kind } entries; the source is what the header must repeat.
  const sources = (list: Array<string | { resource: string }> = []) =>
    list.map((r) => (typeof r === 'string' ? r : r.resource));
  meta.set('script-src', sources(config.scriptDirective?.resources));
  meta.set('style-src', sources(config.styleDirective?.resources));
  return meta;
}

function headerCsp(base: string): Map<string, string[]> {
  const csp = rules(headersFile(base)).get(`${base}*`)?.get('Content-Security-Policy');
  expect(csp, `no CSP for ${base}*`).toBeTruthy();
  return parse(csp!);
}

describe('one CSP for the <meta> and _headers', () => {
  it('gives Astro the directives without script-src and style-src, which it writes with hashes', () => {
    const config = astroCsp();
    const names = [...parse((config.directives ?? []).join('; ')).keys()];
    expect(names).not.toContain('script-src');
    expect(names).not.toContain('style-src');
    expect(config.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(config.styleDirective?.resources).toEqual(["'self'"]);
  });

  it('writes every directive of the meta into the header CSP with the same sources, and no other', () => {
    const meta = metaCsp();
    const header = headerCsp('/');
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
    expect([...header.keys()].sort()).toEqual([...meta.keys()].sort());
  });

  it('keeps object-src none and leaves framing open for signage players', () => {
    for (const csp of [metaCsp(), headerCsp('/')]) {
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.has('frame-ancestors')).toBe(false);
    }
    expect(headersFile('/')).not.toMatch(/X-Frame-Options/i);
  });

  it('ships the usual hardening headers and caches hashed assets for good', () => {
    const file = rules(headersFile('/'));
    expect([...file.keys()]).toEqual(['/*', '/_astro/*']);
    const all = file.get('/*')!;
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('Permissions-Policy')).toBeTruthy();
    expect(all.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(all.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    expect(file.get('/_astro/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('puts both rules under the base path of a campaign served from a sub-path', () => {
    const base = '/chien-dich/bluezone/';
    const file = rules(headersFile(base));
    expect([...file.keys()]).toEqual([`${base}*`, `${base}_astro/*`]);
    expect(file.get(`${base}_astro/*`)?.get('Cache-Control')).toMatch(/immutable/);
    expect(headerCsp(base)).toEqual(headerCsp('/'));
  });
});
