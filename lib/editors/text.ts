/** A position in the DOM, as Range and Selection take it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

interface TextPiece {
  kind: 'text';
  start: number;
  end: number;
  node: Text;
}

/** A newline that is not in any text node: a `<br>` or a block boundary. */
interface BreakPiece {
  kind: 'break';
  start: number;
  end: number;
  before: DomPoint;
  after: DomPoint;
}

type Piece = TextPiece | BreakPiece;

/** The text of an editor as a person reads it, with a way back from offsets to DOM positions. */
export interface TextMap {
  text: string;
  /**
   * The DOM position at a text offset. At a boundary between two pieces, 'forward' picks the start
   * of the following one (for a range's start) and 'backward' the end of the preceding one.
   */
  pointAt(offset: number, bias: 'forward' | 'backward'): DomPoint;
  /** A DOM Range over [start, end), or null when the root is detached. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the root (e.g. the caret), or null outside it. */
  offsetOf(node: Node, offset: number): number | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function indexIn(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * Reads a contenteditable's text: text nodes as they are (no-break spaces read as spaces), a
 * `<br>` as a newline unless it only holds an empty or ending line open (editors put one there),
 * and a newline between blocks. Offsets are UTF-16, as the engine's.
 */
export function extractText(root: Node): TextMap {
  const pieces: Piece[] = [];
  let text = '';
  // Content on the current line since the last newline we emitted.
  let lineOpen = false;
  // A block ended since the last newline: the next block or content starts a new line.
  let needBreak = false;
  // A <br> seen but not yet known to count: it counts only when more content follows in its block.
  let pendingBr: { before: DomPoint; after: DomPoint } | null = null;
  let lastPoint: DomPoint = { node: root, offset: 0 };

  const emitBreak = (before: DomPoint, after: DomPoint) => {
    pieces.push({ kind: 'break', start: text.length, end: text.length + 1, before, after });
    text += '\n';
    lineOpen = false;
    lastPoint = after;
  };
  const flushBr = () => {
    if (pendingBr) emitBreak(pendingBr.before, pendingBr.after);
    pendingBr = null;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        flushBr();
        if (needBreak) {
          emitBreak(lastPoint, { node: child, offset: 0 });
          needBreak = false;
        }
        pieces.push({
          kind: 'text',
          start: text.length,
          end: text.length + data.length,
          node: child as Text,
        });
        text += data.replace(/\u00a0/g, ' ');
        lineOpen = true;
        lastPoint = { node: child, offset: data.length };
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        flushBr();
        if (needBreak) {
          emitBreak(lastPoint, { node, offset: indexIn(el) });
          needBreak = false;
        }
        const at = indexIn(el);
        pendingBr = { before: { node, offset: at }, after: { node, offset: at + 1 } };
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        // A <br> right before a block ends a line the block would end anyway, unless the line is empty.
        if (!lineOpen && !needBreak) flushBr();
        pendingBr = null;
        if (needBreak || lineOpen) emitBreak(lastPoint, { node: el, offset: 0 });
        needBreak = false;
        walk(el);
        pendingBr = null;
        needBreak = true;
        continue;
      }
      walk(el);
    }
  };
  walk(root);

  const pointAt = (offset: number, bias: 'forward' | 'backward'): DomPoint => {
    const at = Math.max(0, Math.min(offset, text.length));
    if (pieces.length === 0) return { node: root, offset: 0 };
    // First piece whose end reaches the offset.
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pieces[mid] as Piece).end >= at) hi = mid;
      else lo = mid + 1;
    }
    let piece = pieces[lo] as Piece;
    const next = pieces[lo + 1];
    if (bias === 'forward' && piece.end === at && next) piece = next;
    if (piece.kind === 'text') return { node: piece.node, offset: Math.max(0, at - piece.start) };
    return at <= piece.start ? piece.before : piece.after;
  };

  const rangeFor = (start: number, end: number): Range | null => {
    const doc = root.ownerDocument ?? (root as Document);
    if (!root.isConnected || typeof doc.createRange !== 'function') return null;
    const a = pointAt(start, 'forward');
    const b = start === end ? a : pointAt(end, 'backward');
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node !== root && !root.contains(node)) return null;
    if (node.nodeType === 3) {
      for (const piece of pieces)
        if (piece.kind === 'text' && piece.node === node)
          return piece.start + Math.min(offset, piece.end - piece.start);
      return null;
    }
    // An element position: count the text of every piece before the child at `offset`.
    const after = node.childNodes[offset] ?? null;
    let at = 0;
    for (const piece of pieces) {
      const probe = piece.kind === 'text' ? piece.node : piece.after.node;
      const before = after
        ? probe !== after &&
          !after.contains(probe) &&
          (after.compareDocumentPosition(probe) & 2) !== 0 // probe precedes `after`
        : probe === node || node.contains(probe);
      if (!before) break;
      at = piece.end;
    }
    return at;
  };

  return { text, pointAt, rangeFor, offsetOf };
}
