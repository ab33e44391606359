import { Meter } from '../../components/Meter/Meter';
import { Panel, type PanelStatus } from '../../components/Panel/Panel';
import type { Finding, PostSuggestion, Report, Suggestion } from '../../lib/engine/types';

/** Everything the meter and its panel show, and what they call back. */
export interface ComposerUiProps {
  report: Report;
  /** Keys of findings the user ignored for this draft (see `ignoreKey`). */
  ignored: ReadonlySet<string>;
  open: boolean;
  side: 'up' | 'down';
  compact: boolean;
  /** The draft holds no text yet. */
  empty: boolean;
  status: PanelStatus | null;
  busy: boolean;
  onToggle: () => void;
  onClose: () => void;
  onApply: (finding: Finding, suggestion: Suggestion) => void;
  onApplyPost: (suggestion: PostSuggestion) => void;
  onIgnore: (finding: Finding) => void;
}

/** Ignoring a finding hides it and any repeat of the same words for the same rule. */
export function ignoreKey(f: Pick<Finding, 'ruleId' | 'text'>): string {
  return `${f.ruleId}\u0000${f.text.toLowerCase()}`;
}

/** The sales findings still to show, in text order. */
export function visibleFindings(report: Report, ignored: ReadonlySet<string>): Finding[] {
  return report.findings
    .filter((f) => f.polarity === 'sales' && !ignored.has(ignoreKey(f)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The meter with its panel, as rendered in the composer's shadow root. */
export function ComposerUi(props: ComposerUiProps) {
  const { report, open } = props;
  const findings = visibleFindings(report, props.ignored);
  const strengths = report.findings
    .filter((f) => f.polarity === 'authentic')
    .sort((a, b) => a.start - b.start);
  return (
    <div class="anchor">
      {open ? (
        <Panel
          score={report.score}
          band={report.band}
          findings={findings}
          strengths={strengths}
          postSuggestions={report.postSuggestions}
          status={props.status}
          side={props.side}
          busy={props.busy}
          onApply={props.onApply}
          onApplyPost={props.onApplyPost}
          onIgnore={props.onIgnore}
          onClose={props.onClose}
        />
      ) : null}
      <Meter
        score={report.score}
        band={report.band}
        count={findings.length}
        open={open}
        compact={props.compact}
        empty={props.empty}
        onToggle={props.onToggle}
      />
    </div>
  );
}
