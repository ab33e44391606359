import { analyze, setNlpReadiness } from './engine/index';
import type { AnalyzeOptions, Report } from './engine/types';

/** A short draft touching most rule families, so the first real draft finds the engine compiled. */
const WARM_TEXT =
  'Last week I learned something new from my team. Buy now, limited time only! DM me. What do you think?';

let warmed = false;
let loadModel: (() => void) | null = null;
let loadScheduled = false;

/**
 * In Chrome's service worker the language model (compromise) is loaded after the first answer
 * rather than before it: `loaded` says whether it is there, `load` evaluates it (about half a
 * second of CPU). Until then reports are partial (see `Report.partial`) and pages ask again.
 */
export function loadModelLater(loaded: () => boolean, load: () => void): void {
  setNlpReadiness(loaded);
  loadModel = load;
}

function scheduleModelLoad(): void {
  if (!loadModel || loadScheduled) return;
  loadScheduled = true;
  // After this task: the partial answer goes out first.
  setTimeout(() => {
    try {
      loadModel?.();
    } catch {
      loadScheduled = false;
    }
  }, 0);
}

/** Analyses a draft for a content script. The engine runs here, in the background, never in a page. */
export function analyzeForPage(text: string, options: AnalyzeOptions): Report {
  warmed = true;
  const report = analyze(text, options);
  if (report.partial) scheduleModelLoad();
  return report;
}

/** Analyses with the language model loaded first (for what is kept, such as a journal entry). */
export function analyzeInFull(text: string, options: AnalyzeOptions): Report {
  loadModel?.();
  return analyze(text, options);
}

/** Runs the engine once if it has not run since this background started (its first run compiles). */
export function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  analyze(WARM_TEXT);
}
