/** The journal as files: CSV (RFC 4180, safe to open in a spreadsheet) and JSON. */
import type { JournalEntry } from './entry';

/** CSV columns, in order. */
export const CSV_COLUMNS = [
  'time',
  'site',
  'kind',
  'score',
  'band',
  'salesiness',
  'authenticity',
  'habits',
  'words',
  'rules',
  'text',
] as const;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: a leading formula character defused with `'`, quoted when it must be. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The entries as CSV: a header row, one row per entry, CRLF line ends, times in ISO 8601 (UTC). */
export function toCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((e) =>
    [
      new Date(e.time).toISOString(),
      e.site,
      e.kind,
      e.score,
      e.band,
      e.salesiness,
      e.authenticity,
      e.habits.join(' '),
      e.words,
      e.rules.join(' '),
      e.text ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The entries as a JSON document that names its format and version. */
export function toJson(entries: readonly JournalEntry[], exportedAt = Date.now()): string {
  return JSON.stringify(
    {
      format: 'whyfirst-journal',
      version: 1,
      exported: new Date(exportedAt).toISOString(),
      entries,
    },
    null,
    2,
  );
}
