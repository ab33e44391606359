import type { Finding, Suggestion } from '../../lib/engine/types';

/** Findings to list and what Apply and Ignore call. */
export interface FindingListProps {
  findings: Finding[];
  busy: boolean;
  onApply: (finding: Finding, suggestion: Suggestion) => void;
  onIgnore: (finding: Finding) => void;
}

/** A short, readable description of what a suggestion does. */
function suggestionText(s: Suggestion): string {
  return s.label.trim() !== '' ? s.label : s.text === '' ? 'Remove it' : `Use “${s.text}”`;
}

/** Sales findings in text order, each with its reason, its rewrites and Ignore. */
export function FindingList({ findings, busy, onApply, onIgnore }: FindingListProps) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class="finding" key={`${f.ruleId}:${f.start}:${f.end}`}>
          <p class="quote">
            <mark>{f.text}</mark>
          </p>
          <p class="message">{f.message}</p>
          <p class="why">{f.why}</p>
          <div class="actions">
            {f.suggestions.map((s) => (
              <div class="suggestion" key={`${s.start}:${s.end}:${s.text}`}>
                <span class="preview">{suggestionText(s)}</span>
                <button
                  type="button"
                  class="apply"
                  aria-label={`Apply: ${suggestionText(s)}`}
                  disabled={busy}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onApply(f, s)}
                >
                  Apply
                </button>
              </div>
            ))}
            <button
              type="button"
              class="ignore"
              aria-label={`Ignore “${f.text}”`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onIgnore(f)}
            >
              Ignore
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
