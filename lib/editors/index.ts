import { extractText, type TextMap } from './text';

export type { DomPoint, TextMap } from './text';

/** The editor frameworks WhyFirst knows how to read and change. */
export type EditorKind =
  | 'textarea'
  | 'draft'
  | 'lexical'
  | 'quill'
  | 'prosemirror'
  | 'contenteditable';

/** Which framework drives an editable element, by the frameworks' own markers. */
export function editorKind(el: Element): EditorKind {
  if (el instanceof HTMLTextAreaElement || el.tagName === 'TEXTAREA') return 'textarea';
  if (el.closest('.public-DraftEditor-content') || el.querySelector('.public-DraftEditor-content'))
    return 'draft';
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (el.closest('.ql-editor')) return 'quill';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** The editor's current text with a map back to the DOM (textareas have no DOM ranges). */
export function readEditor(el: HTMLElement): TextMap {
  if (el instanceof HTMLTextAreaElement) {
    const text = el.value;
    return {
      text,
      pointAt: (offset) => ({ node: el, offset: Math.max(0, Math.min(offset, text.length)) }),
      rangeFor: () => null,
      offsetOf: () => null,
    };
  }
  return extractText(el);
}

/** True when the editor holds any text (cheap: no offset map). */
export function hasText(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement) return el.value.trim() !== '';
  return (el.textContent ?? '').trim() !== '';
}

/** The caret or selection in an editor as text offsets, or null when it is elsewhere. */
export function selectionOffsets(el: HTMLElement): { start: number; end: number } | null {
  if (el instanceof HTMLTextAreaElement) return { start: el.selectionStart, end: el.selectionEnd };
  const root = el.getRootNode() as Document | ShadowRoot;
  const selection =
    'getSelection' in root && typeof root.getSelection === 'function'
      ? root.getSelection()
      : el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const map = extractText(el);
  const start = map.offsetOf(range.startContainer, range.startOffset);
  const end = map.offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}

/** Puts the caret or selection back at text offsets (after focusing the editor). */
export function restoreSelection(el: HTMLElement, at: { start: number; end: number }): void {
  if (el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(at.start, at.end);
    return;
  }
  const range = extractText(el).rangeFor(at.start, at.end);
  const selection = el.ownerDocument.getSelection();
  if (range && selection)
    selection.setBaseAndExtent(
      range.startContainer,
      range.startOffset,
      range.endContainer,
      range.endOffset,
    );
}

/** `text` with [start, end) replaced by `insert`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
