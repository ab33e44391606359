/**
 * Where [start, end) of `from` sits in `to`, when the text changed only outside it (someone typed
 * elsewhere); null when a change touched the span or its edges.
 */
export function relocate(
  from: string,
  to: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  if (from === to) return { start, end };
  const max = Math.min(from.length, to.length);
  let head = 0;
  while (head < max && from.charCodeAt(head) === to.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)
  )
    tail++;
  // The change is [head, from.length - tail) of `from`, [head, to.length - tail) of `to`.
  if (from.length - tail <= start) {
    const shift = to.length - from.length;
    return { start: start + shift, end: end + shift };
  }
  return head >= end ? { start, end } : null;
}
