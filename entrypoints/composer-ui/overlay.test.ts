// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { drawRangeUnderlines, drawTextareaUnderlines } from './overlay';

function area(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  el.getBoundingClientRect = () => new DOMRect(10, 20, 300, 80);
  document.body.append(el);
  return el;
}

test('the textarea mirror marks exactly the flagged spans, as text', () => {
  const layer = document.createElement('div');
  const text = 'Buy now <b>!!!</b> DM me';
  drawTextareaUnderlines(layer, area(text), text, [
    { start: 19, end: 24 },
    { start: 0, end: 7 },
  ]);
  const box = layer.querySelector<HTMLElement>('.mirror');
  expect(box?.style.left).toBe('10px');
  expect(box?.style.width).toBe('300px');
  const flags = Array.from(layer.querySelectorAll('.flag'), (e) => e.textContent);
  expect(flags).toEqual(['Buy now', 'DM me']);
  expect(layer.querySelector('b')).toBeNull();
  expect(layer.querySelector('.mirror-text')?.textContent).toBe(`${text}\u200b`);
});

test('no spans, no mirror; overlapping spans are drawn once', () => {
  const layer = document.createElement('div');
  drawTextareaUnderlines(layer, area('abc'), 'abc', []);
  expect(layer.childElementCount).toBe(0);
  drawTextareaUnderlines(layer, area('abcdef'), 'abcdef', [
    { start: 0, end: 4 },
    { start: 2, end: 5 },
  ]);
  expect(Array.from(layer.querySelectorAll('.flag'), (e) => e.textContent)).toEqual(['abcd']);
});

test('range underlines get one bar per line box and replace earlier ones', () => {
  const layer = document.createElement('div');
  layer.append(document.createElement('span'));
  const range = {
    getClientRects: () => [
      new DOMRect(5, 10, 40, 18),
      new DOMRect(5, 30, 0, 18),
      new DOMRect(5, 30, 20, 18),
    ],
  } as unknown as Range;
  drawRangeUnderlines(layer, [range]);
  const bars = Array.from(layer.querySelectorAll<HTMLElement>('.underline'));
  expect(bars).toHaveLength(2);
  expect(layer.querySelector('span')).toBeNull();
  expect(bars[0]?.style.top).toBe('26px');
  expect(bars[1]?.style.width).toBe('20px');
});
