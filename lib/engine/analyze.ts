import { buildChecklist } from './checklist';
import { cleanEdit } from './clean';
import { buildDoc, type Doc } from './doc';
import { phraseRegex } from './match';
import { nlpReady } from './nlp';
import { buildPostSuggestions } from './post-suggestions';
import type { Hit, Rule } from './rule';
import { RULES } from './rules';
import { scoreFindings } from './score';
import { computeStats } from './stats';
import type {
  AnalyzeOptions,
  Category,
  ChecklistItem,
  Finding,
  PostSuggestion,
  Profile,
  Report,
  Sensitivity,
  Settings,
  Suggestion,
} from './types';

/** Findings kept per rule. */
const MAX_HITS_PER_RULE = 100;

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'normal', 'strict'];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Options come from storage and files; anything malformed falls back to defaults rather than throwing. */
function normalizeOptions(options: AnalyzeOptions | undefined): {
  profile: Profile;
  settings: Settings;
} {
  const p = (options?.profile ?? {}) as Partial<Profile>;
  const s = (options?.settings ?? {}) as Partial<Settings>;
  return {
    profile: {
      mission: typeof p.mission === 'string' ? p.mission : '',
      passions: strings(p.passions),
    },
    settings: {
      sensitivity: SENSITIVITIES.includes(s.sensitivity as Sensitivity)
        ? (s.sensitivity as Sensitivity)
        : 'normal',
      disabledRules: strings(s.disabledRules),
      disabledCategories: strings(s.disabledCategories) as Category[],
      extraSalesyWords: strings(s.extraSalesyWords),
      allowedWords: strings(s.allowedWords),
    },
  };
}

function toFinding(doc: Doc, rule: Rule, hit: Hit): Finding | undefined {
  const n = doc.text.length;
  const start = Math.max(0, Math.min(n, Math.floor(hit.start)));
  const end = Math.max(start, Math.min(n, Math.floor(hit.end)));
  if (!(end > start)) return undefined;
  const suggestions: Suggestion[] = [];
  for (const s of hit.suggestions ?? []) {
    const sStart = Math.max(0, Math.min(n, s.start ?? start));
    const sEnd = Math.max(sStart, Math.min(n, s.end ?? end));
    const edit = cleanEdit(doc.text, sStart, sEnd, s.text);
    if (doc.text.slice(edit.start, edit.end) === edit.text) continue;
    suggestions.push({ label: s.label, text: edit.text, start: edit.start, end: edit.end });
  }
  const weight = Math.round(rule.weight * (hit.strength ?? 1) * 100) / 100;
  if (!(weight > 0)) return undefined;
  return {
    ruleId: rule.id,
    category: rule.category,
    polarity: rule.polarity,
    start,
    end,
    text: doc.text.slice(start, end),
    message: hit.message ?? rule.message,
    why: rule.why,
    weight,
    suggestions,
  };
}

/** Findings, and where the report stops being complete: past `horizon` some rule's hits were cut. */
interface Collected {
  findings: Finding[];
  horizon: number;
}

/** Runs every enabled rule; a rule that throws costs its own findings, never the analysis. */
export function findAll(doc: Doc, rules: readonly Rule[] = RULES): Finding[] {
  return collect(doc, rules).findings;
}

function collect(doc: Doc, rules: readonly Rule[]): Collected {
  let horizon = doc.text.length;
  const { disabledRules, disabledCategories, allowedWords } = doc.settings;
  const allowed = allowedWords.filter((w) => w.trim().length > 0);
  const allowedRe = allowed.length > 0 ? phraseRegex(allowed) : undefined;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (disabledRules.includes(rule.id) || disabledCategories.includes(rule.category)) continue;
    let hits: Hit[];
    try {
      hits = rule.detect(doc);
    } catch {
      continue;
    }
    // A rule that fires hundreds of times says nothing new after the first hundred (and a
    // pathological paste must not produce a giant report).
    if (hits.length > MAX_HITS_PER_RULE) {
      hits = [...hits].sort((a, b) => a.start - b.start);
      horizon = Math.min(horizon, (hits[MAX_HITS_PER_RULE] as Hit).start);
      hits = hits.slice(0, MAX_HITS_PER_RULE);
    }
    for (const hit of hits) {
      const f = toFinding(doc, rule, hit);
      if (!f) continue;
      if (allowedRe) {
        allowedRe.lastIndex = 0;
        if (allowedRe.test(f.text.toLowerCase())) continue;
      }
      findings.push(f);
    }
  }
  findings.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return { findings, horizon };
}

function safe<T>(fn: () => T[]): T[] {
  try {
    return fn();
  } catch {
    return [];
  }
}

/** Judges a draft between authentic and salesy. Pure, deterministic, never throws; the result is plain JSON. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const input = typeof text === 'string' ? text : '';
  const partial = !nlpReady();
  const { profile, settings } = normalizeOptions(options);
  const doc = buildDoc(input, profile, settings);
  const { findings, horizon } = collect(doc, RULES);
  // Past the horizon the findings are cut, so the reading is taken on the part before it: a
  // pitch repeated to any length keeps the density of its first stretch.
  const scores = scoreFindings(
    horizon < input.length ? findings.filter((f) => f.start < horizon) : findings,
    doc.wordIndexAt(horizon),
    settings.sensitivity,
  );
  const checklist: ChecklistItem[] = safe(() => buildChecklist(doc, findings));
  const postSuggestions: PostSuggestion[] = safe(() => buildPostSuggestions(doc, findings));
  const report: Report = {
    ...scores,
    findings,
    postSuggestions,
    checklist,
    stats: computeStats(doc),
  };
  if (partial) report.partial = true;
  return report;
}
