import type { Report } from '../../lib/engine/types';

/** Pause after the last change before analysing. */
export const DEBOUNCE_MS = 150;

/** When to ask again after a partial reading; the answer waits for the model in the background. */
const PARTIAL_RETRY_MS = 50;

/** What the loop needs: how to read the draft, analyse it, and show a result. */
export interface LoopEnv {
  read: () => string;
  /** Synchronous for cached drafts; a promise when the background analyses. */
  analyze: (text: string) => Report | Promise<Report>;
  show: (text: string, report: Report) => void;
  /** The draft is unchanged since the last result: show that result again (underlines were hidden). */
  unchanged: () => void;
  /** Nothing is due any more: the reading shown is for the draft as it is (optional). */
  settled?: () => void;
  report: (error: unknown) => void;
}

/**
 * When to analyse a draft: after a pause in typing, never during IME composition or while held,
 * one analysis in flight at a time, and once more when the draft changed meanwhile.
 */
export class AnalysisLoop {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private held = false;
  private inFlight = false;
  private again = false;
  private last: { text: string; report: Report } | null = null;
  private stopped = false;

  constructor(private readonly env: LoopEnv) {}

  /** The text and report last shown. */
  get current(): { text: string; report: Report } | null {
    return this.last;
  }

  /** Analyses after the pause, restarting it on every call. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.composing || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.now();
    }, DEBOUNCE_MS);
  }

  /** Analyses now, unless composing, held, or one is in flight (then once more after it). */
  now(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.composing || this.held || this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    let text: string;
    let result: Report | Promise<Report>;
    try {
      text = this.env.read();
      // A partial reading (the background's language model still loading) is asked for again.
      if (this.last && text === this.last.text && !this.last.report.partial) {
        this.env.unchanged();
        this.settle();
        return;
      }
      result = this.env.analyze(text);
    } catch (error) {
      this.env.report(error);
      return;
    }
    if (!isPromise(result)) {
      this.accept(text, result);
      this.settle();
      return;
    }
    this.inFlight = true;
    result
      .then((report) => this.accept(text, report), this.env.report)
      .finally(() => {
        this.inFlight = false;
        if (!this.again) {
          this.settle();
          return;
        }
        this.again = false;
        this.now();
      });
  }

  /** IME composition started or ended: nothing is analysed in between. */
  setComposing(on: boolean): void {
    this.composing = on;
    if (on) clearTimeout(this.timer);
    else this.schedule();
  }

  /** Holds analysis while an edit is being applied. */
  hold(on: boolean): void {
    this.held = on;
  }

  /** Forgets the last result, so the next analysis runs even for the same text (settings changed). */
  forget(): void {
    this.last = null;
  }

  /** Stops for good. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private settle(): void {
    if (this.timer === undefined && !this.inFlight && !this.stopped) this.env.settled?.();
  }

  private accept(text: string, report: Report): void {
    if (this.stopped) return;
    this.last = { text, report };
    if (report.partial && this.timer === undefined)
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.now();
      }, PARTIAL_RETRY_MS);
    try {
      this.env.show(text, report);
    } catch (error) {
      this.env.report(error);
    }
  }
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}
