/** "1,2 MB", "84 KB": sizes the way a Vietnamese reader writes them, from the UI's two size strings. */
export function formatSize(
  bytes: number,
  t: (key: 'files.megabytes' | 'files.kilobytes', vars: { size: string }) => string,
): string {
  const fmt = (n: number, digits: number) =>
    n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return bytes >= 100_000
    ? t('files.megabytes', { size: fmt(bytes / 1e6, 1) })
    : t('files.kilobytes', { size: fmt(Math.max(1, Math.round(bytes / 1e3)), 0) });
}
