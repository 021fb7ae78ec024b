/**
 * The one Content-Security-Policy of the site. Astro writes it into every
 * page as a <meta> with the hashes of the page's own scripts and styles; the
 * same directives go into `_headers` for static hosts that read that file.
 * No frame-ancestors: signage players (Xibo, Anthias) may show the loop in a frame.
 */

export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob: data:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
// Pagefind's search runs WebAssembly.
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** `extraStyles`: hash sources of inline styles in files Astro does not write (the notices for Wi-Fi login pages). */
export function cspHeader(extraStyles: string[] = []): string {
  return [
    ...DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${[...STYLE_SOURCES, ...extraStyles].join(' ')}`,
  ].join('; ');
}

const HEADERS: Array<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** A Netlify/Cloudflare-style `_headers` file for the site served under `base`. */
export function headersFile(base: string, extraStyles: string[] = []): string {
  const rule = (pattern: string, headers: Array<[string, string]>) =>
    [pattern, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      '# Security headers for static hosts that read a _headers file. Written by the build from',
      '# src/config/csp.ts, the same source as the CSP <meta> in every page.',
      // Said in the output too, so nobody who deploys it "hardens" it with X-Frame-Options.
      '# No frame restrictions: signage players (Xibo, Anthias) may show the signage loop inside a frame.',
      rule(`${base}*`, [['Content-Security-Policy', cspHeader(extraStyles)], ...HEADERS]),
      '',
      rule(`${base}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]),
    ].join('\n') + '\n'
  );
}
