// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractText } from './text';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const draftBlock = (key: string, inner: string) =>
  `<div data-block="true" data-offset-key="${key}"><div class="public-DraftStyleDefault-block"><span data-offset-key="${key}">${inner}</span></div></div>`;

describe('extractText reads editors as a person reads them', () => {
  test.each([
    ['plain text', 'Hello world', 'Hello world'],
    ['br between words', 'a<br>b', 'a\nb'],
    ['trailing br is a placeholder', 'a<br>', 'a'],
    ['two brs make one line break and a placeholder', '<p>a<br><br></p>', 'a\n'],
    ['quill paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['quill empty line between', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['empty quill editor', '<p><br></p>', ''],
    [
      'lexical spans',
      '<p dir="ltr"><span data-lexical-text="true">Hi </span><b>there</b></p>',
      'Hi there',
    ],
    [
      'draft blocks',
      `<div data-contents="true">${draftBlock('a-0-0', '<span data-text="true">first</span>')}${draftBlock('b-0-0', '<br data-text="true">')}${draftBlock('c-0-0', '<span data-text="true">third</span>')}</div>`,
      'first\n\nthird',
    ],
    ['text then a block', 'a<div>b</div>', 'a\nb'],
    ['br before a block ends the line once', 'a<br><div>b</div>', 'a\nb'],
    ['a lone br before a block is an empty line', '<br><div>b</div>', '\nb'],
    ['no-break spaces read as spaces', 'a&nbsp;b', 'a b'],
    ['scripts and styles are not text', 'a<style>p{}</style>b', 'ab'],
    ['nested inline wrappers', '<p><span><span>x</span><em>y</em></span></p>', 'xy'],
  ])('%s', (_name, html, expected) => {
    expect(extractText(dom(html)).text).toBe(expected);
  });
});

describe('pointAt maps offsets back to DOM positions', () => {
  test('inside a text node', () => {
    const root = dom('<p>Hello</p><p>world</p>');
    const map = extractText(root);
    const p = map.pointAt(2, 'forward');
    expect(p.node.textContent).toBe('Hello');
    expect(p.offset).toBe(2);
  });

  test('at the boundary of two text nodes the bias picks the side', () => {
    const root = dom('<span>ab</span><span>cd</span>');
    const map = extractText(root);
    expect(map.pointAt(2, 'forward')).toMatchObject({ offset: 0 });
    expect(map.pointAt(2, 'forward').node.textContent).toBe('cd');
    expect(map.pointAt(2, 'backward').node.textContent).toBe('ab');
    expect(map.pointAt(2, 'backward').offset).toBe(2);
  });

  test('across a block break, a range covers the right words', () => {
    const root = dom('<p>Buy now</p><p>DM me today</p>');
    const map = extractText(root);
    const start = map.text.indexOf('DM me');
    const range = map.rangeFor(start, start + 5);
    expect(range?.toString()).toBe('DM me');
    const across = map.rangeFor(4, start + 2);
    expect(across?.startContainer.textContent).toBe('Buy now');
    expect(across?.endContainer.textContent).toBe('DM me today');
  });

  test('every offset maps to a point, and text offsets land in the text they name', () => {
    const root = dom(`<p>a<br>bc</p><p><br></p><p><span>d</span><span>ef</span></p>`);
    const map = extractText(root);
    expect(map.text).toBe('a\nbc\n\ndef');
    for (let i = 0; i <= map.text.length; i++) {
      const forward = map.pointAt(i, 'forward');
      expect(root.contains(forward.node)).toBe(true);
      const ch = map.text[i];
      if (ch && ch !== '\n') {
        expect(forward.node.nodeType).toBe(3);
        expect((forward.node as Text).data[forward.offset]).toBe(ch);
      }
    }
  });

  test('offsets are clamped and an empty editor maps to its root', () => {
    const root = dom('<p><br></p>');
    const map = extractText(root);
    expect(map.pointAt(5, 'forward').node).toBe(root);
    expect(map.pointAt(-1, 'backward').offset).toBe(0);
  });
});

describe('offsetOf maps DOM positions back to text offsets', () => {
  test('round-trips every offset through pointAt', () => {
    const root = dom('<p>a<br>bc</p><p><br></p><p><span>d</span><span>ef</span></p>');
    const map = extractText(root);
    for (let i = 0; i <= map.text.length; i++) {
      const p = map.pointAt(i, 'forward');
      if (p.node.nodeType === 3) expect(map.offsetOf(p.node, p.offset)).toBe(i);
    }
  });

  test('element positions count the text before them', () => {
    const root = dom('<p>ab</p><p>cd</p>');
    const map = extractText(root);
    const second = root.children[1] as HTMLElement;
    expect(map.offsetOf(second, 0)).toBe(3);
    expect(map.offsetOf(root, 0)).toBe(0);
    expect(map.offsetOf(root, 2)).toBe(5);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });
});
