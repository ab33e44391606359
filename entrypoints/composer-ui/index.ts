import { browser } from 'wxt/browser';
import {
  analyzeInBackground,
  HEARTBEAT_MS,
  keepEngineAwake,
  wakeEngine,
} from '../../lib/engine-client';
import { TOP_FRAME_GRACE_MS, UI_LOADED } from '../../lib/loader';
import { type DraftSnapshot, isContentRequest } from '../../lib/messages';
import { adapterForHost } from '../../lib/sites/index';
import { isActiveOn, isKindActive, loadPrefs, type Prefs, watchPrefs } from '../../lib/storage';
import { Controller } from './controller';

function reportError(error: unknown): void {
  // Never thrown into the page; visible only while developing.
  if (import.meta.env.DEV) console.warn('[WhyFirst]', error);
}

/**
 * The composer UI: meters, panels, underlines and rewrites for every composer of this frame.
 * The background injects it into a frame the first time a composer there is used (see
 * composer-boot.ts), so pages that are only read never load it. Not a WXT content script on
 * purpose: WXT's content-script context announces itself to the page with a window message.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<symbol, unknown>;
  const site = adapterForHost(location.hostname);
  if (!site || scope[UI_LOADED]) return;
  scope[UI_LOADED] = true;
  const life = new AbortController();
  // An update or uninstall leaves this script orphaned: its runtime id goes away.
  const alive = () => {
    if (!life.signal.aborted && browser.runtime?.id === undefined) life.abort();
    return !life.signal.aborted;
  };

  const analyzerFor = (prefs: Prefs) => (text: string) =>
    analyzeInBackground(text, { profile: prefs.profile, settings: prefs.settings }).catch(
      (error: unknown) => {
        alive();
        throw error;
      },
    );
  let controller: Controller | null = null;
  const apply = (prefs: Prefs) => {
    if (!alive()) return;
    if (!controller) controller = new Controller(document, site, analyzerFor(prefs), reportError);
    else controller.setAnalyzer(analyzerFor(prefs));
    if (isActiveOn(prefs, site.id)) controller.start();
    else controller.stop();
    controller.setKinds((kind) => isKindActive(prefs, kind));
  };
  wakeEngine();
  loadPrefs().then(apply).catch(reportError);
  const unwatch = watchPrefs((prefs) => {
    try {
      apply(prefs);
    } catch (error) {
      reportError(error);
    }
  });
  // A composer used again after a quiet spell: the background's engine may be asleep by now, so
  // it starts waking on the focus or the first key, while the draft waits out its pause.
  const wakeIfWriting = () => {
    if (alive() && controller?.hasFocusedComposer()) wakeEngine();
  };
  for (const type of ['focusin', 'keydown'])
    document.addEventListener(type, wakeIfWriting, { capture: true, signal: life.signal });
  // While someone sits in a composer, the engine is kept from falling asleep under them.
  const heartbeat = setInterval(() => {
    if (document.hasFocus() && alive() && controller?.hasFocusedComposer()) keepEngineAwake();
  }, HEARTBEAT_MS);
  life.signal.addEventListener('abort', () => clearInterval(heartbeat));

  const isTop = window.top === window;
  const onMessage = (message: unknown): Promise<DraftSnapshot> | undefined => {
    if (!isContentRequest(message) || !alive()) return undefined;
    const own = controller?.running ? controller.draft() : null;
    if (own && document.hasFocus() && controller?.hasFocusedComposer()) return Promise.resolve(own);
    // Sub-frames only answer for a composer they hold; the top frame answers last, for the rest.
    if (!isTop) return undefined;
    return new Promise((resolve) =>
      setTimeout(() => resolve(own ?? { kind: 'no-draft', site: site.id }), TOP_FRAME_GRACE_MS),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);

  life.signal.addEventListener('abort', () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    controller?.stop();
    controller = null;
  });
});
