import type realNlp from 'compromise';

type Nlp = typeof realNlp;

/**
 * compromise for Chrome's service worker, loaded when first used rather than at every wake-up.
 * Evaluating compromise costs about half a second of CPU; a worker that Chrome stopped after 30 s
 * idle paid it again before it could answer anything. The build aliases `compromise` to this
 * module in the Chrome background only, and ships compromise's own single-file build beside it
 * (`/compromise.js`, which sets `self.nlp`), imported synchronously on first use.
 */

/** The packaged single-file build of compromise. */
const COMPROMISE_FILE = '/compromise.js';

declare const importScripts: (...urls: string[]) => void;

let real: Nlp | null = null;

/** True once compromise has been evaluated in this worker. */
export function nlpLoaded(): boolean {
  return real !== null;
}

/** Evaluates compromise now if it is not yet (synchronous: it blocks the worker while it runs). */
export function loadNlp(): Nlp {
  if (real) return real;
  importScripts(COMPROMISE_FILE);
  const loaded = (globalThis as { nlp?: Nlp }).nlp;
  if (!loaded) throw new Error('compromise did not load');
  real = loaded;
  return real;
}

/**
 * A worker may import a script after its first run only if it was imported while installing:
 * call this from the `install` event so later wake-ups can load compromise on demand.
 */
export function registerNlpForLaterImport(): void {
  loadNlp();
}

/** Stands in for compromise's default export: calls and property reads load it first. */
const nlp = new Proxy(function nlpStandIn() {} as unknown as Nlp, {
  apply: (_target, _this, args: unknown[]) => (loadNlp() as (...a: unknown[]) => unknown)(...args),
  get: (_target, key) => Reflect.get(loadNlp(), key),
});

export default nlp;
