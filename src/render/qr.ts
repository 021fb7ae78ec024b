import QRCode from 'qrcode';

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  size: number;
  /** Dark modules as [x, y], in module units, quiet zone included. */
  dark: Array<[number, number]>;
}

/**
 * Black on white whatever the campaign palette: scanners need the strongest
 * contrast, and a print shop's grey photocopy must still read.
 */
export const QR_COLOURS = { dark: '#000000', light: '#ffffff' } as const;

/** The quiet zone ISO/IEC 18004 asks for: four modules of light on every side. */
export const QUIET_ZONE = 4;

/** QR modules for a URL at error correction M (15 % may be damaged and still read). */
export function qrMatrix(url: string): QrMatrix {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const dark: Array<[number, number]> = [];
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) if (qr.modules.get(y, x)) dark.push([x + QUIET_ZONE, y + QUIET_ZONE]);
  return { size: n + 2 * QUIET_ZONE, dark };
}

/**
 * The QR code as one SVG path of squares, placed at (x, y) with side `side`
 * (quiet zone included): vector in the PDF, sharp in every PNG.
 */
export function qrSvg(url: string, x: number, y: number, side: number): string {
  const m = qrMatrix(url);
  const u = side / m.size;
  const d = m.dark
    .map(
      ([mx, my]) =>
        `M${(x + mx * u).toFixed(3)} ${(y + my * u).toFixed(3)}h${u.toFixed(3)}v${u.toFixed(3)}h${(-u).toFixed(3)}z`,
    )
    .join('');
  const light = `<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="${QR_COLOURS.light}"/>`;
  return `${light}<path d="${d}" fill="${QR_COLOURS.dark}"/>`;
}

/** Puts extra SVG (QR codes) on top of a satori drawing, before its closing tag. */
export function overlaySvg(svg: string, extra: string): string {
  return svg.replace(/<\/svg>\s*$/, `${extra}</svg>`);
}
