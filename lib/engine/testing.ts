/** Test helpers for rules: what a rule flags in a draft, and what its first rewrite gives. */
import { applyTextEdit, cleanEdit } from './clean';
import { buildDoc } from './doc';
import type { Rule } from './rule';
import type { Profile, Settings } from './types';

/** Defaults used when a test does not care about the profile or settings. */
export const TEST_PROFILE: Profile = { mission: '', passions: [] };
export const TEST_SETTINGS: Settings = {
  sensitivity: 'normal',
  disabledRules: [],
  disabledCategories: [],
  extraSalesyWords: [],
  allowedWords: [],
};

/** The texts a rule flags in a draft, in order. */
export function flagged(rule: Rule, text: string, settings: Partial<Settings> = {}): string[] {
  const doc = buildDoc(text, TEST_PROFILE, { ...TEST_SETTINGS, ...settings });
  return rule
    .detect(doc)
    .sort((a, b) => a.start - b.start)
    .map((h) => text.slice(h.start, h.end));
}

/** The draft after applying the first suggestion of the rule's first hit (cleaned as the engine does). */
export function rewritten(rule: Rule, text: string, settings: Partial<Settings> = {}): string {
  const doc = buildDoc(text, TEST_PROFILE, { ...TEST_SETTINGS, ...settings });
  const hit = rule.detect(doc).sort((a, b) => a.start - b.start)[0];
  const s = hit?.suggestions?.[0];
  if (!hit || !s) return text;
  return applyTextEdit(text, cleanEdit(text, s.start ?? hit.start, s.end ?? hit.end, s.text));
}
