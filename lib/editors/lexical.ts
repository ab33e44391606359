import {
  announceSelection,
  canPaste,
  type EditorDriver,
  pasteText,
  selectSpan,
  typeText,
} from './driver';

/**
 * Lexical (Facebook): it syncs its selection on `selectionchange`, so the selection is announced
 * before writing. One line goes in as typed text; a line break only through its own paste (typed
 * newlines are refused). Facebook's history setup is unknown; a replacement never joins typing.
 */
export const lexical: EditorDriver = {
  undoGroupMs: 0,
  replace: (el, _text, start, end, insert) => {
    if (!selectSpan(el, start, end)) return false;
    announceSelection(el);
    if (insert.includes('\n') && canPaste(el)) return pasteText(el, insert);
    return typeText(el, insert);
  },
};
