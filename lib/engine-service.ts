import { analyze } from './engine/index';
import type { AnalyzeOptions, Report } from './engine/types';

/** A short draft touching most rule families, so the first real draft finds the engine compiled. */
const WARM_TEXT =
  'Last week I learned something new from my team. Buy now, limited time only! DM me. What do you think?';

let warmed = false;

/** Analyses a draft for a content script. The engine runs here, in the background, never in a page. */
export function analyzeForPage(text: string, options: AnalyzeOptions): Report {
  warmed = true;
  return analyze(text, options);
}

/** Runs the engine once if it has not run since this background started (its first run compiles). */
export function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  analyze(WARM_TEXT);
}
