import { serveAnalysis } from '../lib/analysis-service';
import { isUnsavedMessage, UNSAVED_PORT } from '../lib/messages';
import { loadPrefs, saveMission, watchSyncToDevice } from '../lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
    // Reading once after an install or update runs storage migrations and repairs bad data
    // before any page needs it.
    void loadPrefs();
  });

  watchSyncToDevice();

  // Content scripts hand very long drafts here so the page's main thread stays free.
  serveAnalysis();

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
