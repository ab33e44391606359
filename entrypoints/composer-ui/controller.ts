import { hasText } from '../../lib/editors/index';
import type { Report } from '../../lib/engine/types';
import type { DraftSnapshot } from '../../lib/messages';
import {
  type ComposerKind,
  composerFor,
  composerKind,
  detectTheme,
  findComposers,
  type SiteAdapter,
  shadowRootsOf,
} from '../../lib/sites/index';
import { Highlighter } from './highlights';
import { isFocused, Session } from './session';

/** How long DOM changes may pile up before composers are looked for again. */
const SCAN_DELAY_MS = 120;
/** Reports kept by text, so retyping or undoing to an earlier text costs nothing. */
const CACHE_SIZE = 32;

/**
 * Finds the composers of one document (and its open shadow roots) and keeps a session on each.
 * Started when a composer is first used, stopped when the site is switched off or paused.
 */
export class Controller {
  private readonly sessions = new Map<HTMLElement, Session>();
  private readonly highlighter = new Highlighter();
  private observed = new WeakSet<Node>();
  private observer: MutationObserver | null = null;
  private themeObserver: MutationObserver | null = null;
  private abort: AbortController | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private cache = new Map<string, Report>();
  private lastFocused: Session | null = null;
  /** Which kinds of composer get a meter (the options page turns each on or off). */
  private kindOn: (kind: ComposerKind) => boolean = () => true;

  constructor(
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private analyzer: (text: string) => Report | Promise<Report>,
    private readonly report: (error: unknown) => void,
  ) {}

  /** True while composers are being watched. */
  get running(): boolean {
    return this.observer !== null;
  }

  /** Starts watching the page; attaches to composers that hold text or take focus. */
  start(): void {
    if (this.observer) return;
    this.abort = new AbortController();
    this.observer = new MutationObserver((records) => {
      // Typing re-renders the editor's own DOM; that never adds or removes a composer.
      if (records.every((r) => this.insideEditor(r.target))) return;
      this.scheduleScan();
    });
    this.observe(this.doc);
    this.watchTheme();
    this.doc.addEventListener('focusin', (e) => this.guard(() => this.onFocusIn(e)), {
      capture: true,
      signal: this.abort.signal,
    });
    this.scan();
  }

  /** Detaches everything: meters, underlines, listeners. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    // A new observer after a resume must observe every root again.
    this.observed = new WeakSet<Node>();
    this.themeObserver?.disconnect();
    this.themeObserver = null;
    this.abort?.abort();
    this.abort = null;
    clearTimeout(this.scanTimer);
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    this.highlighter.dispose();
    this.lastFocused = null;
  }

  /** Uses a new analysis function (the user's profile or settings changed) and re-checks drafts. */
  setAnalyzer(analyzer: (text: string) => Report | Promise<Report>): void {
    this.analyzer = analyzer;
    this.cache.clear();
    for (const session of this.sessions.values()) session.refresh();
  }

  /** Limits meters to the kinds of composer turned on; meters on kinds turned off leave. */
  setKinds(kindOn: (kind: ComposerKind) => boolean): void {
    this.kindOn = kindOn;
    this.scan();
  }

  /** Looks for new and removed composers now (also after single-page navigation). */
  scan(): void {
    clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    if (!this.observer) return;
    for (const [editor, session] of this.sessions)
      if (!editor.isConnected || !this.wanted(editor)) this.detach(editor, session);
    const roots: (Document | ShadowRoot)[] = [this.doc, ...shadowRootsOf(this.doc, this.site)];
    for (const root of roots) {
      this.observe(root);
      for (const editor of findComposers(root, this.site).filter((e) => this.wanted(e)))
        if (!this.sessions.has(editor) && (hasText(editor) || isFocused(editor)))
          this.attach(editor);
    }
  }

  /** What the popup shows: the focused composer's draft, else the last focused one's. */
  draft(): Extract<DraftSnapshot, { kind: 'draft' }> | null {
    const focused = [...this.sessions.values()].find((s) => isFocused(s.editor));
    const session = focused ?? (this.lastFocused?.editor.isConnected ? this.lastFocused : null);
    const snap = session?.snapshot();
    return snap ? { kind: 'draft', site: this.site.id, ...snap } : null;
  }

  /** True when a composer in this document has focus. */
  hasFocusedComposer(): boolean {
    return [...this.sessions.keys()].some(isFocused);
  }

  /** Sites switch themes by a class, a style or X's theme-color meta; meters follow at once. */
  private watchTheme(): void {
    this.themeObserver = new MutationObserver(() =>
      this.guard(() => {
        for (const session of this.sessions.values()) session.retheme();
      }),
    );
    const attributes = { attributes: true, attributeFilter: ['class', 'style', 'content'] };
    this.themeObserver.observe(this.doc.documentElement, attributes);
    if (this.doc.body) this.themeObserver.observe(this.doc.body, attributes);
    if (this.doc.head)
      this.themeObserver.observe(this.doc.head, { ...attributes, subtree: true, childList: true });
  }

  private observe(root: Document | ShadowRoot): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private insideEditor(node: Node): boolean {
    for (const editor of this.sessions.keys()) if (editor.contains(node)) return true;
    return false;
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => this.guard(() => this.scan()), SCAN_DELAY_MS);
  }

  private onFocusIn(e: FocusEvent): void {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const editor = composerFor(target, this.site);
    if (!editor || !this.wanted(editor)) return;
    const session = this.sessions.get(editor) ?? this.attach(editor);
    this.lastFocused = session;
    // The observer of a shadow root holding this editor starts here if the scan has not met it.
    const root = editor.getRootNode();
    if (root instanceof ShadowRoot) this.observe(root);
  }

  /** A composer of this site, visible, not opted out, of a kind turned on. */
  private wanted(editor: HTMLElement): boolean {
    if (composerFor(editor, this.site) !== editor) return false;
    const kind = composerKind(editor, this.site);
    return kind === null || this.kindOn(kind);
  }

  private attach(editor: HTMLElement): Session {
    const session = new Session(editor, {
      site: this.site,
      analyze: (text) => this.analyze(text),
      theme: () => detectTheme(this.doc, this.site),
      highlighter: this.highlighter,
      onFocus: (s) => {
        this.lastFocused = s;
      },
      onOpen: (opened) => {
        for (const other of this.sessions.values()) if (other !== opened) other.closePanel();
      },
      report: this.report,
      signal: this.abort?.signal ?? AbortSignal.abort(),
    });
    this.sessions.set(editor, session);
    return session;
  }

  private detach(editor: HTMLElement, session: Session): void {
    session.dispose();
    this.sessions.delete(editor);
    if (this.lastFocused === session) this.lastFocused = null;
  }

  private analyze(text: string): Report | Promise<Report> {
    const cached = this.cache.get(text);
    if (cached) {
      // Refreshes its place as most recently used.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    const result = this.analyzer(text);
    if (typeof (result as { then?: unknown }).then === 'function')
      return (result as Promise<Report>).then((report) => this.remember(text, report));
    return this.remember(text, result as Report);
  }

  private remember(text: string, report: Report): Report {
    if (report.partial) return report;
    this.cache.set(text, report);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return report;
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.report(error);
    }
  }
}
