import type { Band, Profile, Report } from '../engine/types';

/** One parsed --jsonl input line, or why it was refused. */
export type JsonlInput = { ok: true; id: unknown; text: string } | { ok: false; reason: string };

/** Reads one JSON line `{"id": ..., "text": "..."}`; `id` may be any JSON value (null when absent). */
export function parseJsonlLine(line: string): JsonlInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'expected a JSON object like {"id": 1, "text": "..."}' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return {
      ok: false,
      reason:
        'text' in record ? '"text" must be a string' : 'missing "text" (expected {"id", "text"})',
    };
  }
  return { ok: true, id: 'id' in record ? record.id : null, text: record.text };
}

/** The batch output row for one input. */
export interface BatchRow {
  id: unknown;
  score: number;
  band: Band;
  salesiness: number;
  authenticity: number;
}

/** Picks the batch fields from a report, in a fixed key order. */
export function batchRow(id: unknown, report: Report): BatchRow {
  return {
    id,
    score: report.score,
    band: report.band,
    salesiness: report.salesiness,
    authenticity: report.authenticity,
  };
}

/** A profile file's content checked, or a plain-words reason it cannot be used. */
export type ProfileResult = { ok: true; profile: Profile } | { ok: false; reason: string };

/** Validates the JSON text of a --profile file: `mission` a string, `passions` a list of strings. */
export function parseProfile(json: string): ProfileResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, reason: `it is not valid JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'expected an object like {"mission": "...", "passions": ["..."]}' };
  }
  const record = value as Record<string, unknown>;
  const mission = record.mission ?? '';
  const passions = record.passions ?? [];
  if (typeof mission !== 'string') return { ok: false, reason: '"mission" must be a string' };
  if (!Array.isArray(passions) || !passions.every((p) => typeof p === 'string')) {
    return { ok: false, reason: '"passions" must be a list of strings' };
  }
  if (!('mission' in record) && !('passions' in record)) {
    return { ok: false, reason: 'it has neither "mission" nor "passions"' };
  }
  return { ok: true, profile: { mission, passions: passions as string[] } };
}
