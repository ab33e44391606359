import { browser } from 'wxt/browser';
import { loadNlp, nlpLoaded, registerNlpForLaterImport } from '../lib/background/compromise-lazy';
import { analyzeForPage, loadModelLater, warmEngine } from '../lib/engine-service';
import { recordFromPage } from '../lib/journal/service';
import { isBackgroundRequest, isUnsavedMessage, UNSAVED_PORT } from '../lib/messages';
import { loadPrefs, saveMission, watchSyncToDevice } from '../lib/storage';

/** The composer UI's file in the package; injected into a frame when a composer there is used. */
const COMPOSER_UI = '/composer-ui.js';

type Sender = { tab?: { id?: number }; frameId?: number; documentId?: string };

/** Injects the composer UI into the frame that asked, in the content scripts' isolated world. */
async function injectComposerUi(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  // Chrome (MV3) has `scripting` by its permission; Firefox (MV2) injects through `tabs`.
  if (browser.scripting?.executeScript) {
    // A document id pins the very document that asked, even if its frame has navigated since.
    const target = sender.documentId
      ? { tabId, documentIds: [sender.documentId] }
      : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [COMPOSER_UI] });
  } else {
    await browser.tabs.executeScript(tabId, { file: COMPOSER_UI, frameId });
  }
  return true;
}

export default defineBackground(() => {
  // Chrome's worker answers before it has loaded compromise, then loads it; a worker may import
  // a script after its first run only if it imported it while installing.
  if (typeof (globalThis as { importScripts?: unknown }).importScripts === 'function') {
    self.addEventListener('install', () => registerNlpForLaterImport());
    loadModelLater(nlpLoaded, loadNlp);
  }

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
    // Reading once after an install or update runs storage migrations and repairs bad data
    // before any page needs it.
    void loadPrefs();
  });

  watchSyncToDevice();

  // The engine lives here: pages only ever hold the composer UI, and only once a composer is used.
  // So does the journal's one writer: posts sent in any tab are recorded one after another.
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    switch (message.kind) {
      case 'engine/analyze':
        return Promise.resolve(analyzeForPage(message.text, message.options));
      case 'engine/warm':
        // Answer first, then compile: the page is not kept waiting for the warm-up.
        setTimeout(warmEngine, 0);
        return Promise.resolve(true);
      case 'composer/load':
        setTimeout(warmEngine, 0);
        return injectComposerUi(sender);
      case 'journal/record':
        return recordFromPage(message).then((entry) => entry !== null);
    }
  });

  // A popup can close between a keystroke and its save; the last typed text arrives here first.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== UNSAVED_PORT) return;
    let unsaved: string | null = null;
    port.onMessage.addListener((message: unknown) => {
      if (!isUnsavedMessage(message)) return;
      unsaved = message.kind === 'mission/unsaved' ? message.mission : null;
    });
    port.onDisconnect.addListener(() => {
      if (unsaved !== null) void saveMission(unsaved);
    });
  });
});
