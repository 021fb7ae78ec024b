import { createHash } from 'node:crypto';
import type { Theme } from '../../config/palette';
import type { VisitorNotice } from './notices';
import { QR_COLOURS, qrSvg } from '../../render/qr';
import { LoaContentError } from '../../core/errors';
import { scriptOf, systemFonts } from '../../i18n/scripts';

/**
 * A captive portal's mini-browser may refuse external CSS, scripts, fonts and
 * even links: the notice is one file with its style and its QR code inside,
 * which a Wi-Fi login page can show as it is.
 */
export const PORTAL_MAX_BYTES = 30 * 1024;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PortalInput {
  notice: VisitorNotice;
  installUrl: string;
  /** The install address as printed: "app.gov.vn". */
  installAddress: string;
  theme: Theme;
}

/** The notice as one self-contained HTML document: inline CSS, inline SVG QR code, no script, nothing fetched. */
function portalHtml({ notice, installUrl, installAddress, theme }: PortalInput): string {
  const n = notice;
  const side = 100;
  const qr = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="200" height="200" role="img" aria-label="${escape(
    `${n.labels.scanToInstall}: ${installAddress}`,
  )}" shape-rendering="crispEdges">${qrSvg(installUrl, 0, 0, side)}</svg>`;
  const css = [
    `*{box-sizing:border-box}`,
    `html{-webkit-text-size-adjust:100%}`,
    `body{margin:0;font-family:${systemFonts(n.lang)};color:${theme.ink};background:${theme.paper};line-height:1.55}`,
    // Korean breaks between words, not inside them.
    ...(scriptOf(n.lang).lines === 'keep-all' ? ['body{word-break:keep-all}'] : []),
    `main{max-width:34rem;margin:0 auto;padding:1.25rem 1rem 2rem}`,
    `.kicker{margin:0;font-weight:700;color:${theme.primaryDark};font-size:.95rem}`,
    `h1{font-size:1.5rem;line-height:1.25;margin:.35rem 0 .75rem;color:${theme.primaryDark}}`,
    `h2{font-size:1.1rem;margin:1.5rem 0 .4rem}`,
    `.qr{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:center;margin:1rem 0;padding:1rem;` +
      `border:3px solid ${theme.primary};border-radius:.5rem;background:${QR_COLOURS.light}}`,
    `.qr svg{width:12.5rem;height:12.5rem;max-width:100%;flex:none}`,
    `.qr>div{flex:1 1 12rem}`,
    `.cta{font-weight:700;font-size:1.15rem}`,
    `.qr p{margin:.2rem 0}`,
    `.address{font-weight:700;font-size:1.2rem;word-break:break-all}`,
    `ol{padding-left:1.4rem;margin:.25rem 0}`,
    `li{margin-bottom:.35rem}`,
    `.basis{margin-top:2rem;font-size:.85rem;color:${theme.muted}}`,
  ].join('');
  const html = `<!doctype html>
<html lang="${escape(n.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(n.headline)}</title>
<style>${css}</style>
</head>
<body>
<main>
<p class="kicker">${escape(n.labels.kicker)}</p>
<h1>${escape(n.headline)}</h1>
<p>${escape(n.body)}</p>
<div class="qr">${qr}<div><p class="cta">${escape(n.cta)}</p>
<p>${escape(n.labels.website)}</p><p class="address">${escape(installAddress)}</p></div></div>
<h2>${escape(n.labels.installSteps)}</h2>
<ol>${n.installSteps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
<h2>${escape(n.labels.privacy)}</h2>
<p>${escape(n.privacy)}</p>
<h2>${escape(n.labels.help)}</h2>
<p>${escape(n.help)}</p>
<p class="basis">${escape(n.labels.basis)}</p>
</main>
</body>
</html>
`.normalize('NFC');
  const bytes = Buffer.byteLength(html);
  if (bytes > PORTAL_MAX_BYTES)
    throw new LoaContentError(
      n.file,
      n.lang === 'vi' ? 'visitors' : 'visitors',
      `thông báo cho trang đăng nhập wifi (${n.lang}) nặng ${Math.ceil(bytes / 1024)} KB, ` +
        `quá ${PORTAL_MAX_BYTES / 1024} KB`,
      'rút gọn lời thông báo, các bước cài đặt hoặc phần trợ giúp',
    );
  return html;
}

/**
 * The CSP source that lets the notice's own <style> run when the site itself
 * serves the file: the site's policy allows no inline style, and a hash admits
 * exactly this one.
 */
function styleSource(html: string): string {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The notice of one language as this campaign's build draws it, with the CSP source of its style. */
export function portalFile(
  build: { settings: { app: { installUrl: string } }; manifest: { copy: { installAddress: string } }; theme: Theme },
  notice: VisitorNotice,
): { html: string; styleSource: string } {
  const html = portalHtml({
    notice,
    installUrl: build.settings.app.installUrl,
    installAddress: build.manifest.copy.installAddress,
    theme: build.theme,
  });
  return { html, styleSource: styleSource(html) };
}
