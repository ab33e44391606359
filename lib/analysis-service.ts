import { browser } from 'wxt/browser';
import { analyze } from './engine/index';
import type { AnalyzeOptions, Report } from './engine/types';

/**
 * Drafts at least this long are analysed in the extension's service worker instead of the page:
 * a pasted book takes tens of milliseconds to analyse, which would be a long task on the page.
 */
export const REMOTE_MIN_CHARS = 12_000;

/** How long the content script waits for the service worker before analysing in the page. */
export const REMOTE_TIMEOUT_MS = 3_000;

/** A content script asking the service worker to analyse a draft. */
export interface AnalyzeRequest {
  kind: 'engine/analyze';
  text: string;
  options: AnalyzeOptions;
}

/** True for a well-formed AnalyzeRequest. */
export function isAnalyzeRequest(raw: unknown): raw is AnalyzeRequest {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  return (
    r.kind === 'engine/analyze' &&
    typeof r.text === 'string' &&
    typeof r.options === 'object' &&
    r.options !== null
  );
}

/** Answers AnalyzeRequests in the service worker; call once from the background entrypoint. */
export function serveAnalysis(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse?: (report: Report) => void) => {
      if (!isAnalyzeRequest(message)) return undefined;
      const report = analyze(message.text, message.options);
      // Chrome answers through sendResponse; promise-style runtimes through the return value.
      if (typeof sendResponse === 'function') {
        sendResponse(report);
        return undefined;
      }
      return Promise.resolve(report);
    },
  );
}

/** Analyses a draft in the service worker; rejects when it does not answer in time. */
export function analyzeInWorker(text: string, options: AnalyzeOptions): Promise<Report> {
  const request: AnalyzeRequest = { kind: 'engine/analyze', text, options };
  return new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('analysis timed out')), REMOTE_TIMEOUT_MS);
    browser.runtime.sendMessage(request).then(
      (answer: unknown) => {
        clearTimeout(timer);
        if (isReport(answer)) resolve(answer);
        else reject(new Error('no analysis from the service worker'));
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function isReport(raw: unknown): raw is Report {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  return typeof r.score === 'number' && typeof r.band === 'string' && Array.isArray(r.findings);
}
