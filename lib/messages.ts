import { BANDS } from './engine/bands';
import type { AnalyzeOptions, Band, ChecklistItem, Report } from './engine/types';
import { SITE_IDS, type SiteId, siteForHost } from './sites/ids';
import { COMPOSER_KINDS, type ComposerKind } from './sites/kinds';
import { isRecord } from './validate';

/**
 * Requests content scripts send to the background, keyed on `kind`: analyse a draft (the engine
 * lives there, never in the page), wake the engine before a draft arrives, load the composer UI
 * into the sending frame once a composer is used, or record a post that was sent in the journal
 * (the background is its one writer, so two tabs sending at once cannot race).
 */
export type BackgroundRequest =
  | { kind: 'engine/analyze'; text: string; options: AnalyzeOptions }
  | { kind: 'engine/warm' }
  | { kind: 'composer/load' }
  | JournalRecordRequest;

/** A post sent from a composer: the text as sent, what the composer is for, when (epoch ms). */
export type JournalRecordRequest = {
  kind: 'journal/record';
  site: SiteId;
  composer: ComposerKind;
  text: string;
  time: number;
};

/** True for a well-formed BackgroundRequest. */
export function isBackgroundRequest(raw: unknown): raw is BackgroundRequest {
  if (!isRecord(raw)) return false;
  if (raw.kind === 'engine/warm' || raw.kind === 'composer/load') return true;
  if (raw.kind === 'journal/record')
    return (
      isSite(raw.site) &&
      COMPOSER_KINDS.includes(raw.composer as ComposerKind) &&
      typeof raw.text === 'string' &&
      typeof raw.time === 'number' &&
      Number.isFinite(raw.time) &&
      raw.time > 0
    );
  return raw.kind === 'engine/analyze' && typeof raw.text === 'string' && isRecord(raw.options);
}

/** Requests the popup sends to the active tab's content script, keyed on `kind`. */
export type ContentRequest = { kind: 'draft/get' };

/**
 * What the content script knows about the composer the user is writing in. Only the top frame
 * or the frame holding the focused composer answers, so one tab gives one answer.
 */
export type DraftSnapshot =
  | { kind: 'draft'; site: SiteId; text: string; report: Report }
  | { kind: 'no-draft'; site: SiteId | null };

/**
 * What the popup gets back from the active tab: a snapshot, or why there is none. `site` is set
 * when the tab is on a supported site that did not answer (opened before an install or update).
 */
export type TabAnswer = DraftSnapshot | { kind: 'unreachable'; detail: string; site?: SiteId };

/** Shown when the active tab has no WhyFirst content script to answer. */
export const UNREACHABLE_HINT =
  'Open X, Facebook or LinkedIn and start a post to see your checklist.';

/** Shown when the active tab is on a supported site but its page predates WhyFirst's install or update. */
export const RELOAD_HINT =
  'Reload this tab to use WhyFirst here: it was opened before WhyFirst was installed or updated.';

/** True for a request this build understands; anything else is ignored by receivers. */
export function isContentRequest(raw: unknown): raw is ContentRequest {
  return isRecord(raw) && raw.kind === 'draft/get';
}

function isSite(raw: unknown): raw is SiteId {
  return SITE_IDS.includes(raw as SiteId);
}

function isScore(raw: unknown): raw is number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 100;
}

function isChecklistItem(raw: unknown): raw is ChecklistItem {
  return (
    isRecord(raw) &&
    typeof raw.id === 'string' &&
    typeof raw.label === 'string' &&
    typeof raw.done === 'boolean'
  );
}

/** True when `raw` has the parts of a Report the meter and popup show (score, band, findings, checklist). */
export function isReportLike(raw: unknown): raw is Report {
  return (
    isRecord(raw) &&
    isScore(raw.score) &&
    BANDS.includes(raw.band as Band) &&
    Array.isArray(raw.findings) &&
    Array.isArray(raw.checklist) &&
    raw.checklist.every(isChecklistItem)
  );
}

/** Checks an answer from a content script, which may be an older or newer build. */
export function isDraftSnapshot(raw: unknown): raw is DraftSnapshot {
  if (!isRecord(raw)) return false;
  if (raw.kind === 'no-draft') return raw.site === null || isSite(raw.site);
  return (
    raw.kind === 'draft' &&
    isSite(raw.site) &&
    typeof raw.text === 'string' &&
    isReportLike(raw.report)
  );
}

function siteOfUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? siteForHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** The slice of `browser` this module needs, so tests can pass a fake. */
export interface TabsApi {
  tabs: {
    query(q: {
      active: boolean;
      currentWindow: boolean;
    }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * Asks the active tab's content script for its draft. Never throws: a tab without the content
 * script (another site, a tab opened before an install or update) gives `unreachable`.
 */
export async function sendToActiveTab(request: ContentRequest, api: TabsApi): Promise<TabAnswer> {
  let site: SiteId | null = null;
  const unreachable = (detail: string): TabAnswer =>
    site === null ? { kind: 'unreachable', detail } : { kind: 'unreachable', detail, site };
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return unreachable('no active tab');
    // The URL is visible only for the sites WhyFirst has host access to, which is all it needs.
    site = siteOfUrl(tab.url);
    const answer = await api.tabs.sendMessage(tab.id, request);
    if (isDraftSnapshot(answer)) return answer;
    return unreachable(answer === undefined ? 'no answer' : 'an answer this version cannot read');
  } catch (error) {
    return unreachable(error instanceof Error ? error.message : String(error));
  }
}

/** Port a page holds open while it has typed text not yet saved; the background saves it on close. */
export const UNSAVED_PORT = 'whyfirst/unsaved';

/** What a page tells the background over UNSAVED_PORT. */
export type UnsavedMessage =
  | { kind: 'mission/unsaved'; mission: string }
  | { kind: 'mission/saved' };

/** True for a well-formed UnsavedMessage. */
export function isUnsavedMessage(raw: unknown): raw is UnsavedMessage {
  if (!isRecord(raw)) return false;
  if (raw.kind === 'mission/saved') return true;
  return raw.kind === 'mission/unsaved' && typeof raw.mission === 'string';
}
