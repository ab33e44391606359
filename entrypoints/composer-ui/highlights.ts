import { HIGHLIGHT_CSS } from '../../components/Meter/styles';

/** The name of the highlight that underlines flagged sales words. */
const HIGHLIGHT_NAME = 'whyfirst-sales';

/** True when the browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Underlines flagged words with the CSS Custom Highlight API: it paints Ranges without touching
 * the editor's DOM. One page-wide Highlight holds every session's ranges.
 */
export class Highlighter {
  private readonly bySession = new Map<object, Range[]>();
  private readonly styled = new WeakSet<Node>();
  private highlight: Highlight | null = null;
  private broken = false;

  /**
   * Replaces one session's ranges; `root` is the document or shadow root holding its editor.
   * False when the page will not take highlights (the caller draws its own underlines then).
   */
  set(owner: object, ranges: Range[], root: Document | ShadowRoot): boolean {
    if (!highlightsSupported() || this.broken) return false;
    try {
      this.style(root);
      this.bySession.set(owner, ranges);
      this.sync();
      return true;
    } catch {
      // Some content-script sandboxes expose the API but refuse our objects.
      this.broken = true;
      this.bySession.delete(owner);
      return false;
    }
  }

  /** Removes one session's ranges. */
  clear(owner: object): void {
    if (!this.bySession.delete(owner)) return;
    this.sync();
  }

  /** Removes everything, including the registration. */
  dispose(): void {
    this.bySession.clear();
    if (this.highlight && highlightsSupported()) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.highlight = null;
  }

  private sync(): void {
    if (!this.highlight) {
      this.highlight = new Highlight();
      CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    }
    this.highlight.clear();
    for (const ranges of this.bySession.values()) for (const r of ranges) this.highlight.add(r);
  }

  private style(root: Document | ShadowRoot): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const doc = root instanceof Document ? root : root.ownerDocument;
    const style = doc.createElement('style');
    style.dataset.whyfirst = 'highlight';
    style.textContent = HIGHLIGHT_CSS;
    const parent = root instanceof Document ? (root.head ?? root.documentElement) : root;
    parent.appendChild(style);
  }
}
