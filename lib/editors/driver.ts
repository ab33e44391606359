import { readEditor } from './index';
import { pasteEvent } from './paste';

/** How one editor framework takes a replacement through its own input path. */
export interface EditorDriver {
  /**
   * Changes within this many ms of the previous one join its undo step (Quill 1's history
   * `delay`, ProseMirror's `newGroupDelay`); an edit waits that long after typing. 0: never.
   */
  undoGroupMs: number;
  /**
   * Replaces [start, end) of `text` (the editor's text now) with `insert` in one synchronous step
   * (select, let the editor see the selection, write), so no key can land in between. True when
   * the editor's input path took it; the caller verifies what it did.
   */
  replace(el: HTMLElement, text: string, start: number, end: number, insert: string): boolean;
}

/** Selects [start, end) of the editor's text (a DOM Range, or the textarea's own selection). */
export function selectSpan(el: HTMLElement, start: number, end: number): boolean {
  if (el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(start, end);
    return true;
  }
  const range = readEditor(el).rangeFor(start, end);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.setBaseAndExtent(
    range.startContainer,
    range.startOffset,
    range.endContainer,
    range.endOffset,
  );
  return true;
}

/**
 * Tells editors that track the selection through `selectionchange` (Draft.js via React, Lexical)
 * about it now: the browser's own event comes a task later, and an edit made before it lands at
 * the old caret (or garbles Draft's text).
 */
export function announceSelection(el: HTMLElement): void {
  el.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

/** `execCommand` insertText, or delete for ''; the path that keeps most editors' models in step. */
export function typeText(el: HTMLElement, insert: string): boolean {
  const doc = el.ownerDocument;
  return doc.execCommand(insert === '' ? 'delete' : 'insertText', false, insert);
}

/** Dispatches a text/plain paste on the editor; false when it cannot be built or nobody took it. */
export function pasteText(el: HTMLElement, insert: string): boolean {
  const win = el.ownerDocument.defaultView;
  const event = win ? pasteEvent(win, insert) : null;
  if (!event) return false;
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** True when this browser can hand an editor a paste built here (not Firefox from a content script). */
export function canPaste(el: HTMLElement): boolean {
  const win = el.ownerDocument.defaultView;
  return win !== null && pasteEvent(win, 'x') !== null;
}

/** Select, then type: editors that read every change from the DOM (textarea, Quill, ProseMirror…). */
export function selectAndType(
  el: HTMLElement,
  start: number,
  end: number,
  insert: string,
): boolean {
  return selectSpan(el, start, end) && typeText(el, insert);
}

/**
 * Types multi-line text a line at a time with a paragraph break between lines, as Enter would:
 * Firefox's `insertText` makes a `<br>` of a newline, which Quill drops and ProseMirror reads as
 * one hard break. For editors with their own undo history, which joins the steps into one; the
 * browser's own undo does not in Firefox. True when every step took.
 */
export function typeLines(el: HTMLElement, insert: string): boolean {
  const doc = el.ownerDocument;
  let took = true;
  insert.split('\n').forEach((line, i) => {
    if (i > 0) took = doc.execCommand('insertParagraph', false) && took;
    if (line !== '') took = doc.execCommand('insertText', false, line) && took;
  });
  return took;
}
