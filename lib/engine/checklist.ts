/** The popup's checklist: the habits of an authentic post, each ticked (or not) with the words that show it. */
import type { Doc, Sentence } from './doc';
import { matchMission, profileIndex } from './profile';
import type { Category, ChecklistId, ChecklistItem, Finding } from './types';

/** Sales categories that count as a hard sell (hype, shouting and self-focus are softer). */
const HARD_SELL: readonly Category[] = [
  'call-to-action',
  'urgency',
  'deal',
  'opportunity',
  'engagement-bait',
];

/** Least weight of an authentic finding that ticks a habit: "excited to announce" alone is not a personal story. */
const MIN_EVIDENCE = 2.5;
/** Least weight of a sales finding that counts as a hard sell, so a faint partial match does not. */
const MIN_HARD_SELL = 5;

/** Plain-words labels, in the order the popup shows them. */
export const CHECKLIST_LABELS: Record<ChecklistId, string> = {
  'shares-why': 'Shares your why',
  'mentions-passion': 'Mentions a passion',
  'asks-question': 'Asks a question that invites people in',
  teaches: 'Teaches or offers insight',
  'credits-others': 'Credits or celebrates others',
  personal: 'Tells something personal',
  'no-hard-sell': 'No hard sell',
};

type Evidence = NonNullable<ChecklistItem['evidence']>;

function evidenceOf(doc: Doc, span: { start: number; end: number }): Evidence {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

function first(findings: Finding[], test: (f: Finding) => boolean): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.weight >= MIN_EVIDENCE && test(f) && (!best || f.start < best.start)) best = f;
  }
  return best;
}

/** The sentence that echoes the mission most (at least two of its words, or its only word). */
function missionEcho(doc: Doc, findings: Finding[]): Evidence | undefined {
  const found = findings.filter((f) => f.ruleId === 'mission');
  if (found.length === 0) return undefined;
  const needed = Math.min(2, profileIndex(doc.profile).missionLemmas.length);
  const bySentence = new Map<Sentence, Set<string>>();
  for (const m of matchMission(doc)) {
    if (!found.some((f) => f.start === m.start && f.end === m.end)) continue;
    const s = doc.sentenceAt(m.start);
    if (!s) continue;
    const set = bySentence.get(s) ?? new Set<string>();
    set.add(m.term);
    bySentence.set(s, set);
  }
  let best: Sentence | undefined;
  let most = 0;
  for (const [s, lemmas] of bySentence) {
    if (lemmas.size > most || (lemmas.size === most && best && s.start < best.start)) {
      best = s;
      most = lemmas.size;
    }
  }
  return best && most >= needed ? evidenceOf(doc, best) : undefined;
}

/** True when the draft shares the writer's why: a why statement, or a sentence echoing the mission. */
export function sharesWhy(doc: Doc, findings: Finding[]): Evidence | undefined {
  const why = first(findings, (f) => f.ruleId === 'why-statement');
  return why ? evidenceOf(doc, why) : missionEcho(doc, findings);
}

/** The seven habits in the popup's order, each done or not, with the span that shows it. */
export function buildChecklist(doc: Doc, findings: Finding[]): ChecklistItem[] {
  const item = (id: ChecklistId, evidence: Evidence | undefined): ChecklistItem =>
    evidence
      ? { id, label: CHECKLIST_LABELS[id], done: true, evidence }
      : { id, label: CHECKLIST_LABELS[id], done: false };
  const from = (test: (f: Finding) => boolean): Evidence | undefined => {
    const f = first(findings, test);
    return f ? evidenceOf(doc, f) : undefined;
  };
  let hardest: Finding | undefined;
  for (const f of findings) {
    if (f.polarity !== 'sales' || !HARD_SELL.includes(f.category) || f.weight < MIN_HARD_SELL)
      continue;
    if (
      !hardest ||
      f.weight > hardest.weight ||
      (f.weight === hardest.weight && f.start < hardest.start)
    ) {
      hardest = f;
    }
  }
  return [
    item('shares-why', sharesWhy(doc, findings)),
    item(
      'mentions-passion',
      from((f) => f.ruleId === 'passion'),
    ),
    item(
      'asks-question',
      from((f) => f.polarity === 'authentic' && f.category === 'question'),
    ),
    item(
      'teaches',
      from((f) => f.polarity === 'authentic' && f.category === 'teaching'),
    ),
    item(
      'credits-others',
      from((f) => f.polarity === 'authentic' && f.category === 'gratitude'),
    ),
    item(
      'personal',
      from(
        (f) => f.polarity === 'authentic' && f.category === 'story' && f.ruleId !== 'why-statement',
      ),
    ),
    hardest
      ? {
          id: 'no-hard-sell',
          label: CHECKLIST_LABELS['no-hard-sell'],
          done: false,
          evidence: evidenceOf(doc, hardest),
        }
      : { id: 'no-hard-sell', label: CHECKLIST_LABELS['no-hard-sell'], done: true },
  ];
}
