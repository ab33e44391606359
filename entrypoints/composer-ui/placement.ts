/** Free width right of a one-line composer needed to put the pill beside it. */
const OUTSIDE_ROOM = 80;

/** Where the meter ended up: which way its panel opens and whether the box is a one-liner. */
export interface Placement {
  side: 'up' | 'down';
  compact: boolean;
}

/**
 * Moves the meter's root to the anchor's bottom-right corner (just outside a one-line box when
 * there is room) and sizes its panel to the room left. Reads layout: call it inside a frame.
 * Null, with the root hidden, when the meter should not show (`wanted` false or the anchor off screen).
 */
export function placeMeter(
  root: HTMLElement,
  anchor: HTMLElement,
  win: Window,
  wanted: boolean,
): Placement | null {
  const rect = anchor.getBoundingClientRect();
  const visible =
    wanted &&
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.top < win.innerHeight &&
    rect.right > 0 &&
    rect.left < win.innerWidth;
  root.hidden = !visible;
  if (!visible) return null;
  const compact = rect.height < 44 || rect.width < 240;
  // A one-line box has no corner to spare: the pill goes just outside it when there is room.
  const outside = compact && win.innerWidth - rect.right >= OUTSIDE_ROOM;
  const x = outside ? rect.right + 6 : Math.min(rect.right - 4, win.innerWidth - 4);
  const y = outside
    ? Math.min(rect.top + rect.height / 2 + 13, win.innerHeight - 4)
    : Math.min(rect.bottom - 4, win.innerHeight - 4);
  root.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  root.toggleAttribute('data-outside', outside);
  const side = y > win.innerHeight / 2 ? 'up' : 'down';
  const room = side === 'up' ? y - 40 : win.innerHeight - y - 40;
  root.style.setProperty('--room', `${Math.max(160, Math.round(room))}px`);
  root.style.setProperty('--wide', `${Math.max(240, Math.min(340, Math.round(x - 8)))}px`);
  return { side, compact };
}
