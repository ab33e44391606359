/** Puts text on the clipboard; falls back to a hidden textarea and `copy` when the API refuses. */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without focus or permission the async API refuses; the old path still works after a click.
  }
  const doc = scratch.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  scratch.appendChild(area);
  const before = doc.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  before?.focus?.({ preventScroll: true });
  return ok;
}
