import { h, render } from 'preact';
import { UI_CSS } from '../../components/Meter/styles';
import type { PanelStatus } from '../../components/Panel/Panel';
import { applyEdit, type Edit } from '../../lib/editors/apply';
import {
  type EditorKind,
  editorKind,
  readEditor,
  restoreSelection,
  selectionOffsets,
  splice,
} from '../../lib/editors/index';
import type { Finding, PostSuggestion, Report, Suggestion } from '../../lib/engine/types';
import { anchorFor, type SiteAdapter, type Theme } from '../../lib/sites/index';
import { copyText } from './clipboard';
import { type Highlighter, highlightsSupported } from './highlights';
import { drawRangeUnderlines, drawTextareaUnderlines } from './overlay';
import { ComposerUi, ignoreKey, visibleFindings } from './ui';

/** The host element's tag: a stable contract for tests and for anyone styling around it. */
export const HOST_TAG = 'whyfirst-meter';

/** Longest wait for an animation frame before drawing anyway. */
const FRAME_FALLBACK_MS = 50;

/** Free width right of a one-line composer needed to put the pill beside it. */
const OUTSIDE_ROOM = 80;

/** Pause after the last change before analysing. */
export const DEBOUNCE_MS = 150;

/** Underlines drawn at most: painting thousands of ranges in a pasted book costs a long frame. */
export const MAX_UNDERLINES = 300;

/** What a session needs from the page-wide controller. */
export interface SessionEnv {
  site: SiteAdapter;
  /** Synchronous for ordinary drafts; a promise when a long draft is analysed off the page. */
  analyze: (text: string) => Report | Promise<Report>;
  theme: () => Theme;
  highlighter: Highlighter;
  /** Called when this composer takes focus, so messages answer for the right draft. */
  onFocus: (session: Session) => void;
  /** Called when this session's panel opens, so others on the page close theirs. */
  onOpen: (session: Session) => void;
  /** Reports a caught error (console in development only). */
  report: (error: unknown) => void;
}

/** One composer with its meter, panel and underlines; lives until its editor leaves the page. */
export class Session {
  readonly kind: EditorKind;
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly root: HTMLDivElement;
  /** Our own underlines, where the Highlight API cannot reach (textareas, older browsers). */
  private readonly lines: HTMLDivElement;
  private readonly anchor: HTMLElement;
  private readonly abort = new AbortController();
  private readonly observers: { disconnect(): void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private frameTimer: ReturnType<typeof setTimeout> | undefined;
  private themeFrame = 0;
  private composing = false;
  /** Underlines are drawn by us (no usable Highlight API), so they follow scrolling. */
  private overlay = !highlightsSupported();
  /** An analysis is running off the page; only one at a time. */
  private inFlight = false;
  /** The draft changed while an analysis was running: analyse again when it ends. */
  private again = false;
  private text = '';
  private report: Report | null = null;
  private ignored = new Set<string>();
  private open = false;
  private status: PanelStatus | null = null;
  private busy = false;
  private side: 'up' | 'down' = 'up';
  private compact = false;
  private theme: Theme = 'light';
  private themeCheckedAt = 0;
  private disposed = false;
  /** Where the caret was when focus moved into the panel, to put it back on Escape. */
  private caret: { start: number; end: number } | null = null;
  /** When the person last changed the draft (an Apply must not join that undo step). */
  private typedAt: number | undefined;

  constructor(
    readonly editor: HTMLElement,
    private readonly env: SessionEnv,
  ) {
    this.kind = editorKind(editor);
    this.anchor = anchorFor(editor, env.site);
    const doc = editor.ownerDocument;
    this.host = doc.createElement(HOST_TAG);
    this.host.style.cssText =
      'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483000;';
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.root = doc.createElement('div');
    this.root.className = 'root';
    this.root.hidden = true;
    this.lines = doc.createElement('div');
    this.lines.className = 'lines';
    this.shadow.append(style, this.lines, this.root);
    // Outside an open modal <dialog> everything is inert; inside it (never inside the editor) is not.
    (editor.closest('dialog[open]') ?? doc.documentElement).appendChild(this.host);
    this.listen();
    this.analyzeNow();
  }

  /** Text and report of the last analysis. */
  snapshot(): { text: string; report: Report } | null {
    return this.report ? { text: this.text, report: this.report } : null;
  }

  /** Removes the meter, underlines and every listener. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.abort.abort();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.frameTimer);
    cancelAnimationFrame(this.themeFrame);
    for (const o of this.observers) o.disconnect();
    this.env.highlighter.clear(this);
    render(null, this.root);
    this.host.remove();
  }

  /** Forgets cached results (settings changed) and analyses again. */
  refresh(): void {
    this.text = '\u0000';
    this.analyzeNow();
  }

  /** Opens or closes the panel; from the keyboard, focus moves into it. */
  toggle(fromKeyboard: boolean): void {
    this.open = !this.open;
    this.status = null;
    if (this.open) this.env.onOpen(this);
    if (this.open && fromKeyboard && isFocused(this.editor))
      this.caret = selectionOffsets(this.editor);
    this.draw();
    if (this.open && fromKeyboard)
      requestAnimationFrame(() => {
        const target =
          this.shadow.querySelector<HTMLElement>('.panel button.apply') ??
          this.shadow.querySelector<HTMLElement>('.panel button');
        target?.focus();
      });
  }

  private guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (this.disposed) return;
      try {
        fn(...args);
      } catch (error) {
        this.env.report(error);
      }
    };
  }

  private listen(): void {
    const { signal } = this.abort;
    const editor = this.editor;
    const win = editor.ownerDocument.defaultView ?? window;
    const schedule = this.guard(() => this.schedule());
    editor.addEventListener('input', schedule, { signal });
    editor.addEventListener('input', () => (this.typedAt = performance.now()), { signal });
    // Drawn underlines would trail the words until the next check; hide them while typing.
    editor.addEventListener('input', () => (this.lines.hidden = true), { signal });
    editor.addEventListener('compositionstart', () => (this.composing = true), { signal });
    editor.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        schedule();
      },
      { signal },
    );
    // An empty composer shows its meter only while it has focus.
    editor.addEventListener('blur', () => this.draw(), { signal });
    editor.addEventListener(
      'focus',
      this.guard(() => {
        this.env.onFocus(this);
        this.draw();
      }),
      { signal },
    );
    editor.addEventListener(
      'keydown',
      this.guard((e: KeyboardEvent) => this.onKey(e)),
      {
        signal,
      },
    );
    // Some editors (Draft.js) cancel the native insert and re-render, so watch the DOM as well.
    if (this.kind !== 'textarea') {
      const mo = new MutationObserver(schedule);
      mo.observe(editor, { childList: true, subtree: true, characterData: true });
      this.observers.push(mo);
    }
    const place = this.guard(() => this.schedulePlace());
    const ro = new ResizeObserver(place);
    ro.observe(this.anchor);
    if (this.anchor !== editor) ro.observe(editor);
    this.observers.push(ro);
    win.addEventListener('scroll', place, { signal, capture: true, passive: true });
    win.addEventListener('resize', place, { signal, passive: true });
    this.shadow.addEventListener(
      'keydown',
      this.guard((e: Event) => {
        const k = e as KeyboardEvent;
        if ((k.key === 'Escape' && this.open) || isShortcut(k)) {
          k.preventDefault();
          this.close(true);
        }
      }),
      { signal },
    );
    // Keys pressed in our panel are ours: the site's hotkeys (X's "n", dialogs' Escape) stay quiet.
    for (const type of ['keydown', 'keyup', 'keypress'])
      this.shadow.addEventListener(type, (e) => e.stopPropagation(), { signal });
  }

  private onKey(e: KeyboardEvent): void {
    if (isShortcut(e)) {
      e.preventDefault();
      e.stopPropagation();
      this.toggle(true);
    } else if (e.key === 'Escape' && this.open && !e.isComposing) {
      // The panel is on top: Escape closes it before it closes the site's dialog.
      e.preventDefault();
      e.stopPropagation();
      this.close(false);
    }
  }

  /** Reads the page's theme again at the next frame. */
  retheme(): void {
    if (this.themeFrame) return;
    this.themeFrame = requestAnimationFrame(
      this.guard(() => {
        this.themeFrame = 0;
        this.theme = this.env.theme();
        this.themeCheckedAt = Date.now();
        this.root.dataset.theme = this.theme;
      }),
    );
  }

  /** Closes the panel without moving focus (another composer's panel opened). */
  closePanel(): void {
    if (this.open) this.close(false);
  }

  private close(refocus: boolean): void {
    this.open = false;
    this.status = null;
    this.draw();
    if (!refocus) return;
    const hadFocus = isFocused(this.editor);
    this.editor.focus({ preventScroll: true });
    const caret = this.caret;
    this.caret = null;
    if (!hadFocus && caret) {
      const { text } = readEditor(this.editor);
      if (caret.end <= text.length) restoreSelection(this.editor, caret);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.composing) return;
    this.timer = setTimeout(
      this.guard(() => this.analyzeNow()),
      DEBOUNCE_MS,
    );
  }

  private analyzeNow(): void {
    clearTimeout(this.timer);
    if (this.composing || this.busy) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const text = readEditor(this.editor).text;
    if (text === this.text && this.report) {
      if (this.lines.hidden) this.draw();
      return;
    }
    if (text.trim() === '') this.ignored.clear();
    const result = this.env.analyze(text);
    if (!isPromise(result)) {
      this.show(text, result);
      return;
    }
    this.inFlight = true;
    result
      .then((report) => this.show(text, report), this.env.report)
      .finally(
        this.guard(() => {
          this.inFlight = false;
          if (!this.again) return;
          this.again = false;
          this.analyzeNow();
        }),
      );
  }

  private show(text: string, report: Report): void {
    if (this.disposed) return;
    this.text = text;
    this.report = report;
    this.draw();
  }

  /** Draws everything in the next frame; layout is read there, never in input handlers. */
  private draw(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.frameTimer);
    const run = this.guard(() => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.frameTimer);
      this.paint(true);
    });
    this.frame = requestAnimationFrame(run);
    // Frames stall in a tab the browser throttles; the reading (and screen readers) still update.
    this.frameTimer = setTimeout(run, FRAME_FALLBACK_MS);
  }

  private schedulePlace(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(this.guard(() => this.paint(false)));
  }

  private paint(full: boolean): void {
    this.frame = 0;
    if (!this.report) return;
    const placed = this.place();
    if (!full) {
      if (this.drawsOwnLines()) this.underline();
      return;
    }
    const now = Date.now();
    if (now - this.themeCheckedAt > 1000) {
      this.theme = this.env.theme();
      this.themeCheckedAt = now;
    }
    this.root.dataset.theme = this.theme;
    if (!placed) this.open = false;
    render(
      h(ComposerUi, {
        report: this.report,
        ignored: this.ignored,
        open: this.open,
        side: this.side,
        compact: this.compact,
        empty: this.text.trim() === '',
        status: this.status,
        busy: this.busy,
        onToggle: this.guard(() => this.toggle(false)),
        onClose: this.guard(() => this.close(true)),
        onApply: this.guard((_f: Finding, s: Suggestion) => void this.applySuggestion(s)),
        onApplyPost: this.guard((p: PostSuggestion) => void this.applyPost(p)),
        onIgnore: this.guard((f: Finding) => this.ignore(f)),
      }),
      this.root,
    );
    this.underline();
  }

  /** Moves the meter to the anchor's bottom-right corner; false when the composer is not visible. */
  private place(): boolean {
    const rect = this.anchor.getBoundingClientRect();
    const win = this.editor.ownerDocument.defaultView ?? window;
    const visible =
      (this.text.trim() !== '' || isFocused(this.editor)) &&
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.top < win.innerHeight &&
      rect.right > 0 &&
      rect.left < win.innerWidth;
    this.root.hidden = !visible;
    if (!visible) return false;
    const compact = rect.height < 44 || rect.width < 240;
    // A one-line box has no corner to spare: the pill goes just outside it when there is room.
    const outside = compact && win.innerWidth - rect.right >= OUTSIDE_ROOM;
    const x = outside ? rect.right + 6 : Math.min(rect.right - 4, win.innerWidth - 4);
    const y = outside
      ? Math.min(rect.top + rect.height / 2 + 13, win.innerHeight - 4)
      : Math.min(rect.bottom - 4, win.innerHeight - 4);
    this.root.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    this.root.toggleAttribute('data-outside', outside);
    const side = y > win.innerHeight / 2 ? 'up' : 'down';
    const room = side === 'up' ? y - 40 : win.innerHeight - y - 40;
    this.root.style.setProperty('--room', `${Math.max(160, Math.round(room))}px`);
    this.root.style.setProperty('--wide', `${Math.max(240, Math.min(340, Math.round(x - 8)))}px`);
    if (side !== this.side || compact !== this.compact) {
      this.side = side;
      this.compact = compact;
      this.draw();
    }
    return true;
  }

  private drawsOwnLines(): boolean {
    return this.kind === 'textarea' || this.overlay;
  }

  private underline(): void {
    if (!this.report) return;
    const map = readEditor(this.editor);
    if (map.text !== this.text) return;
    const findings = visibleFindings(this.report, this.ignored);
    this.lines.hidden = this.root.hidden;
    if (this.editor instanceof HTMLTextAreaElement) {
      drawTextareaUnderlines(this.lines, this.editor, map.text, findings.slice(0, MAX_UNDERLINES));
      return;
    }
    const ranges: Range[] = [];
    for (const f of findings.slice(0, MAX_UNDERLINES)) {
      const r = map.rangeFor(f.start, f.end);
      if (r) ranges.push(r);
    }
    const root = this.editor.getRootNode();
    const scope = root instanceof ShadowRoot ? root : this.editor.ownerDocument;
    this.overlay = !this.env.highlighter.set(this, ranges, scope);
    if (this.overlay) drawRangeUnderlines(this.lines, ranges);
  }

  private ignore(f: Finding): void {
    this.ignored.add(ignoreKey(f));
    this.status = null;
    this.draw();
  }

  private applySuggestion(s: Suggestion): Promise<void> {
    return this.apply({
      start: s.start,
      end: s.end,
      text: s.text,
      expected: this.text.slice(s.start, s.end),
    });
  }

  private applyPost(p: PostSuggestion): Promise<void> {
    return this.apply({
      start: p.start,
      end: p.end,
      text: p.text,
      expected: this.text.slice(p.start, p.end),
    });
  }

  private async apply(edit: Edit): Promise<void> {
    if (this.busy || !this.report) return;
    const analysed = this.text;
    const rewritten = splice(analysed, edit.start, edit.end, edit.text);
    this.busy = true;
    this.status = null;
    this.draw();
    let outcome: Awaited<ReturnType<typeof applyEdit>>;
    try {
      outcome = await applyEdit(this.editor, edit, {
        analysed,
        typedAt: this.typedAt,
        caret: this.caret ?? undefined,
      });
    } catch (error) {
      this.env.report(error);
      outcome = {
        ok: false,
        reason: 'refused',
        restored: readEditor(this.editor).text === analysed,
      };
    }
    this.busy = false;
    if (this.disposed) return;
    if (outcome.ok) {
      this.status = { tone: 'ok', text: 'Applied. Ctrl+Z undoes it.' };
    } else if (outcome.reason === 'changed') {
      this.status = {
        tone: 'warn',
        text: 'Your draft changed since it was checked, so nothing was replaced. Here is a fresh check.',
      };
    } else {
      const copied = await copyText(rewritten, this.shadow);
      const where = copied
        ? 'The rewritten post is on your clipboard to paste.'
        : 'Copying the rewrite to the clipboard did not work either.';
      this.status = {
        tone: 'warn',
        text: outcome.restored
          ? `This editor did not accept the change, so your draft is as it was. ${where}`
          : `This editor took only part of the change and it could not be undone: please check your draft (Ctrl+Z). ${where}`,
      };
    }
    const status = this.status;
    this.analyzeNow();
    this.status = status;
    this.draw();
  }
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

/** True when the element (possibly inside a shadow root) has focus. */
export function isFocused(el: HTMLElement): boolean {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && (active === el || el.contains(active));
}

/** Alt+Shift+W opens and closes the panel. */
export function isShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW';
}
