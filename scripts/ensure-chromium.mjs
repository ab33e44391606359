// Makes sure a Chromium for the end-to-end tests exists: $CHROMIUM_PATH, /usr/bin/chromium or
// /usr/bin/chromium-browser. If none, installs Debian's package when root with apt-get; otherwise
// exits 1 with the command to run. Never skips silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** The first Chromium binary that exists, or null. */
export function findChromium() {
  return candidates().find((p) => existsSync(p)) ?? null;
}

function run(cmd, args) {
  console.log(`ensure-chromium: running: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

/** Returns the Chromium path, installing Debian's chromium if possible; throws with the command otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH)
    console.log(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const command = 'apt-get update && apt-get install -y chromium';
  if (isRoot && hasApt) {
    console.log("ensure-chromium: no Chromium found; installing Debian's chromium package");
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      const now = findChromium();
      if (now) {
        console.log(`ensure-chromium: installed ${now}`);
        return now;
      }
    }
    throw new Error(`ensure-chromium: installing failed; run as root: ${command}`);
  }
  throw new Error(
    `ensure-chromium: no Chromium found (looked at ${candidates().join(', ')}). Install it with:\n` +
      `  sudo sh -c '${command}'\nor set CHROMIUM_PATH to a Chromium binary.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`ensure-chromium: using ${ensureChromium()}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
