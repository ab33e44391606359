import { analyzeInWorker, REMOTE_MIN_CHARS } from '../../lib/analysis-service';
import { analyze } from '../../lib/engine/index';
import { type DraftSnapshot, isContentRequest } from '../../lib/messages';
import { adapterForHost } from '../../lib/sites/index';
import { isActiveOn, loadPrefs, type Prefs, watchPrefs } from '../../lib/storage';
import { Controller } from './controller';

/** How long the top frame waits for a frame holding the focused composer to answer first. */
const TOP_FRAME_GRACE_MS = 150;

function reportError(error: unknown): void {
  // Never thrown into the page; visible only while developing.
  if (import.meta.env.DEV) console.warn('[WhyFirst]', error);
}

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://www.linkedin.com/*',
  ],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const site = adapterForHost(location.hostname);
    if (!site) return;
    const analyzerFor = (prefs: Prefs) => (text: string) => {
      const options = { profile: prefs.profile, settings: prefs.settings };
      // A pasted book is analysed in the service worker, off the page's main thread.
      if (text.length >= REMOTE_MIN_CHARS)
        return analyzeInWorker(text, options).catch(() => analyze(text, options));
      return analyze(text, options);
    };
    let controller: Controller | null = null;

    const apply = (prefs: Prefs) => {
      if (ctx.isInvalid) return;
      if (!controller) controller = new Controller(document, site, analyzerFor(prefs), reportError);
      else controller.setAnalyzer(analyzerFor(prefs));
      if (isActiveOn(prefs, site.id)) controller.start();
      else controller.stop();
    };

    loadPrefs().then(apply).catch(reportError);
    const unwatch = watchPrefs((prefs) => {
      try {
        apply(prefs);
      } catch (error) {
        reportError(error);
      }
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => controller?.scan());

    const isTop = window.top === window;
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (answer: DraftSnapshot) => void,
    ): boolean | undefined => {
      if (!isContentRequest(message) || ctx.isInvalid) return undefined;
      const own = controller?.running ? controller.draft() : null;
      const focusedHere = document.hasFocus() && controller?.hasFocusedComposer() === true;
      if (focusedHere && own) {
        sendResponse(own);
        return undefined;
      }
      // Sub-frames only answer for a composer they hold; the top frame answers last, for the rest.
      if (!isTop) return undefined;
      setTimeout(() => {
        sendResponse(own ?? { kind: 'no-draft', site: site.id });
      }, TOP_FRAME_GRACE_MS);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      controller?.stop();
      controller = null;
    });
  },
});
