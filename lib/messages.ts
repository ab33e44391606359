import type { Report } from './engine/types';
import type { SiteId } from './sites/ids';

/** Requests the popup sends to the active tab's content script, keyed on `kind`. */
export type ContentRequest = { kind: 'draft/get' };

/** What the content script knows about the composer the user is writing in. */
export type DraftSnapshot =
  | { kind: 'draft'; site: SiteId; text: string; report: Report }
  | { kind: 'no-draft'; site: SiteId | null };
