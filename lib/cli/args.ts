import { parseArgs } from 'node:util';

/** What the command line asked for, after parsing; pure data so it can be tested without a process. */
export type CliMode = 'report' | 'json' | 'jsonl' | 'help' | 'version';

export interface CliArgs {
  mode: CliMode;
  /** The draft given as arguments (joined by spaces); undefined means "read stdin". */
  text?: string;
  /** Path given to --profile. */
  profilePath?: string;
}

/** A usage mistake; the CLI prints `message` and exits with code 2. */
export interface CliArgsError {
  error: string;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  profile: { type: 'string' },
} as const;

/** Node's parseArgs errors in the CLI's own words. */
function usageError(err: unknown): CliArgsError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (/--profile/.test(message) || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return { error: '--profile needs a file: --profile me.json' };
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? message;
  return { error: `unknown option ${option} (see whyfirst --help)` };
}

/** Parses argv (without node and script) with Node's util.parseArgs; never throws, returns an error object instead. */
export function parseCliArgs(argv: readonly string[]): CliArgs | CliArgsError {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return usageError(err);
  }
  const { values, positionals: words } = parsed;
  const profilePath = values.profile;
  if (profilePath === '') return { error: '--profile needs a file: --profile me.json' };
  if (values.help) return { mode: 'help' };
  if (values.version) return { mode: 'version' };
  if (values.json && values.jsonl) return { error: '--json and --jsonl cannot be used together' };
  const isStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
  if (values.jsonl) {
    if (!isStdin) return { error: '--jsonl reads JSON lines from stdin; give no text arguments' };
    return { mode: 'jsonl', ...(profilePath === undefined ? {} : { profilePath }) };
  }
  return {
    mode: values.json ? 'json' : 'report',
    ...(isStdin ? {} : { text: words.join(' ') }),
    ...(profilePath === undefined ? {} : { profilePath }),
  };
}

/** The --help text. */
export function usage(version: string): string {
  return `whyfirst ${version}: score a social post between authentic and salesy, on this machine.

Usage:
  whyfirst "text of the draft"        a readable report
  echo "text" | whyfirst              the draft from stdin
  whyfirst --json "text"              the full report as JSON
  whyfirst --jsonl < posts.jsonl      one {"id","text"} per line in, one score line out

Options:
  --profile FILE   JSON {"mission": "...", "passions": ["..."]} to match your why and passions
  --json           print the Report as JSON
  --jsonl          batch mode: {"id","score","band","salesiness","authenticity"} per input line
  -h, --help       this help
  -v, --version    the version
  --               everything after it is text, even if it starts with "-"

Colour is used when stdout is a terminal and NO_COLOR is not set.
Exit codes: 0 ok, 1 some --jsonl lines were bad, 2 usage or profile error.
`;
}
