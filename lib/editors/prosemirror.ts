import { type EditorDriver, selectAndType } from './driver';

/**
 * ProseMirror / TipTap (LinkedIn's feed comments and SDUI share box): it parses DOM changes into
 * transactions, so typed text (newlines too: the browser splits the paragraph) is its input path;
 * its paste parser drops empty lines. It may redraw its DOM on focus and blur, so spans are mapped
 * to DOM positions only after focusing, never kept as Ranges. Its history joins a change made
 * within `newGroupDelay` (500 ms) of the last one next to it.
 */
export const prosemirror: EditorDriver = {
  undoGroupMs: 500,
  replace: (el, _text, start, end, insert) => selectAndType(el, start, end, insert),
};
