import type { TextMap } from '../../lib/editors/index';
import type { Finding } from '../../lib/engine/types';
import { type Highlighter, highlightsSupported } from './highlights';
import { drawRangeUnderlines, drawTextareaUnderlines } from './overlay';

/** Underlines drawn at most: painting thousands of ranges in a pasted book costs a long frame. */
const MAX_UNDERLINES = 300;

/**
 * One composer's underlines: CSS highlights where the page takes them (no DOM of ours), else bars
 * drawn in our own layer, which also serves textareas (a mirror of their text).
 */
export class Underlines {
  /** Underlines are drawn by us (no usable Highlight API), so they follow scrolling. */
  private overlay = !highlightsSupported();

  constructor(
    private readonly layer: HTMLElement,
    private readonly highlighter: Highlighter,
    private readonly editor: HTMLElement,
  ) {}

  /** True when the underlines are ours to move on scroll and resize. */
  get drawnByUs(): boolean {
    return this.editor instanceof HTMLTextAreaElement || this.overlay;
  }

  /** Hides drawn underlines (they would trail the words while typing); highlights move by themselves. */
  hide(): void {
    this.layer.hidden = true;
  }

  /** Underlines the findings over the editor's current text; `visible` mirrors the meter's. */
  draw(map: TextMap, findings: readonly Finding[], visible: boolean): void {
    const shown = findings.slice(0, MAX_UNDERLINES);
    this.layer.hidden = !visible;
    if (this.editor instanceof HTMLTextAreaElement) {
      drawTextareaUnderlines(this.layer, this.editor, map.text, shown);
      return;
    }
    const ranges: Range[] = [];
    for (const f of shown) {
      const r = map.rangeFor(f.start, f.end);
      if (r) ranges.push(r);
    }
    const root = this.editor.getRootNode();
    const scope = root instanceof ShadowRoot ? root : this.editor.ownerDocument;
    this.overlay = !this.highlighter.set(this, ranges, scope);
    if (this.overlay) drawRangeUnderlines(this.layer, ranges);
  }

  /** Removes this composer's highlights. */
  clear(): void {
    this.highlighter.clear(this);
  }
}
