import { type EditorDriver, selectAndType, selectSpan, typeLines } from './driver';

/**
 * ProseMirror / TipTap (LinkedIn's feed comments and SDUI share box): it parses DOM changes into
 * transactions, so typed text is its input path; several lines go in a line at a time with a
 * paragraph break between (Firefox types a newline as a `<br>`, which ProseMirror reads as one
 * hard break however many there are), and its paste parser drops empty lines. It may redraw its
 * DOM on focus and blur, so spans are mapped to DOM positions only after focusing, never kept as
 * Ranges. Its history joins a change made within `newGroupDelay` (500 ms) of the last one next to
 * it: the lines of one Apply are one undo step.
 */
export const prosemirror: EditorDriver = {
  undoGroupMs: 500,
  replace: (el, _text, start, end, insert) =>
    insert.includes('\n')
      ? selectSpan(el, start, end) && typeLines(el, insert)
      : selectAndType(el, start, end, insert),
};
