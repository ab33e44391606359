/** One journal entry: what WhyFirst knew about a post at the moment it was sent. */
import type { Band, Report } from '../engine/types';
import { SITE_IDS, type SiteId } from '../sites/ids';
import type { ComposerKind } from '../sites/types';

export type { ComposerKind } from '../sites/types';

/** The composer kinds, in the order the Journal lists them. */
export const COMPOSER_KINDS = ['post', 'reply', 'message'] as const satisfies ComposerKind[];

/** A band as the engine names it; entries from other engine versions may hold others. */
export type JournalBand = Band | (string & {});

/** A sent post, as the journal keeps it. */
export interface JournalEntry {
  /** Unique within the journal. */
  id: string;
  /** Epoch ms when it was sent. */
  time: number;
  site: SiteId;
  kind: ComposerKind;
  /** 0..100, 100 = fully authentic. */
  score: number;
  band: JournalBand;
  salesiness: number;
  authenticity: number;
  /** Checklist habits the post showed (checklist ids). */
  habits: string[];
  words: number;
  /** Ids of the engine rules that fired. */
  rules: string[];
  /** The words themselves, only when the user chose to keep them. */
  text?: string;
}

/** The longest text kept per entry; longer posts keep their start and an ellipsis. */
export const MAX_TEXT_CHARS = 5000;

const ID = /^[A-Za-z0-9-]{1,64}$/;
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function isPercent(raw: unknown): raw is number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 100;
}

function names(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || !raw.every((n) => typeof n === 'string' && NAME.test(n))) return null;
  return [...new Set(raw as string[])];
}

/** A stored entry checked field by field; null when anything is missing or damaged. */
export function checkEntry(raw: unknown): JournalEntry | null {
  if (!isRecord(raw)) return null;
  const { id, time, site, kind, score, band, salesiness, authenticity, words, text } = raw;
  const habits = names(raw.habits);
  const rules = names(raw.rules);
  if (
    typeof id !== 'string' ||
    !ID.test(id) ||
    typeof time !== 'number' ||
    !Number.isFinite(time) ||
    time <= 0 ||
    !SITE_IDS.includes(site as SiteId) ||
    !COMPOSER_KINDS.includes(kind as ComposerKind) ||
    !isPercent(score) ||
    !isPercent(salesiness) ||
    !isPercent(authenticity) ||
    typeof band !== 'string' ||
    !NAME.test(band) ||
    typeof words !== 'number' ||
    !Number.isInteger(words) ||
    words < 0 ||
    habits === null ||
    rules === null ||
    (text !== undefined && typeof text !== 'string')
  )
    return null;
  const entry: JournalEntry = {
    id,
    time,
    site: site as SiteId,
    kind: kind as ComposerKind,
    score,
    band,
    salesiness,
    authenticity,
    habits,
    words,
    rules,
  };
  if (typeof text === 'string' && text !== '') entry.text = text.slice(0, MAX_TEXT_CHARS);
  return entry;
}

/** Stored entries checked: damaged ones and repeated ids dropped, oldest first. */
export function checkEntries(raw: unknown): JournalEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: JournalEntry[] = [];
  for (const item of raw) {
    const entry = checkEntry(item);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  return out.sort((a, b) => a.time - b.time);
}

/** A sent post as the background records it: where, what for, the words, their analysis. */
export interface SendRecord {
  site: SiteId;
  kind: ComposerKind;
  /** The draft as sent. */
  text: string;
  /** The engine's report on that text. */
  report: Report;
  /** Epoch ms of the send; now when absent. */
  time?: number;
}

function keptText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_TEXT_CHARS ? trimmed : `${trimmed.slice(0, MAX_TEXT_CHARS - 1)}…`;
}

/** The entry for a send: numbers rounded, habits present, rules fired, the text only if kept. */
export function entryFromSend(send: SendRecord, keepText: boolean, id: string): JournalEntry {
  const { report } = send;
  const entry: JournalEntry = {
    id,
    time: send.time ?? Date.now(),
    site: send.site,
    kind: send.kind,
    score: Math.round(report.score),
    band: report.band,
    salesiness: Math.round(report.salesiness),
    authenticity: Math.round(report.authenticity),
    habits: report.checklist.filter((item) => item.done).map((item) => item.id),
    words: report.stats.words,
    rules: [...new Set(report.findings.map((f) => f.ruleId))].sort(),
  };
  if (keepText && send.text.trim() !== '') entry.text = keptText(send.text);
  return entry;
}
