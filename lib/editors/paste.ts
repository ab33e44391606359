/**
 * A `paste` event carrying `text` as text/plain, or null when this browser cannot build one that
 * reaches the page with its data (Firefox drops `clipboardData` from an event a content script
 * constructs; a Firefox way belongs here, e.g. Firefox's `{dataType, data}` init).
 */
export function pasteEvent(win: Window, text: string): ClipboardEvent | null {
  const scope = win as Window & typeof globalThis;
  let event: ClipboardEvent;
  try {
    const data = new scope.DataTransfer();
    data.setData('text/plain', text);
    event = new scope.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
  } catch {
    return null;
  }
  return event.clipboardData?.getData('text/plain') === text ? event : null;
}
