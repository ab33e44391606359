import {
  bootApi,
  deepActiveElement,
  type NoDraft,
  requestComposerUi,
  TOP_FRAME_GRACE_MS,
  UI_LOADED,
} from '../lib/loader';
import { isContentRequest } from '../lib/messages';
import { adapterForHost, composerFor } from '../lib/sites/index';

/**
 * The only script in every frame of X, Facebook and LinkedIn, kept small on purpose (no polyfill):
 * it waits for a composer to take focus, then asks the background to load the composer UI into
 * this frame. Until then it adds one focus listener and nothing a page could see. Listed in the
 * manifest by wxt.config.ts rather than as a WXT content script, because WXT's content-script
 * context posts a window message (with the extension's id) that any page can read.
 */
export default defineUnlistedScript(() => {
  const site = adapterForHost(location.hostname);
  if (!site) return;
  const scope = globalThis as Record<symbol, unknown>;
  const life = new AbortController();
  let asked = false;

  // The extension API is touched only once it is needed: Chrome builds its bindings on first use,
  // which cost more than the rest of this script in a frame nobody writes in.
  const load = () => {
    if (asked || scope[UI_LOADED]) return;
    const api = bootApi();
    if (api?.runtime?.id === undefined) {
      // Orphaned by an update or uninstall: nothing to load from any more.
      life.abort();
      return;
    }
    asked = true;
    requestComposerUi(api).then(
      (loaded) => {
        if (loaded) life.abort();
        else asked = false;
      },
      () => {
        asked = false;
      },
    );
  };
  const isComposer = (target: EventTarget | null | undefined) =>
    target instanceof Element && composerFor(target, site) !== null;

  document.addEventListener(
    'focusin',
    (e) => {
      if (isComposer(e.composedPath()[0])) load();
    },
    { capture: true, signal: life.signal },
  );
  // A composer focused before this script ran (it runs once the page is idle).
  const active = document.activeElement;
  if (active && active !== document.body && isComposer(deepActiveElement(document))) load();

  // The popup asks for the draft before any composer here was used: the top frame says there is
  // none, after giving a frame that holds a focused composer the time to answer first.
  const api = window.top === window ? bootApi() : undefined;
  api?.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (answer: NoDraft) => void) => {
      if (!isContentRequest(message) || scope[UI_LOADED]) return undefined;
      setTimeout(() => sendResponse({ kind: 'no-draft', site: site.id }), TOP_FRAME_GRACE_MS);
      return true;
    },
  );
});
