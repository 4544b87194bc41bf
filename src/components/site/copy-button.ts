/**
 * The copy buttons of CopyButton.astro: shown where the browser offers a clipboard; a click
 * writes the target's text and says 已复制. When writing is refused (a permission, an old
 * browser), the text is selected instead and the person is asked to copy it themselves.
 */
export function startCopyButtons(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-copy-box]')) {
    const button = box.querySelector<HTMLButtonElement>('[data-copy-target]');
    const status = box.querySelector<HTMLElement>('[data-copy-status]');
    const target = button && document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!button || !status || !target || !navigator.clipboard?.writeText) continue;
    box.hidden = false;
    button.addEventListener('click', async () => {
      const text = (target.textContent ?? '').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = '已复制。';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = '无法自动复制，文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。';
      }
    });
  }
}
