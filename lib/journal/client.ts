/** The journal seen from a page: confirmed sends handed to the background, its one writer. */
import { browser } from 'wxt/browser';
import type { JournalRecordRequest } from '../messages';
import type { DetectedSend } from '../sends/watch';
import type { SiteId } from '../sites/ids';

/**
 * Asks the background to record a send; resolves true once recorded, false when it was not
 * (WhyFirst off there, storage full, the extension updated under the page). Never rejects.
 */
export async function recordInBackground(site: SiteId, send: DetectedSend): Promise<boolean> {
  const request: JournalRecordRequest = {
    kind: 'journal/record',
    site,
    composer: send.kind,
    text: send.text,
    time: send.time,
  };
  try {
    return (await browser.runtime.sendMessage(request)) === true;
  } catch {
    return false;
  }
}
