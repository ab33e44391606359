import { h, render } from 'preact';
import { UI_CSS } from '../../components/Meter/styles';
import type { PanelStatus } from '../../components/Panel/Panel';
import type { Edit } from '../../lib/editors/apply';
import { readEditor, restoreSelection, selectionOffsets } from '../../lib/editors/index';
import type { Finding, PostSuggestion, Report, Suggestion } from '../../lib/engine/types';
import { recordInBackground } from '../../lib/journal/client';
import { watchSends } from '../../lib/sends/watch';
import { anchorFor, type SiteAdapter, type Theme } from '../../lib/sites/index';
import { AnalysisLoop } from './analysis-loop';
import { applyRewrite } from './apply-flow';
import type { Highlighter } from './highlights';
import { placeMeter } from './placement';
import { ComposerUi, ignoreKey, visibleFindings } from './ui';
import { Underlines } from './underlines';

/** The host element's tag: a stable contract for tests and for anyone styling around it. */
const HOST_TAG = 'whyfirst-meter';

/**
 * Set on the host while the draft has changed since the reading shown (its analysis is due): the
 * reading is about to update. A stable hook for tests and for anyone styling around the meter.
 */
const PENDING = 'data-pending';

/** Longest wait for an animation frame before drawing anyway. */
const FRAME_FALLBACK_MS = 50;

/** What a session needs from the page-wide controller. */
export interface SessionEnv {
  site: SiteAdapter;
  /** Synchronous for cached drafts; a promise when the background analyses. */
  analyze: (text: string) => Report | Promise<Report>;
  theme: () => Theme;
  highlighter: Highlighter;
  /** Called when this composer takes focus, so messages answer for the right draft. */
  onFocus: (session: Session) => void;
  /** Called when this session's panel opens, so others on the page close theirs. */
  onOpen: (session: Session) => void;
  /** Reports a caught error (console in development only). */
  report: (error: unknown) => void;
  /** Aborts when the whole content script stops; the session then disposes itself. */
  signal: AbortSignal;
}

/**
 * One composer with its meter, panel and underlines; lives until its editor leaves the page.
 * It wires the editor's events to an analysis loop, draws in one frame, and hands placement,
 * underlines and the Apply flow to their own modules.
 */
export class Session {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly root: HTMLDivElement;
  private readonly anchor: HTMLElement;
  private readonly abort = new AbortController();
  private readonly observers: { disconnect(): void }[] = [];
  private readonly loop: AnalysisLoop;
  private readonly underlines: Underlines;
  private frame = 0;
  private frameTimer: ReturnType<typeof setTimeout> | undefined;
  private themeFrame = 0;
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
    const lines = doc.createElement('div');
    lines.className = 'lines';
    this.shadow.append(style, lines, this.root);
    this.underlines = new Underlines(lines, env.highlighter, editor);
    // Outside an open modal <dialog> everything is inert; inside it (never inside the editor) is not.
    (editor.closest('dialog[open]') ?? doc.documentElement).appendChild(this.host);
    this.loop = new AnalysisLoop({
      read: () => readEditor(editor).text,
      analyze: env.analyze,
      show: (text) => {
        if (this.disposed) return;
        if (text.trim() === '') this.ignored.clear();
        this.draw();
      },
      unchanged: () => this.draw(),
      settled: () => this.host.removeAttribute(PENDING),
      report: env.report,
    });
    if (env.signal.aborted) this.dispose();
    else env.signal.addEventListener('abort', () => this.dispose(), { signal: this.abort.signal });
    this.listen();
    this.host.setAttribute(PENDING, '');
    this.watchForSends();
    this.loop.now();
  }

  /** Text and report of the last analysis. */
  snapshot(): { text: string; report: Report } | null {
    return this.loop.current;
  }

  /** Removes the meter, underlines and every listener. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.abort.abort();
    this.loop.stop();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.frameTimer);
    cancelAnimationFrame(this.themeFrame);
    for (const o of this.observers) o.disconnect();
    this.underlines.clear();
    render(null, this.root);
    this.host.remove();
  }

  /** Forgets cached results (settings changed) and analyses again. */
  refresh(): void {
    this.loop.forget();
    this.loop.now();
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
    const schedule = this.guard(() => {
      // Once per burst of typing: the host sits in the page's DOM, where every change is seen.
      if (!this.host.hasAttribute(PENDING)) this.host.setAttribute(PENDING, '');
      this.loop.schedule();
    });
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      fn: (e: HTMLElementEventMap[K]) => void,
    ) => editor.addEventListener(type, this.guard(fn), { signal });
    on('input', () => {
      this.typedAt = performance.now();
      this.underlines.hide();
      schedule();
    });
    on('compositionstart', () => this.loop.setComposing(true));
    on('compositionend', () => this.loop.setComposing(false));
    // An empty composer shows its meter only while it has focus.
    on('blur', () => this.draw());
    on('focus', () => {
      this.env.onFocus(this);
      this.draw();
    });
    on('keydown', (e) => this.onKey(e));
    // Some editors (Draft.js) cancel the native insert and re-render, so watch the DOM as well.
    if (!(editor instanceof HTMLTextAreaElement)) {
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

  /**
   * The journal: each send confirmed in this composer goes to the background to be recorded. The
   * watch ends with the session; a send it already saw is still confirmed and recorded after.
   */
  private watchForSends(): void {
    const { editor } = this;
    const { site } = this.env;
    watchSends({
      composer: editor,
      readText: () => readEditor(editor).text,
      site,
      onSend: (send) => void recordInBackground(site.id, send),
      signal: this.abort.signal,
    });
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
    const current = this.loop.current;
    if (!current) return;
    const win = this.editor.ownerDocument.defaultView ?? window;
    const wanted = current.text.trim() !== '' || isFocused(this.editor);
    const placed = placeMeter(this.root, this.anchor, win, wanted);
    if (placed && (placed.side !== this.side || placed.compact !== this.compact)) {
      this.side = placed.side;
      this.compact = placed.compact;
      full = true;
    }
    if (!full) {
      if (this.underlines.drawnByUs) this.underline(current.text, current.report);
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
        report: current.report,
        ignored: this.ignored,
        open: this.open,
        side: this.side,
        compact: this.compact,
        empty: current.text.trim() === '',
        status: this.status,
        busy: this.busy,
        onToggle: this.guard(() => this.toggle(false)),
        onClose: this.guard(() => this.close(true)),
        onApply: this.guard((_f: Finding, s: Suggestion) => void this.apply(s)),
        onApplyPost: this.guard((p: PostSuggestion) => void this.apply(p)),
        onIgnore: this.guard((f: Finding) => this.ignore(f)),
      }),
      this.root,
    );
    this.underline(current.text, current.report);
  }

  private underline(text: string, report: Report): void {
    const map = readEditor(this.editor);
    if (map.text !== text) return;
    this.underlines.draw(map, visibleFindings(report, this.ignored), !this.root.hidden);
  }

  private ignore(f: Finding): void {
    this.ignored.add(ignoreKey(f));
    this.status = null;
    this.draw();
  }

  private async apply(rewrite: { start: number; end: number; text: string }): Promise<void> {
    const current = this.loop.current;
    if (this.busy || !current) return;
    const analysed = current.text;
    const edit: Edit = { ...rewrite, expected: analysed.slice(rewrite.start, rewrite.end) };
    this.busy = true;
    this.loop.hold(true);
    this.status = null;
    this.draw();
    const status = await applyRewrite(this.editor, edit, this.shadow, this.env.report, {
      analysed,
      typedAt: this.typedAt,
      caret: this.caret ?? undefined,
    });
    this.busy = false;
    this.loop.hold(false);
    if (this.disposed) return;
    this.status = status;
    this.loop.now();
    this.draw();
  }
}

/** True when the element (possibly inside a shadow root) has focus. */
export function isFocused(el: HTMLElement): boolean {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && (active === el || el.contains(active));
}

/** Alt+Shift+W opens and closes the panel. */
function isShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW';
}
