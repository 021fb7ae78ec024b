/**
 * Hands what the page made (bytes, text, or the parts of a zip as it was written, without joining them first) to
 * the browser's download: nothing is sent anywhere. Browser only.
 */
export function saveFile(name: string, parts: BlobPart | BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob([parts].flat(), { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
