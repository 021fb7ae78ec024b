import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface NodeCanvas {
  toBuffer(type: 'image/png'): Buffer;
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: NodeCanvas; context: CanvasRenderingContext2D };
}

/**
 * Every page of a PDF as a PNG at `dpi`, drawn by pdf.js (pdfjs-dist, with the
 * canvas it brings): the npm route to what `pdftoppm -r dpi -png` gives, so a
 * check that reads a printed file back runs wherever `npm ci` has run.
 */
export async function pdfPages(pdf: Uint8Array, dpi = 150): Promise<Buffer[]> {
  // pdf.js takes the buffer over: hand it a copy.
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  try {
    const factory = doc.canvasFactory as CanvasFactory;
    const pngs: Buffer[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
      pngs.push(canvas.toBuffer('image/png'));
    }
    return pngs;
  } finally {
    await task.destroy();
  }
}
