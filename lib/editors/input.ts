/**
 * A `paste` carrying `text` that the page's own handlers can read, in Chrome and in a Firefox
 * content script: Firefox ignores the `clipboardData` init member and builds the event's data from
 * its own `dataType` and `data` members, which Chrome ignores in turn.
 */
export function textPasteEvent(text: string): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const init = {
    clipboardData,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
  };
  return new ClipboardEvent('paste', init);
}

/**
 * Types multi-line text a line at a time with a paragraph break between lines, as Enter would.
 * For Quill: Firefox's `insertText` makes a `<br>` of a newline, which Quill drops, and Quill 1
 * reads a paste from the system clipboard, never from the event. True when every step was taken.
 */
export function insertLines(doc: Document, text: string): boolean {
  let took = true;
  text.split('\n').forEach((line, i) => {
    if (i > 0) took = doc.execCommand('insertParagraph', false) && took;
    if (line !== '') took = doc.execCommand('insertText', false, line) && took;
  });
  return took;
}
