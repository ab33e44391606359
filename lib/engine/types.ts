/** The engine's public data shapes. Everything here is plain JSON: no classes, no functions. */

/** neutral: no evidence either way, so no verdict; authentic must be earned by authentic evidence. */
export type Band = 'authentic' | 'neutral' | 'balanced' | 'salesy';
export type Polarity = 'sales' | 'authentic';

/** Rule categories; the options page turns whole categories on and off. */
export type Category =
  | 'call-to-action'
  | 'urgency'
  | 'deal'
  | 'hype'
  | 'self-focus'
  | 'shouting'
  | 'engagement-bait'
  | 'opportunity'
  | 'story'
  | 'question'
  | 'gratitude'
  | 'teaching'
  | 'community'
  | 'profile';

/** The user's "why" and passions, written in the popup. */
export interface Profile {
  mission: string;
  passions: string[];
}

export type Sensitivity = 'gentle' | 'normal' | 'strict';

export interface Settings {
  sensitivity: Sensitivity;
  /** Rule ids turned off. */
  disabledRules: string[];
  /** Categories turned off. */
  disabledCategories: Category[];
  /** The user's own words or phrases to flag as salesy. */
  extraSalesyWords: string[];
  /** Words or phrases never to flag. */
  allowedWords: string[];
}

export interface AnalyzeOptions {
  profile?: Partial<Profile>;
  settings?: Partial<Settings>;
}

/** A concrete replacement for a finding's span; `text` may be empty to delete the span. */
export interface Suggestion {
  /** Short label for the button, e.g. "Replace with “happy to share more”". */
  label: string;
  /** Replacement for [start, end) of the finding (after the engine's cleanup of spaces and punctuation). */
  text: string;
  /** The span actually replaced; usually the finding's span, wider when a deletion must swallow a space or comma. */
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  polarity: Polarity;
  /** UTF-16 offsets into the analysed text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** One line: what was found. */
  message: string;
  /** Why it matters, in a sentence a person would accept. */
  why: string;
  /** How much it moved the needle (sales findings push salesiness up, authentic ones authenticity). */
  weight: number;
  suggestions: Suggestion[];
}

export type PostSuggestionKind = 'add-question' | 'add-why' | 'trim-hashtags';

/** A whole-post improvement: replace [start, end) with `text` (start === end for an insertion). */
export interface PostSuggestion {
  kind: PostSuggestionKind;
  label: string;
  why: string;
  start: number;
  end: number;
  text: string;
}

export type ChecklistId =
  | 'shares-why'
  | 'mentions-passion'
  | 'asks-question'
  | 'teaches'
  | 'credits-others'
  | 'personal'
  | 'no-hard-sell';

export interface ChecklistItem {
  id: ChecklistId;
  label: string;
  done: boolean;
  /** The span that ticked it (or, for no-hard-sell when not done, the hardest sell). */
  evidence?: { start: number; end: number; text: string };
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  hashtags: number;
  links: number;
  mentions: number;
  questions: number;
}

export interface Report {
  /** 0..100, 100 = fully authentic. */
  score: number;
  band: Band;
  salesiness: number;
  authenticity: number;
  findings: Finding[];
  postSuggestions: PostSuggestion[];
  checklist: ChecklistItem[];
  stats: Stats;
  /**
   * Set when the language model was not loaded yet (see nlp.ts `setNlpReadiness`): profile words
   * matched only as written and topic suggestions are generic. Analyse again for the full report.
   */
  partial?: true;
}
