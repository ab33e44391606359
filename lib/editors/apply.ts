import { editorKind, readEditor, splice } from './index';
import { insertLines, textPasteEvent } from './input';

/** One replacement: [start, end) of the analysed text becomes `text` ('' deletes). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** What [start, end) held when the draft was analysed; the edit is refused if it changed. */
  expected: string;
}

/** What became of an edit: taken (with the editor's text after it), or why not. */
export type ApplyOutcome =
  | { ok: true; text: string }
  /** 'changed': the span no longer holds what was analysed; nothing was touched. */
  | { ok: false; reason: 'changed' }
  /** 'refused': the editor did not take the edit; `restored` says the draft is as before. */
  | { ok: false; reason: 'refused'; restored: boolean };

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    // A hidden tab never paints, so a timer backs the frame up.
    const timer = win.setTimeout(resolve, 50);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}

/** Waits past an editor's own follow-up updates (a frame, then a short timer). */
async function settle(win: Window): Promise<void> {
  await nextFrame(win);
  await new Promise((resolve) => win.setTimeout(resolve, SETTLE_MS));
}

/** How long a change must stay before it counts as taken. */
const SETTLE_MS = 60;

function selectionChange(doc: Document, win: Window): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(done, 100);
    doc.addEventListener('selectionchange', done);
  });
}

function selectSpan(el: HTMLElement, start: number, end: number): boolean {
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

function selectionMatches(el: HTMLElement, start: number, end: number): boolean {
  if (el instanceof HTMLTextAreaElement)
    return el.selectionStart === start && el.selectionEnd === end;
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const want = readEditor(el).rangeFor(start, end);
  const have = selection.getRangeAt(0);
  if (!want) return false;
  return (
    want.compareBoundaryPoints(Range.START_TO_START, have) === 0 &&
    want.compareBoundaryPoints(Range.END_TO_END, have) === 0
  );
}

/** Draft.js and Lexical break a line only through their own paste or Enter handling. */
function pastesLines(el: HTMLElement, text: string): boolean {
  if (!text.includes('\n')) return false;
  const kind = editorKind(el);
  return kind === 'draft' || kind === 'lexical';
}

function insert(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  if (text === '') return doc.execCommand('delete', false);
  if (text.includes('\n') && editorKind(el) === 'quill') return insertLines(doc, text);
  if (!pastesLines(el, text)) return doc.execCommand('insertText', false, text);
  // insertText with a newline garbles Draft.js and is refused by Lexical; a paste is their path.
  const event = textPasteEvent(text);
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Replaces a span through the editor's own input path (select, wait for the editor to see the
 * selection, `execCommand`), so framework models stay equal to the DOM and one undo reverts it.
 * Verifies the result; an edit that did not take is undone, never left half done.
 */
export async function applyEdit(el: HTMLElement, edit: Edit): Promise<ApplyOutcome> {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'refused', restored: true };
  const before = readEditor(el).text;
  if (before.slice(edit.start, edit.end) !== edit.expected) return { ok: false, reason: 'changed' };
  const wanted = splice(before, edit.start, edit.end, edit.text);

  el.focus({ preventScroll: true });
  const synced = selectionChange(doc, win);
  if (!selectSpan(el, edit.start, edit.end))
    return { ok: false, reason: 'refused', restored: true };
  // Draft.js garbles text when an edit follows a selection change in the same tick.
  await synced;
  await nextFrame(win);
  if (readEditor(el).text !== before) return { ok: false, reason: 'changed' };
  if (!selectionMatches(el, edit.start, edit.end) && !selectSpan(el, edit.start, edit.end))
    return { ok: false, reason: 'refused', restored: true };

  let took = false;
  try {
    took = insert(el, edit.text);
  } catch {
    took = false;
  }
  await nextFrame(win);
  const after = readEditor(el).text;
  // The edit landed, possibly with keys the person typed right after it (the caret is there).
  const head = before.slice(0, edit.start) + edit.text;
  const tail = before.slice(edit.end);
  const landed =
    (after !== before || wanted === before) &&
    after.length >= wanted.length &&
    after.startsWith(head) &&
    after.endsWith(tail);
  if (landed) {
    // Some editors accept an input and revert it in a later update; only a change that stays counts.
    await settle(win);
    const later = readEditor(el).text;
    if (later === before) return { ok: false, reason: 'refused', restored: true };
    // Anything else is the person typing on: the edit took, and their keys are theirs.
    return { ok: true, text: later };
  }
  if (after === before) return { ok: false, reason: 'refused', restored: true };
  // Half an edit is worse than none: take back whatever did happen.
  if (took) {
    try {
      doc.execCommand('undo', false);
    } catch {
      // Reported through `restored` below.
    }
    await nextFrame(win);
  }
  return { ok: false, reason: 'refused', restored: readEditor(el).text === before };
}
