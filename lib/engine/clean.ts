/**
 * Rewrite cleanup: turns "replace [start, end) with text" into an edit that leaves clean text
 * (no doubled spaces, no dangling or doubled punctuation, sentence case kept). Deletions may
 * widen to swallow the space or comma around them.
 */

/** One replacement of [start, end) in a text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const SOFT = new Set([',', ';', ':']);
const END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** True when pos begins a sentence: only blanks stand between it and a full stop, a line break or the start. */
export function atSentenceStart(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && isBlank(text[p])) p--;
  while (p >= 0 && CLOSERS.has(text[p] as string)) p--;
  return p < 0 || text[p] === '\n' || END.has(text[p] as string);
}

function upperFirst(s: string): string {
  const ch = s[0];
  return ch === undefined ? s : ch.toUpperCase() + s.slice(1);
}

/** Fixes the first letter of a replacement for where it lands (capital at a sentence start, lower mid-sentence). */
function caseFor(text: string, start: number, replacement: string): string {
  if (!replacement) return replacement;
  if (atSentenceStart(text, start)) return upperFirst(replacement);
  const a = replacement[0] ?? '';
  const b = replacement[1] ?? '';
  const isWordI = /^I(?:\b|['’])/.test(replacement);
  if (!isWordI && /\p{Lu}/u.test(a) && /\p{Ll}/u.test(b))
    return a.toLowerCase() + replacement.slice(1);
  return replacement;
}

function deletion(text: string, start: number, end: number): TextEdit {
  const n = text.length;
  let l = start;
  while (l > 0 && (isBlank(text[l - 1]) || SOFT.has(text[l - 1] as string))) l--;
  let r = end;
  while (r < n && (isBlank(text[r]) || SOFT.has(text[r] as string) || END.has(text[r] as string)))
    r++;
  const right = text.slice(end, r);
  const left = text.slice(l, start);
  const next = text[r];
  const more = next !== undefined && next !== '\n';

  if (atSentenceStart(text, l)) {
    // A whole leading clause or sentence goes: drop its punctuation, capitalise what follows.
    let out = l > 0 && text[l - 1] !== '\n' && more ? ' ' : '';
    // Capitalise a plain lower-case word, never a link, handle or brand like "iPhone".
    if (
      next !== undefined &&
      /^\p{Ll}[\p{Ll}'’-]*(?=\s|$|[,.!?;:](?:\s|$))/u.test(text.slice(r, r + 40))
    ) {
      out += next.toUpperCase();
      r++;
    }
    // Deleting a whole line takes its line break too, so no empty line is left behind.
    if ((l === 0 || text[l - 1] === '\n') && next === '\n') r++;
    // The last line goes with the line break before it.
    else if (next === undefined)
      while (l > 0 && (text[l - 1] === '\n' || isBlank(text[l - 1]))) l--;
    return { start: l, end: r, text: out };
  }
  const endMatch = /[.!?…]+/.exec(right);
  let join: string;
  if (endMatch) join = endMatch[0];
  else if (more && /[,;:]/.test(left + right))
    join = ((left + right).match(/[,;:]/) as RegExpMatchArray)[0];
  else join = '';
  return { start: l, end: r, text: join + (more ? ' ' : '') };
}

/** The clean edit for replacing [start, end) of text with replacement ('' deletes). */
export function cleanEdit(text: string, start: number, end: number, replacement: string): TextEdit {
  if (replacement.trim() === '') return deletion(text, start, end);
  return { start, end, text: caseFor(text, start, replacement) };
}

/** Applies one edit. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Sentence case for shouted text: "BUY THIS NOW" -> "Buy this now" (keeps "I" and short acronyms). */
export function sentenceCase(s: string, capitalizeFirst: boolean): string {
  let out = s.toLowerCase().replace(/\bi\b/g, 'I');
  if (capitalizeFirst) out = out.replace(/\p{L}/u, (c) => c.toUpperCase());
  return out;
}
