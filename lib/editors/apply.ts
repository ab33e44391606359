import { draft } from './draft';
import { type EditorDriver, selectSpan } from './driver';
import { type EditorKind, editorKind, readEditor, selectionOffsets, splice } from './index';
import { lexical } from './lexical';
import { plain } from './plain';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { relocate } from './relocate';

/** One replacement: [start, end) of the analysed text becomes `text` ('' deletes). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** What [start, end) held when the draft was analysed; the edit is refused if it changed. */
  expected: string;
}

/** What an Apply may know beyond the edit. */
export interface ApplyOptions {
  /** The text the edit's offsets refer to: the span then follows typing elsewhere in the draft. */
  analysed?: string;
  /** `performance.now()` of the person's last input in this editor (see `EditorDriver.undoGroupMs`). */
  typedAt?: number;
  /** Where the caret was (offsets of `analysed`) before focus left the editor for the panel. */
  caret?: { start: number; end: number };
}

/** What became of an edit: taken (with the editor's text after it), or why not. */
export type ApplyOutcome =
  | { ok: true; text: string }
  /** 'changed': the span no longer holds what was analysed; nothing was touched. */
  | { ok: false; reason: 'changed' }
  /** 'refused': the editor did not take the edit; `restored` says the draft is as before. */
  | { ok: false; reason: 'refused'; restored: boolean };

const DRIVERS: Record<EditorKind, EditorDriver> = {
  draft,
  lexical,
  quill,
  prosemirror,
  textarea: plain,
  contenteditable: plain,
};

/** The driver for an editor's framework. */
function driverFor(el: HTMLElement): EditorDriver {
  return DRIVERS[editorKind(el)];
}

/** How long a change must stay before it counts as taken. */
const SETTLE_MS = 60;
/** Longest wait for a pause in typing before an Apply goes ahead anyway. */
const MAX_QUIET_MS = 3000;

function sleep(win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    // A hidden tab never paints, so a timer backs the frame up.
    const timer = win.setTimeout(resolve, 50);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}

function hasFocus(el: HTMLElement): boolean {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && (active === el || el.contains(active));
}

/**
 * Focuses the editor and returns the element to edit once the editor has taken the focus in (its
 * focus handlers update its model a render later, and Draft.js ignores selections until then):
 * LinkedIn re-creates its message editor on focus, and then the one that took focus is the editor.
 */
async function focusEditor(
  el: HTMLElement,
  win: Window,
  known?: { start: number; end: number },
): Promise<HTMLElement> {
  if (hasFocus(el)) return el;
  const root = el.getRootNode() as Document | ShadowRoot;
  // Focus alone may put the caret at the start; keys typed from now on belong where it was.
  const caret = known ?? selectionOffsets(el);
  el.focus({ preventScroll: true });
  if (caret && el.isConnected) selectSpan(el, caret.start, caret.end);
  await nextFrame(win);
  if (el.isConnected) return el;
  const active = root.activeElement;
  return active instanceof HTMLElement &&
    (active.isContentEditable || active instanceof HTMLTextAreaElement)
    ? active
    : el;
}

/** Waits until `ms` passed since the last input in the editor (known or seen), at most MAX_QUIET_MS. */
async function quiet(el: HTMLElement, ms: number, typedAt: number | undefined, win: Window) {
  const started = win.performance.now();
  let last = typedAt ?? started;
  const seen = () => {
    last = win.performance.now();
  };
  el.addEventListener('input', seen);
  try {
    for (;;) {
      const now = win.performance.now();
      const wait = Math.min(last + ms + 20, started + MAX_QUIET_MS) - now;
      if (wait <= 0) return;
      await sleep(win, wait);
    }
  } finally {
    el.removeEventListener('input', seen);
  }
}

/** The edit's span in `text`, following changes made since `analysed`; null when it is gone. */
function locate(edit: Edit, text: string, analysed: string): { start: number; end: number } | null {
  const span = relocate(analysed, text, edit.start, edit.end);
  return span && text.slice(span.start, span.end) === edit.expected ? span : null;
}

/**
 * Replaces a span through the editor's own input path (the framework's driver), so its model
 * stays equal to the screen and one Ctrl+Z reverts it. Selecting and writing happen in one task,
 * so a key pressed meanwhile lands after the rewrite, never on the flagged words. Where the
 * editor would fold the change into the person's last typing for undo, it first waits for a
 * pause; keys typed then land where the caret is, and the span follows them. Verifies the
 * result; an edit that did not take is undone, never left half done.
 */
export async function applyEdit(
  el: HTMLElement,
  edit: Edit,
  opts: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const win = el.ownerDocument.defaultView;
  if (!win) return { ok: false, reason: 'refused', restored: true };
  const analysed = opts.analysed ?? readEditor(el).text;
  const caret = opts.caret && opts.caret.end <= readEditor(el).text.length ? opts.caret : undefined;
  let editor = await focusEditor(el, win, caret);
  const driver = driverFor(editor);
  if (driver.undoGroupMs > 0) {
    await quiet(editor, driver.undoGroupMs, opts.typedAt, win);
    editor = await focusEditor(editor, win);
  }
  // Keys typed while focusing or waiting landed at the caret; the span follows them.
  const before = readEditor(editor).text;
  const span = locate(edit, before, analysed);
  if (!span) return { ok: false, reason: 'changed' };
  const wanted = splice(before, span.start, span.end, edit.text);

  // A key, paste or drop of the person's from here on is theirs: never undone to take back ours.
  let personActed = false;
  const acted = (e: Event) => {
    if (e.isTrusted) personActed = true;
  };
  const acts = ['keydown', 'paste', 'drop', 'compositionstart'] as const;
  for (const type of acts) editor.addEventListener(type, acted, true);
  let took = false;
  let after: string;
  try {
    try {
      took = driver.replace(editor, before, span.start, span.end, edit.text);
    } catch {
      took = false;
    }
    await nextFrame(win);
    after = readEditor(editor).text;
  } finally {
    for (const type of acts) editor.removeEventListener(type, acted, true);
  }
  // The edit landed, possibly with keys the person typed right after it (the caret is there).
  const head = before.slice(0, span.start) + edit.text;
  const tail = before.slice(span.end);
  const landed =
    (after !== before || wanted === before) &&
    after.length >= wanted.length &&
    after.startsWith(head) &&
    after.endsWith(tail);
  if (landed) {
    // Some editors accept an input and revert it in a later update; only a change that stays counts.
    await nextFrame(win);
    await sleep(win, SETTLE_MS);
    const later = readEditor(editor).text;
    if (later === before) return { ok: false, reason: 'refused', restored: true };
    // Anything else is the person typing on: the edit took, and their keys are theirs.
    return { ok: true, text: later };
  }
  if (after === before) return { ok: false, reason: 'refused', restored: true };
  // The person wrote on before the edit could be checked: an undo now would take their keys too.
  if (personActed) return { ok: false, reason: 'changed' };
  // Half an edit is worse than none: take back whatever did happen.
  if (took) {
    try {
      editor.ownerDocument.execCommand('undo', false);
    } catch {
      // Reported through `restored` below.
    }
    await nextFrame(win);
  }
  return { ok: false, reason: 'refused', restored: readEditor(editor).text === before };
}
