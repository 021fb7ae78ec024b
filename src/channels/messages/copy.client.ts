/**
 * Copy buttons: shown only when a script can copy; without one the message
 * text stays selectable, so nothing is lost.
 */
export function startCopyButtons(): void {
  const status = document.getElementById('copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy!)?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = status.dataset.done ?? '';
      } catch {
        if (status) status.textContent = status.dataset.failed ?? '';
      }
    });
  }
}
