import { BAND_HINTS } from '../engine/bands';
import type { Finding, Report } from '../engine/types';

/** How the terminal report is drawn. */
export interface FormatOptions {
  /** ANSI colours and Unicode marks; false gives plain ASCII decoration (user text is kept). */
  color: boolean;
  /** Columns available; lines of prose wrap to this. */
  width?: number;
}

const ESC = '\u001b[';
const paint = (on: boolean, codes: string, s: string): string =>
  on && s !== '' ? `${ESC}${codes}m${s}${ESC}0m` : s;

const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;

/** Makes user text safe to print: control, escape and bidi-override characters become visible \u escapes; newlines become ↵ (or "/" when plain). */
export function sanitize(text: string, color = true): string {
  return text
    .replace(/\r\n|\r|\n/g, color ? ' ↵ ' : ' / ')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an index off the middle of a surrogate pair (towards `dir`). */
function snap(text: string, i: number, dir: -1 | 1): number {
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i))) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return i + (dir < 0 ? -1 : 1);
  }
  return i;
}

/** The span [start, end) with up to `radius` characters either side, cut at spaces where possible. */
export function contextOf(
  text: string,
  start: number,
  end: number,
  radius = 32,
): { before: string; match: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = snap(text, Math.max(0, s - radius), 1);
  let to = snap(text, Math.min(text.length, e + radius), -1);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < s) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= e) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, s),
    match: text.slice(s, e),
    after: text.slice(e, to) + (to < text.length ? '…' : ''),
  };
}

/** A one-line meter from authentic (left) to salesy (right), with the needle at 100 - score. */
export function meterBar(score: number, options: FormatOptions & { cells?: number }): string {
  const cells = Math.max(5, options.cells ?? 30);
  const clamped = Number.isFinite(score) ? Math.max(0, Math.min(100, score)) : 50;
  const needle = Math.round(((100 - clamped) / 100) * (cells - 1));
  const { color } = options;
  // Runs of one zone share one escape sequence, so the bar stays short in logs.
  const runs: { code: string; text: string }[] = [];
  for (let i = 0; i < cells; i++) {
    const zone = i / (cells - 1);
    const code = i === needle ? '1' : zone < 1 / 3 ? '32' : zone < 2 / 3 ? '33' : '31';
    const ch = i === needle ? (color ? '●' : 'O') : color ? '━' : '-';
    const last = runs[runs.length - 1];
    if (last && last.code === code) last.text += ch;
    else runs.push({ code, text: ch });
  }
  const track = runs.map((r) => paint(color, r.code, r.text)).join('');
  return `authentic ${color ? '├' : '|'}${track}${color ? '┤' : '|'} salesy`;
}

/** Greedy word wrap of prose to `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const limit = width - (lines.length === 0 ? 0 : indent.length);
    if (line !== '' && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}

const BAND_COLOUR: Record<Report['band'], string> = {
  authentic: '32',
  neutral: '37',
  balanced: '33',
  salesy: '31',
};

function formatFinding(text: string, finding: Finding, o: Required<FormatOptions>): string[] {
  const { color } = o;
  const sales = finding.polarity === 'sales';
  const mark = sales
    ? paint(color, '31', color ? '▲ salesy' : '[salesy]')
    : paint(color, '32', color ? '▼ authentic' : '[authentic]');
  const ctx = contextOf(text, finding.start, finding.end);
  const match = color
    ? paint(true, sales ? '1;4;31' : '1;4;32', sanitize(ctx.match))
    : `»${sanitize(ctx.match, false)}«`;
  const lines = [
    `  ${mark} ${paint(color, '2', finding.category)}  ${sanitize(finding.message, color)}`,
    `    ${sanitize(ctx.before, color)}${match}${sanitize(ctx.after, color)}`,
    `    ${paint(color, '2', 'why:')} ${wrap(sanitize(finding.why, color), o.width - 9, '         ')}`,
  ];
  for (const s of finding.suggestions) {
    const replaced = sanitize(text.slice(s.start, s.end), color);
    const into = s.text === '' ? '(remove)' : `"${sanitize(s.text, color)}"`;
    // A label that already quotes the replacement ("Replace with …") would only repeat it.
    const label = s.text !== '' && s.label.includes(s.text) ? '' : `${sanitize(s.label, color)}: `;
    lines.push(
      `    ${paint(color, '36', color ? '→' : '->')} ${label}"${replaced}" ${color ? '→' : '->'} ${paint(color, '36', into)}`,
    );
  }
  return lines;
}

/** The whole human-readable report for `text` (which must be the text `report` was made from). */
export function formatReport(text: string, report: Report, options: FormatOptions): string {
  const o: Required<FormatOptions> = { color: options.color, width: options.width ?? 80 };
  const { color } = o;
  const band = paint(color, `1;${BAND_COLOUR[report.band] ?? '0'}`, report.band.toUpperCase());
  const out: string[] = [
    `${meterBar(report.score, o)}`,
    `${band}  score ${report.score}/100 (100 = authentic)  salesiness ${report.salesiness}  authenticity ${report.authenticity}`,
  ];
  if (report.band === 'neutral') out.push(wrap(sanitize(BAND_HINTS.neutral, color), o.width, ''));
  const st = report.stats;
  out.push(
    paint(
      color,
      '2',
      `${st.characters} characters, ${st.words} words, ${st.sentences} sentences, ${st.questions} questions, ${st.hashtags} hashtags, ${st.links} links, ${st.mentions} mentions`,
    ),
  );

  const findings = [...report.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  out.push('', paint(color, '1', `Findings (${findings.length})`));
  if (findings.length === 0) out.push('  Nothing pulled the needle either way.');
  findings.forEach((f, i) => {
    if (i > 0) out.push('');
    out.push(...formatFinding(text, f, o));
  });

  if (report.postSuggestions.length > 0) {
    out.push('', paint(color, '1', 'Post suggestions'));
    for (const p of report.postSuggestions) {
      const action = p.start === p.end ? 'add' : 'replace';
      out.push(
        `  ${paint(color, '36', '+')} ${sanitize(p.label, color)}: ${action} ${paint(color, '36', `"${sanitize(p.text, color)}"`)}`,
        `    ${paint(color, '2', 'why:')} ${wrap(sanitize(p.why, color), o.width - 9, '         ')}`,
      );
    }
  }

  if (report.checklist.length > 0) {
    out.push('', paint(color, '1', 'Checklist'));
    for (const item of report.checklist) {
      const box = item.done
        ? paint(color, '32', color ? '✓' : '[x]')
        : paint(color, '2', color ? '·' : '[ ]');
      const evidence = item.evidence ? `  "${sanitize(item.evidence.text, color)}"` : '';
      out.push(`  ${box} ${sanitize(item.label, color)}${paint(color, '2', evidence)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
