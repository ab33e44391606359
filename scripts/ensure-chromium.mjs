// Makes sure a Chromium for the end-to-end tests exists: $CHROMIUM_PATH, /usr/bin/chromium or
// /usr/bin/chromium-browser. If none, installs Debian's package when root with apt-get; otherwise
// exits 1 with the command to run. Never skips silently.
import { ensureDebianBinary, findBinary, mainIfRun } from './ensure-debian-binary.mjs';

const PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The first Chromium binary that exists, or null. */
export function findChromium() {
  return findBinary([process.env.CHROMIUM_PATH, ...PATHS]);
}

/** Returns the Chromium path, installing Debian's chromium if possible; throws with the command otherwise. */
export function ensureChromium() {
  return ensureDebianBinary({
    tag: 'ensure-chromium',
    label: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    paths: PATHS,
    pkg: 'chromium',
  });
}

mainIfRun(import.meta.url, 'ensure-chromium', ensureChromium);
