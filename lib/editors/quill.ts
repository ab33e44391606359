import { type EditorDriver, selectAndType, selectSpan, typeLines } from './driver';

/**
 * Quill (LinkedIn runs 1.x): it reads every DOM change back into its model (a MutationObserver,
 * so the model commits a tick later) and reverts DOM edits it cannot map, so text goes in as typed
 * text, newlines too (a synthetic paste makes Quill 1 paste from its hidden clipboard element and
 * lose the selection). Its history merges changes less than `delay` (1000 ms) after the START of
 * the current undo group, and only a new group resets that start: waiting a full delay after the
 * last change is the one way to keep an Apply its own undo step.
 */
export const quill: EditorDriver = {
  undoGroupMs: 1000,
  // A line at a time: Firefox types a newline as a <br>, which Quill drops.
  replace: (el, _text, start, end, insert) =>
    insert.includes('\n')
      ? selectSpan(el, start, end) && typeLines(el, insert)
      : selectAndType(el, start, end, insert),
};
