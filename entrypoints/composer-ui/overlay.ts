/** Underlines drawn in our own shadow root, for editors the Highlight API cannot reach. */

const MIRRORED = [
  'boxSizing',
  'width',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'tabSize',
  'direction',
] as const;

/** Spans of text to underline, as [start, end) offsets. */
export type Spans = readonly { start: number; end: number }[];

/**
 * Underlines spans of a textarea with a mirror: a copy of its text laid out the same way behind
 * transparent glyphs, so each flagged span gets an underline where the real words are.
 */
export function drawTextareaUnderlines(
  layer: HTMLElement,
  area: HTMLTextAreaElement,
  text: string,
  spans: Spans,
): void {
  const doc = layer.ownerDocument;
  layer.replaceChildren();
  if (spans.length === 0) return;
  const rect = area.getBoundingClientRect();
  const style = area.ownerDocument.defaultView?.getComputedStyle(area);
  if (!style || rect.width === 0) return;
  const box = doc.createElement('div');
  box.className = 'mirror';
  box.style.left = `${rect.left}px`;
  box.style.top = `${rect.top}px`;
  box.style.width = `${rect.width}px`;
  box.style.height = `${rect.height}px`;
  const inner = doc.createElement('div');
  inner.className = 'mirror-text';
  for (const key of MIRRORED) inner.style[key] = style[key];
  inner.style.borderColor = 'transparent';
  inner.style.transform = `translate(${-area.scrollLeft}px, ${-area.scrollTop}px)`;
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    inner.append(doc.createTextNode(text.slice(at, span.start)));
    const mark = doc.createElement('span');
    mark.className = 'flag';
    mark.textContent = text.slice(span.start, span.end);
    inner.append(mark);
    at = span.end;
  }
  // A trailing newline needs a character after it to take up its line, as in the textarea.
  inner.append(doc.createTextNode(`${text.slice(at)}\u200b`));
  box.append(inner);
  layer.append(box);
}

/** Underlines Ranges with bars under their line boxes, when CSS highlights are unavailable. */
export function drawRangeUnderlines(layer: HTMLElement, ranges: Range[]): void {
  const doc = layer.ownerDocument;
  layer.replaceChildren();
  for (const range of ranges)
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const bar = doc.createElement('div');
      bar.className = 'underline';
      bar.style.left = `${r.left}px`;
      bar.style.top = `${r.bottom - 2}px`;
      bar.style.width = `${r.width}px`;
      layer.append(bar);
    }
}
