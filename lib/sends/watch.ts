/**
 * Send detection: a send is a site's send control or send key used while the draft holds text,
 * confirmed when within a few seconds the draft empties or the composer leaves the page, with no
 * other words in between. A draft that is cleared, abandoned or left without that gesture, or
 * that the site kept after it, is never reported.
 */
import { type ComposerKind, composerKind, type SiteAdapter } from '../sites/index';
import { isSendKey, sendControlsFor } from './spec';

/** A confirmed send. */
export interface DetectedSend {
  /** The draft as it was when the control or key was used. */
  text: string;
  kind: ComposerKind;
  via: 'click' | 'key';
  /** Epoch ms of the click or key press. */
  time: number;
}

/** What `watchSends` needs. */
export interface SendWatchOptions {
  composer: HTMLElement;
  /** The composer's current text, as the editor modules read it. */
  readText: () => string;
  /** The composer's site: its send controls and keys, and what the composer is for. */
  site: SiteAdapter;
  onSend: (send: DetectedSend) => void;
  /** Ends the watch for new sends when aborted (see `watchSends`). */
  signal?: AbortSignal;
  /** How long after the gesture the draft may take to empty or the composer to leave. */
  confirmWithinMs?: number;
}

/** Default wait for a send to be confirmed; sites clear the draft once their server answers. */
const CONFIRM_WITHIN_MS = 6000;
/** How often a pending send is checked. */
const CHECK_MS = 100;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Watches one composer for sends and calls `onSend` once per confirmed send. Returns a stop
 * function. Stopping (or aborting `signal`) ends the watch for new sends; a send already made is
 * reported at once if confirmed, else still checked until its time is up, so tearing a session
 * down as its composer leaves the page, or as a dialog hides before the site clears it, loses
 * nothing.
 */
export function watchSends(options: SendWatchOptions): () => void {
  const { composer, readText, site, onSend, signal } = options;
  const spec = site.sends;
  const within = options.confirmWithinMs ?? CONFIRM_WITHIN_MS;
  const doc = composer.ownerDocument;
  const selectors = spec.controls.map((c) => c.selector);
  let pending: (DetectedSend & { until: number }) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let stopped = false;

  const finish = (sent: boolean) => {
    if (!pending) return;
    const { until: _until, ...send } = pending;
    pending = null;
    clearTimeout(timer);
    timer = undefined;
    observer?.disconnect();
    observer = null;
    composer.removeEventListener('input', check);
    if (sent) onSend(send);
  };

  // Sent when the draft empties or the composer leaves. When the draft turns into other words
  // first (Enter only added a line, the person typed on), the site kept it: no send, even if it is
  // cleared by hand a moment later.
  function check(): void {
    if (!pending) return;
    const text = composer.isConnected ? readText() : '';
    if (isBlank(text)) finish(true);
    else if (text !== pending.text || Date.now() >= pending.until) finish(false);
  }

  const poll = () => {
    check();
    timer = pending ? setTimeout(poll, CHECK_MS) : undefined;
  };

  const gesture = (via: DetectedSend['via']) => {
    if (pending || !composer.isConnected) return;
    const text = readText();
    if (isBlank(text)) return;
    const time = Date.now();
    // Every adapter ends with a catch-all post composer, so a found composer always has a kind.
    const kind = composerKind(composer, site) ?? 'post';
    pending = { text, via, time, kind, until: time + within };
    // Each change is seen as it happens, so a new line then a clear is not taken for a send.
    observer = new MutationObserver(check);
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    composer.addEventListener('input', check);
    timer = setTimeout(poll, CHECK_MS);
  };

  const usesControl = (path: EventTarget[]) => {
    const hit = path.some(
      (node) => node instanceof Element && selectors.some((s) => matches(node, s)),
    );
    if (!hit) return false;
    const controls = sendControlsFor(composer, spec);
    return controls.some((control) => path.includes(control));
  };

  const onClick = (e: Event) => {
    if (usesControl(e.composedPath())) gesture('click');
  };
  const onKeydown = (e: Event) => {
    const key = e as KeyboardEvent;
    // Typing costs one comparison: only Enter and Space can send.
    if (key.key !== 'Enter' && key.key !== ' ') return;
    const path = key.composedPath();
    if (path.includes(composer)) {
      if (isSendKey(composer, spec, key)) gesture('key');
    } else if (usesControl(path)) {
      // A `[role="button"]` control is activated by the site's own key handler, with no click.
      gesture('key');
    }
  };

  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeydown, true);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeydown, true);
    check();
  };
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();
  return stop;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
