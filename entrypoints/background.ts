import { loadPrefs } from '../lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
    // Reading once after an install or update runs storage migrations and repairs bad data
    // before any page needs it.
    void loadPrefs();
  });
});
