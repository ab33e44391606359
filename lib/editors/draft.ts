import {
  announceSelection,
  canPaste,
  type EditorDriver,
  pasteText,
  selectSpan,
  typeText,
} from './driver';

/**
 * The one character next to [start, end) to put back in its place, so a deletion becomes a paste
 * (Draft.js takes no empty paste): [from, to) to replace and the character. Null when the span is
 * the whole text.
 */
export function deletionAsPaste(
  text: string,
  start: number,
  end: number,
): { from: number; to: number; keep: string } | null {
  const after = text.codePointAt(end);
  if (after !== undefined && text[end] !== '\n') {
    const keep = String.fromCodePoint(after);
    return { from: start, to: end + keep.length, keep };
  }
  if (start > 0 && text[start - 1] !== '\n') {
    const low = text.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
    return { from: start - width, to: end, keep: text.slice(start - width, start) };
  }
  if (end < text.length) return { from: start, to: end + 1, keep: '\n' };
  return null;
}

/**
 * Draft.js (X): the browser's own editing across Draft's leaves (decorated #hashtags, @mentions,
 * links, emoji entities, styled runs) desyncs its model and makes React throw on the next render,
 * so every change goes in as a paste, which Draft applies to its model itself, after announcing
 * the selection (Draft reads it through React's `onSelect`). One paste is one undo step.
 */
export const draft: EditorDriver = {
  undoGroupMs: 0,
  replace: (el, text, start, end, insert) => {
    if (!canPaste(el)) {
      // No usable paste here (Firefox): typed text, which is safe inside one leaf only; the
      // Firefox paste path in paste.ts is what makes spans across entities safe there.
      if (insert.includes('\n')) return false;
      if (!selectSpan(el, start, end)) return false;
      announceSelection(el);
      return typeText(el, insert);
    }
    let span = { from: start, to: end, with: insert };
    if (insert === '') {
      const around = deletionAsPaste(text, start, end);
      if (!around) {
        if (!selectSpan(el, start, end)) return false;
        announceSelection(el);
        return typeText(el, '');
      }
      span = { from: around.from, to: around.to, with: around.keep };
    }
    if (!selectSpan(el, span.from, span.to)) return false;
    announceSelection(el);
    return pasteText(el, span.with);
  },
};
