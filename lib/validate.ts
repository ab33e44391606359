import type { Category, Profile, Sensitivity, Settings } from './engine/types';
import { SITE_IDS, type SiteId } from './sites/ids';
import { COMPOSER_KINDS, type ComposerKind } from './sites/kinds';

/** Every rule category, in the order the options page lists them. */
export const CATEGORIES = [
  'call-to-action',
  'urgency',
  'deal',
  'hype',
  'self-focus',
  'shouting',
  'engagement-bait',
  'opportunity',
  'story',
  'question',
  'gratitude',
  'teaching',
  'community',
  'profile',
] as const satisfies readonly Category[];

// Fails to compile when types.ts gains a category this list lacks.
const _allCategoriesListed: [Exclude<Category, (typeof CATEGORIES)[number]>] extends [never]
  ? true
  : never = true;
void _allCategoriesListed;

/** The three sensitivities, gentlest first. */
export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const satisfies Sensitivity[];

/** Size limits for what the user can store; larger stored values are trimmed and reported. */
export const LIMITS = {
  missionChars: 2000,
  passions: 20,
  passionChars: 60,
  words: 200,
  wordChars: 80,
  ruleIds: 300,
  /** A pause longer than this is not one the popup can set, so it is not trusted. */
  pauseMs: 24 * 60 * 60 * 1000,
} as const;

/** WhyFirst on or off, per site. */
export type SiteSwitches = Record<SiteId, boolean>;

/** WhyFirst on or off, per kind of composer. */
export type KindSwitches = Record<ComposerKind, boolean>;

/** A validated value and, in plain words, everything that had to be changed to get it. */
export interface Checked<T> {
  value: T;
  problems: string[];
}

/** True for a plain group of values (not null, not a list). */
export function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function describe(raw: unknown): string {
  if (raw === null) return 'empty';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'string') {
    const shown = raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
    return `“${shown}”`;
  }
  if (typeof raw === 'object') return 'a group of values';
  return String(raw);
}

function entries(n: number): string {
  return n === 1 ? '1 entry was' : `${n} entries were`;
}

/** Trims, drops blanks and case-insensitive duplicates; keeps the first spelling. */
export function tidyList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const trimmed = item.trim().replace(/\s+/g, ' ');
    const key = trimmed.toLocaleLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function checkWordList(
  raw: unknown,
  what: string,
  lastGood: string[],
  maxItems: number,
  maxChars: number,
  problems: string[],
): string[] {
  if (raw === undefined) return lastGood;
  if (!Array.isArray(raw)) {
    problems.push(`${what} should be a list but was ${describe(raw)}; kept the previous list.`);
    return lastGood;
  }
  const strings = raw.filter((item): item is string => typeof item === 'string');
  if (strings.length < raw.length)
    problems.push(`${what}: ${entries(raw.length - strings.length)} not text and left out.`);
  const long = strings.filter((item) => item.trim().length > maxChars);
  if (long.length > 0)
    problems.push(
      `${what}: ${entries(long.length)} longer than ${maxChars} characters and left out.`,
    );
  let list = tidyList(strings.filter((item) => item.trim().length <= maxChars));
  if (list.length > maxItems) {
    problems.push(`${what}: only the first ${maxItems} of ${list.length} entries were kept.`);
    list = list.slice(0, maxItems);
  }
  return list;
}

/** Validates a stored or imported profile; bad fields fall back to `lastGood`. */
export function checkProfile(raw: unknown, lastGood: Profile): Checked<Profile> {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    return {
      value: lastGood,
      problems: [
        `Your profile should be a group of values but was ${describe(raw)}; kept the previous one.`,
      ],
    };
  }
  let mission = lastGood.mission;
  if (typeof raw.mission === 'string') {
    mission = raw.mission;
    if (mission.length > LIMITS.missionChars) {
      problems.push(
        `Your mission was ${mission.length} characters long; the first ${LIMITS.missionChars} were kept.`,
      );
      mission = mission.slice(0, LIMITS.missionChars);
    }
  } else if (raw.mission !== undefined) {
    problems.push(
      `Your mission should be text but was ${describe(raw.mission)}; kept the previous one.`,
    );
  }
  const passions = checkWordList(
    raw.passions,
    'Passions',
    lastGood.passions,
    LIMITS.passions,
    LIMITS.passionChars,
    problems,
  );
  return { value: { mission, passions }, problems };
}

/** Validates stored or imported settings; bad fields fall back to `lastGood`. */
export function checkSettings(raw: unknown, lastGood: Settings): Checked<Settings> {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    return {
      value: lastGood,
      problems: [
        `Settings should be a group of values but were ${describe(raw)}; kept the previous ones.`,
      ],
    };
  }
  let sensitivity = lastGood.sensitivity;
  if (SENSITIVITIES.includes(raw.sensitivity as Sensitivity)) {
    sensitivity = raw.sensitivity as Sensitivity;
  } else if (raw.sensitivity !== undefined) {
    problems.push(
      `Sensitivity was ${describe(raw.sensitivity)}, which is not gentle, normal or strict; kept “${lastGood.sensitivity}”.`,
    );
  }
  const disabledRules = checkWordList(
    raw.disabledRules,
    'Rules turned off',
    lastGood.disabledRules,
    LIMITS.ruleIds,
    LIMITS.wordChars,
    problems,
  );
  let disabledCategories = lastGood.disabledCategories;
  if (raw.disabledCategories !== undefined) {
    if (Array.isArray(raw.disabledCategories)) {
      const known = raw.disabledCategories.filter((c): c is Category =>
        CATEGORIES.includes(c as Category),
      );
      const unknown = raw.disabledCategories.filter((c) => !CATEGORIES.includes(c as Category));
      if (unknown.length > 0)
        problems.push(
          `Categories turned off: ${unknown.map(describe).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a WhyFirst category and ${unknown.length === 1 ? 'was' : 'were'} left out.`,
        );
      disabledCategories = [...new Set(known)];
    } else {
      problems.push(
        `Categories turned off should be a list but were ${describe(raw.disabledCategories)}; kept the previous ones.`,
      );
    }
  }
  const extraSalesyWords = checkWordList(
    raw.extraSalesyWords,
    'Your salesy words',
    lastGood.extraSalesyWords,
    LIMITS.words,
    LIMITS.wordChars,
    problems,
  );
  const allowedWords = checkWordList(
    raw.allowedWords,
    'Words never to flag',
    lastGood.allowedWords,
    LIMITS.words,
    LIMITS.wordChars,
    problems,
  );
  return {
    value: { sensitivity, disabledRules, disabledCategories, extraSalesyWords, allowedWords },
    problems,
  };
}

const SITE_NAMES: Record<SiteId, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

/** The name people use for a site. */
export function siteName(site: SiteId): string {
  return SITE_NAMES[site];
}

// Switches are read one by one, so one damaged switch never turns the others back.
function checkSwitches<K extends string>(
  raw: unknown,
  lastGood: Record<K, boolean>,
  keys: readonly K[],
  names: Record<K, string>,
  what: string,
): Checked<Record<K, boolean>> {
  if (!isRecord(raw)) {
    return {
      value: lastGood,
      problems: [
        `${what} should be a group of values but were ${describe(raw)}; kept the previous ones.`,
      ],
    };
  }
  const problems: string[] = [];
  const value = { ...lastGood };
  for (const key of keys) {
    const flag = raw[key];
    if (typeof flag === 'boolean') value[key] = flag;
    else if (flag !== undefined)
      problems.push(
        `The switch for ${names[key]} should be on or off but was ${describe(flag)}; kept ${lastGood[key] ? 'on' : 'off'}.`,
      );
  }
  return { value, problems };
}

/** Validates the per-site on/off switches; bad or missing switches fall back to `lastGood`. */
export function checkSites(raw: unknown, lastGood: SiteSwitches): Checked<SiteSwitches> {
  return checkSwitches(raw, lastGood, SITE_IDS, SITE_NAMES, 'Site switches');
}

const KIND_NAMES: Record<ComposerKind, string> = {
  post: 'posts',
  reply: 'replies and comments',
  message: 'private messages',
};

/** What people call a kind of composer, in lower case ("private messages"). */
export function kindName(kind: ComposerKind): string {
  return KIND_NAMES[kind];
}

/** Validates the per-kind on/off switches; bad or missing switches fall back to `lastGood`. */
export function checkKinds(raw: unknown, lastGood: KindSwitches): Checked<KindSwitches> {
  return checkSwitches(raw, lastGood, COMPOSER_KINDS, KIND_NAMES, 'Composer switches');
}

/** Validates a pause end time: a number no further than a day ahead of `now`. */
export function checkPausedUntil(raw: unknown, now: number): Checked<number> {
  if (raw === undefined || raw === null) return { value: 0, problems: [] };
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0)
    return {
      value: 0,
      problems: [
        `The pause time was ${describe(raw)}, which is not a time; WhyFirst is not paused.`,
      ],
    };
  if (raw > now + LIMITS.pauseMs)
    return {
      value: 0,
      problems: [
        'The pause was set to last more than a day, which WhyFirst never does; it is not paused.',
      ],
    };
  return { value: raw, problems: [] };
}
