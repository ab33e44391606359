// Runs the real `whyfirst` bundle as a child process, the way a user or another tool calls it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'whyfirst-cli-'));
  cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(root, 'scripts/cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SALESY = 'Buy now!!! Limited time only, DM me';
const AUTHENTIC =
  'Last week I finally ran my first marathon in Lisbon. I learned that pacing matters more than speed, and I want to thank my coach Ana for every early morning. What got you through your first long race?';

describe('whyfirst', () => {
  test('--version prints the version from package.json', () => {
    const { code, stdout } = run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  test('--help shows usage and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('--jsonl');
  });

  test('an unknown option is a usage error with exit code 2', () => {
    const { code, stderr } = run(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --frobnicate');
  });

  test('text as arguments: a plain report (no colour when piped) that matches the engine', () => {
    const report = analyze(SALESY);
    const { code, stdout } = run(SALESY.split(' '));
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toMatch(/^authentic \|[-O]+\| salesy$/m);
    expect(stdout).toContain(report.band.toUpperCase());
    expect(stdout).toContain(`score ${report.score}/100`);
    expect(stdout).toContain(`Findings (${report.findings.length})`);
  });

  test('text on stdin gives the same report as text in arguments', () => {
    const fromArgs = run([AUTHENTIC]);
    const fromStdin = run([], `${AUTHENTIC}\n`);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromArgs.stdout);
  });

  // `script` (util-linux, in every Debian) gives the child a real terminal.
  const inTerminal = (env: Record<string, string>) =>
    spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" "${SALESY}"`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  test('colour on a terminal; NO_COLOR turns it off', () => {
    const coloured = inTerminal({ NO_COLOR: '' });
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).toContain('●');
    const plain = inTerminal({ NO_COLOR: '1' });
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain('authentic |');
  });

  test('--json prints exactly the Report', () => {
    const { code, stdout } = run(['--json', AUTHENTIC]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(analyze(AUTHENTIC));
  });

  test('empty stdin is scored as an empty draft', () => {
    const { code, stdout } = run(['--json'], '');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(analyze(''));
  });
});

describe('--profile', () => {
  test('a valid profile is passed to the engine', () => {
    const file = join(dir, 'me.json');
    const profile = { mission: 'help new runners enjoy the road', passions: ['running', 'Lisbon'] };
    writeFileSync(file, JSON.stringify(profile));
    const { code, stdout } = run(['--json', '--profile', file, AUTHENTIC]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(analyze(AUTHENTIC, { profile }));
  });

  test('a missing file: clear message naming it, exit 2, nothing on stdout', () => {
    const file = join(dir, 'absent.json');
    const { code, stdout, stderr } = run(['--profile', file, 'hello']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(file);
    expect(stderr).toContain('no such file');
  });

  test('a corrupt file: clear message, exit 2', () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '{"mission": "half');
    const { code, stderr } = run(['--profile', file, 'hello']);
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toContain('not valid JSON');
  });

  test('a file of the wrong shape: says which field is wrong, exit 2', () => {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, '{"mission": "x", "passions": "running"}');
    const { code, stderr } = run(['--profile', file, 'hello']);
    expect(code).toBe(2);
    expect(stderr).toContain('"passions" must be a list of strings');
  });
});

describe('--jsonl', () => {
  const row = (id: unknown, text: string) => {
    const r = analyze(text);
    return {
      id,
      score: r.score,
      band: r.band,
      salesiness: r.salesiness,
      authenticity: r.authenticity,
    };
  };

  test('one line out per input, in order; blank lines skipped; exit 0', () => {
    const input = [
      JSON.stringify({ id: 'a', text: SALESY }),
      '',
      JSON.stringify({ id: 2, text: AUTHENTIC }),
      '   ',
      JSON.stringify({ id: null, text: '' }),
    ].join('\r\n');
    const { code, stdout, stderr } = run(['--jsonl'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([row('a', SALESY), row(2, AUTHENTIC), row(null, '')]);
  });

  test('bad lines are named by 1-based line number on stderr, the rest still scored, exit 1', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'first' }),
      'this is not json',
      '',
      JSON.stringify({ id: 4 }),
      JSON.stringify({ id: 5, text: 5 }),
      JSON.stringify({ id: 6, text: 'last' }),
    ].join('\n');
    const { code, stdout, stderr } = run(['--jsonl'], input);
    expect(code).toBe(1);
    const ids = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual([1, 6]);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 4: missing "text"/);
    expect(stderr).toMatch(/line 5: "text" must be a string/);
    expect(stderr).not.toMatch(/line [136]:/);
  });

  test('a large batch streams through complete and in order', () => {
    const n = 20_000;
    const texts = [SALESY, AUTHENTIC, 'Short one.', 'Thank you @ana for the help!'];
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: i, text: texts[i % texts.length] }),
    ).join('\n');
    const { code, stdout } = run(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(n);
    expect(JSON.parse(lines[n - 1] as string).id).toBe(n - 1);
    expect(lines.every((l, i) => JSON.parse(l).id === i)).toBe(true);
  }, 120_000);
});

// These become meaningful once the engine's rules land: with the placeholder engine every draft
// is "balanced", so they fail until then.
describe('with the real engine: salesy vs authentic', () => {
  test('the issue example is a salesy report with rewrites', () => {
    const { stdout } = run([SALESY]);
    expect(stdout).toContain('SALESY');
    expect(stdout).toContain('[salesy]');
    expect(stdout).toMatch(/ -> /);
  });

  test('a personal story with a question scores well above a hard sell', () => {
    const input = [
      JSON.stringify({ id: 's', text: SALESY }),
      JSON.stringify({ id: 'a', text: AUTHENTIC }),
    ].join('\n');
    const [sales, story] = run(['--jsonl'], input)
      .stdout.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sales.band).toBe('salesy');
    expect(story.band).toBe('authentic');
    expect(story.score - sales.score).toBeGreaterThanOrEqual(30);
  });
});
