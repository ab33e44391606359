import { BAND_HINTS, BAND_WORDS } from '../../lib/engine/bands';
import type { Band, Finding, PostSuggestion, Suggestion } from '../../lib/engine/types';
import { FindingList } from './FindingList';

/** A line the panel shows after an action. */
export interface PanelStatus {
  tone: 'ok' | 'warn';
  text: string;
}

/** What the panel shows and the actions it offers. */
export interface PanelProps {
  score: number;
  band: Band;
  /** Sales findings still shown (not ignored), in text order. */
  findings: Finding[];
  /** Authentic findings: what already works, in text order. */
  strengths: Finding[];
  postSuggestions: PostSuggestion[];
  status: PanelStatus | null;
  /** Opens above the meter ('up') or below it ('down'), whichever has room. */
  side: 'up' | 'down';
  /** An edit is being applied: apply buttons wait. */
  busy: boolean;
  onApply: (finding: Finding, suggestion: Suggestion) => void;
  onApplyPost: (suggestion: PostSuggestion) => void;
  onIgnore: (finding: Finding) => void;
  onClose: () => void;
}

/** The details card: what pulled the needle, why, and rewrites to apply. */
export function Panel(props: PanelProps) {
  const { findings, strengths, postSuggestions, status, busy } = props;
  const empty = findings.length === 0 && postSuggestions.length === 0;
  return (
    <section
      class="panel"
      role="dialog"
      aria-label="WhyFirst details"
      data-side={props.side}
      onMouseDown={(e) => {
        // Keeps the caret in the editor, except where a person means to focus (buttons do not).
        if (!(e.target as Element).closest('input, textarea')) e.preventDefault();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header class="head">
        <h2>
          {Math.round(props.score)} · {BAND_WORDS[props.band]}
        </h2>
        <button
          type="button"
          class="close"
          aria-label="Close WhyFirst details"
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      {status ? (
        <p class={`status ${status.tone}`} role="status">
          {status.text}
        </p>
      ) : (
        <p class="status-placeholder" role="status" />
      )}
      {props.band === 'neutral' ? <p class="empty">{BAND_HINTS.neutral}</p> : null}
      {empty && props.band !== 'neutral' ? (
        <p class="empty">Nothing reads like a sales pitch here. Keep it in your own words.</p>
      ) : null}
      {findings.length > 0 ? (
        <FindingList
          findings={findings}
          busy={busy}
          onApply={props.onApply}
          onIgnore={props.onIgnore}
        />
      ) : null}
      {postSuggestions.length > 0 ? (
        <div class="post">
          <h3>For the whole post</h3>
          <ul>
            {postSuggestions.map((p) => (
              <li key={`${p.kind}:${p.start}`} class="post-suggestion">
                <p class="message">{p.label}</p>
                <p class="why">{p.why}</p>
                {p.text.trim() !== '' ? <p class="quote">{p.text.trim()}</p> : null}
                <button
                  type="button"
                  class="apply"
                  aria-label={`Apply: ${p.label}`}
                  disabled={busy}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => props.onApplyPost(p)}
                >
                  Apply
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {strengths.length > 0 ? (
        <div class="strengths">
          <h3>Working for you</h3>
          <ul>
            {strengths.map((f) => (
              <li key={`${f.ruleId}:${f.start}`}>
                <span class="good">“{f.text}”</span> {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
