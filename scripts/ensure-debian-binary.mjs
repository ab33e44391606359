// Shared by ensure-chromium and ensure-firefox: find a browser binary, or install its Debian
// package with apt-get when running as root, or fail with the command to run. Never skips silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The first of `paths` (falsy entries ignored) that exists, or null. */
export function findBinary(paths) {
  return paths.filter(Boolean).find((p) => existsSync(p)) ?? null;
}

function run(tag, cmd, args) {
  console.log(`${tag}: running: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

/**
 * Returns the binary's path, installing Debian's `pkg` first when none is found and this is root
 * with apt-get (one `apt-get update`, then `apt-get install -y pkg`); throws with the command otherwise.
 */
export function ensureDebianBinary({ tag, label, envVar, paths, pkg }) {
  const candidates = [process.env[envVar], ...paths].filter(Boolean);
  const found = findBinary(candidates);
  if (found) return found;
  if (process.env[envVar]) console.log(`${tag}: ${envVar}=${process.env[envVar]} does not exist`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get update && apt-get install -y ${pkg}`;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${tag}: no ${label} found; installing Debian's ${pkg} package`);
    if (run(tag, 'apt-get', ['update']) && run(tag, 'apt-get', ['install', '-y', pkg])) {
      const now = findBinary(candidates);
      if (now) {
        console.log(`${tag}: installed ${now}`);
        return now;
      }
    }
    throw new Error(`${tag}: installing failed; run as root: ${command}`);
  }
  throw new Error(
    `${tag}: no ${label} found (looked at ${candidates.join(', ')}). Install it with:\n` +
      `  sudo sh -c '${command}'\nor set ${envVar} to a ${label} binary.`,
  );
}

/** Runs `ensure` as a command-line script: prints the path, or the reason and exit code 1. */
export function mainIfRun(moduleUrl, tag, ensure) {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  try {
    console.log(`${tag}: using ${ensure()}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
