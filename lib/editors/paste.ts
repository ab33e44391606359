/**
 * A `paste` event carrying `text` as text/plain, or null when this browser cannot build one that
 * reaches the page with its data. Firefox ignores the `clipboardData` member of the init when a
 * content script builds the event and takes its own `dataType` and `data` members instead; Chrome
 * ignores those. Both are given, so the page reads the text in either.
 */
export function pasteEvent(win: Window, text: string): ClipboardEvent | null {
  const scope = win as Window & typeof globalThis;
  let event: ClipboardEvent;
  try {
    const data = new scope.DataTransfer();
    data.setData('text/plain', text);
    const init: ClipboardEventInit & { dataType: string; data: string } = {
      clipboardData: data,
      dataType: 'text/plain',
      data: text,
      bubbles: true,
      cancelable: true,
    };
    event = new scope.ClipboardEvent('paste', init);
  } catch {
    return null;
  }
  return event.clipboardData?.getData('text/plain') === text ? event : null;
}
