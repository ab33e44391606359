import { browser } from 'wxt/browser';
import type { AnalyzeOptions, Report } from './engine/types';
import { type BackgroundRequest, isReportLike } from './messages';

/** How long a content script waits for the background's analysis, a cold start included. */
const ANALYZE_TIMEOUT_MS = 5_000;

/**
 * After this long without an answer the background may have been put to sleep (Chrome stops an
 * idle service worker after 30 s).
 */
const IDLE_MS = 20_000;

/** How often a focused composer tells the background it is still in use. */
export const HEARTBEAT_MS = 20_000;

let lastAnswer = 0;

function send(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Analyses a draft in the background; rejects when it does not answer in time. */
export function analyzeInBackground(text: string, options: AnalyzeOptions): Promise<Report> {
  return new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('analysis timed out')), ANALYZE_TIMEOUT_MS);
    send({ kind: 'engine/analyze', text, options }).then(
      (answer) => {
        clearTimeout(timer);
        lastAnswer = Date.now();
        if (isReportLike(answer)) resolve(answer);
        else reject(new Error('no analysis from the background'));
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Wakes the background's engine when it may be asleep, so a draft typed next does not wait for a
 * cold start. Cheap to call on every focus or first key: it sends at most once per idle spell.
 */
export function wakeEngine(now = Date.now()): void {
  if (now - lastAnswer < IDLE_MS) return;
  lastAnswer = now;
  send({ kind: 'engine/warm' }).catch(() => {
    lastAnswer = 0;
  });
}

/** Tells the background a composer is still in use, so it is not put to sleep under the writer. */
export function keepEngineAwake(): void {
  send({ kind: 'engine/warm' }).then(
    () => {
      lastAnswer = Date.now();
    },
    () => undefined,
  );
}
