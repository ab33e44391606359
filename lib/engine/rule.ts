import type { Doc } from './doc';
import type { Category, Polarity } from './types';

/** A replacement a rule proposes; start/end default to the hit's span. */
export interface RuleSuggestion {
  label: string;
  text: string;
  start?: number;
  end?: number;
}

/** One place a rule fires. Offsets are UTF-16 indexes into doc.text. */
export interface Hit {
  start: number;
  end: number;
  /** Multiplies the rule's weight (e.g. 0.5 for a softened or partial match); default 1. */
  strength?: number;
  /** Overrides the rule's message for this hit. */
  message?: string;
  suggestions?: RuleSuggestion[];
}

/** One rule = one file exporting one of these; the file name is the id. */
export interface Rule {
  id: string;
  category: Category;
  polarity: Polarity;
  /** Points a full-strength hit adds to salesiness (sales) or authenticity (authentic). */
  weight: number;
  /** What the rule looks for, for the options page and docs. */
  description: string;
  /** One line shown on a finding. */
  message: string;
  /** Why it matters, in a sentence a person would accept. */
  why: string;
  detect(doc: Doc): Hit[];
  /** Real-looking drafts this rule flags and leaves alone; the registry test runs them. */
  examples?: { flagged: string[]; clean: string[] };
}
