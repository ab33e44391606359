/** The journal's writer in the background: posts content scripts saw sent, analysed and recorded here. */
import { analyzeInFull } from '../engine-service';
import type { JournalRecordRequest } from '../messages';
import { isActiveOn, isKindActive, loadPrefs } from '../storage';
import type { JournalEntry } from './entry';
import { recordSend } from './store';

/**
 * Records a sent post: analysed in full with the user's profile and settings (as the composer's meter
 * was), kept by `recordSend` (the text only if the user chose, the retention applied). Resolves
 * to the entry, or null when WhyFirst is off for that site or kind, or nothing was stored; never
 * rejects.
 */
export async function recordFromPage(
  request: JournalRecordRequest,
  now = Date.now(),
): Promise<JournalEntry | null> {
  try {
    const prefs = await loadPrefs(now);
    if (!isActiveOn(prefs, request.site, now) || !isKindActive(prefs, request.composer))
      return null;
    const { profile, settings } = prefs;
    return await recordSend({
      site: request.site,
      kind: request.composer,
      text: request.text,
      report: analyzeInFull(request.text, { profile, settings }),
      time: Math.min(request.time, now),
    });
  } catch {
    return null;
  }
}
