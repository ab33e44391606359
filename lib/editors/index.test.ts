// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { editorKind, hasText, readEditor, splice } from './index';

function make(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('[data-editor]') as HTMLElement;
}

test.each([
  ['<textarea data-editor></textarea>', 'textarea'],
  ['<div class="public-DraftEditor-content" contenteditable="true" data-editor></div>', 'draft'],
  [
    '<div data-testid="tweetTextarea_0" contenteditable="true" data-editor><div class="public-DraftEditor-content"></div></div>',
    'draft',
  ],
  ['<div data-lexical-editor="true" contenteditable="true" data-editor></div>', 'lexical'],
  ['<div class="ql-editor" contenteditable="true" data-editor></div>', 'quill'],
  ['<div class="tiptap ProseMirror" contenteditable="true" data-editor></div>', 'prosemirror'],
  ['<div contenteditable="true" data-editor></div>', 'contenteditable'],
])('editorKind(%s) is %s', (html, kind) => {
  expect(editorKind(make(html))).toBe(kind);
});

test('a textarea reads its value; offsets map onto itself, never to DOM ranges', () => {
  const area = make('<textarea data-editor></textarea>') as HTMLTextAreaElement;
  area.value = 'Buy now\nplease';
  const map = readEditor(area);
  expect(map.text).toBe('Buy now\nplease');
  expect(map.pointAt(99, 'forward')).toEqual({ node: area, offset: 14 });
  expect(map.rangeFor(0, 3)).toBeNull();
});

test('hasText ignores whitespace-only drafts', () => {
  const div = make('<div contenteditable="true" data-editor><p> </p></div>');
  expect(hasText(div)).toBe(false);
  div.textContent = 'hi';
  expect(hasText(div)).toBe(true);
});

test('splice replaces, inserts and deletes', () => {
  expect(splice('Buy now!!!', 7, 10, '!')).toBe('Buy now!');
  expect(splice('Hi', 2, 2, ' there')).toBe('Hi there');
  expect(splice('a, b', 1, 4, '')).toBe('a');
});
