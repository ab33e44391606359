// The `whyfirst` command: scores drafts with the same engine the extension runs, on this machine.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCliArgs, usage } from '../lib/cli/args';
import { batchRow, parseJsonlLine, parseProfile } from '../lib/cli/batch';
import { formatReport } from '../lib/cli/format';
import { analyze, type Profile } from '../lib/engine';
import { version } from '../package.json';

class UsageError extends Error {}

function loadProfile(path: string): Profile {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new UsageError(`cannot read profile ${path}: ${why ?? (err as Error).message}`);
  }
  const result = parseProfile(json);
  if (!result.ok) throw new UsageError(`profile ${path} cannot be used: ${result.reason}`);
  return result.profile;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

/** Streams JSON lines in, one score line out per input, in order; returns the count of bad lines. */
async function runBatch(profile: Profile | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const input = parseJsonlLine(line);
    if (!input.ok) {
      bad++;
      process.stderr.write(`whyfirst: line ${lineNo}: ${input.reason}; skipped\n`);
      continue;
    }
    try {
      const report = analyze(input.text, profile ? { profile } : {});
      await write(`${JSON.stringify(batchRow(input.id, report))}\n`);
    } catch (err) {
      bad++;
      process.stderr.write(
        `whyfirst: line ${lineNo}: the engine failed: ${(err as Error).message}\n`,
      );
    }
  }
  return bad;
}

async function main(): Promise<number> {
  const args = parseCliArgs(process.argv.slice(2));
  if ('error' in args) throw new UsageError(args.error);
  if (args.mode === 'help') {
    process.stdout.write(usage(version));
    return 0;
  }
  if (args.mode === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const profile = args.profilePath === undefined ? undefined : loadProfile(args.profilePath);
  if (args.mode === 'jsonl') return (await runBatch(profile)) > 0 ? 1 : 0;

  let text = args.text;
  if (text === undefined) {
    if (process.stdin.isTTY) throw new UsageError('give a draft to score (see whyfirst --help)');
    text = (await readStdin()).replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  }
  const report = analyze(text, profile ? { profile } : {});
  if (args.mode === 'json') {
    await write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const noColor = (process.env.NO_COLOR ?? '') !== '';
  const color = process.stdout.isTTY === true && !noColor;
  await write(formatReport(text, report, { color, width: process.stdout.columns || 80 }));
  return 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`whyfirst: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`whyfirst: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 70;
  },
);
