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

/** Parses argv (without node and script); never throws, returns an error object instead. */
export function parseCliArgs(argv: readonly string[]): CliArgs | CliArgsError {
  const words: string[] = [];
  const flags = new Set<string>();
  let profilePath: string | undefined;
  let onlyText = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyText || !arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyText = true;
      continue;
    }
    if (arg === '--profile' || arg.startsWith('--profile=')) {
      const value = arg === '--profile' ? argv[++i] : arg.slice('--profile='.length);
      if (value === undefined || value === '') {
        return { error: '--profile needs a file: --profile me.json' };
      }
      profilePath = value;
      continue;
    }
    const name = ALIASES[arg];
    if (name === undefined) {
      return { error: `unknown option ${arg} (see whyfirst --help)` };
    }
    flags.add(name);
  }
  if (flags.has('help')) return { mode: 'help' };
  if (flags.has('version')) return { mode: 'version' };
  if (flags.has('json') && flags.has('jsonl')) {
    return { error: '--json and --jsonl cannot be used together' };
  }
  const isStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
  if (flags.has('jsonl')) {
    if (!isStdin) return { error: '--jsonl reads JSON lines from stdin; give no text arguments' };
    return { mode: 'jsonl', ...(profilePath === undefined ? {} : { profilePath }) };
  }
  return {
    mode: flags.has('json') ? 'json' : 'report',
    ...(isStdin ? {} : { text: words.join(' ') }),
    ...(profilePath === undefined ? {} : { profilePath }),
  };
}

const ALIASES: Record<string, string> = {
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
  '--json': 'json',
  '--jsonl': 'jsonl',
};

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
