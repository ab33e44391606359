import { type EditorDriver, selectAndType } from './driver';

/**
 * Textareas and contenteditables with no editor library (X's XChat and mobile composers,
 * LinkedIn messaging): the browser's own editing, undone by its own Ctrl+Z.
 */
export const plain: EditorDriver = {
  undoGroupMs: 0,
  replace: (el, _text, start, end, insert) => selectAndType(el, start, end, insert),
};
