// Makes sure a Firefox for the end-to-end tests exists: $FIREFOX_PATH or Debian's
// /usr/bin/firefox-esr. If none, installs Debian's firefox-esr when root with apt-get; otherwise
// exits 1 with the command to run. Never skips silently.
import { ensureDebianBinary, findBinary, mainIfRun } from './ensure-debian-binary.mjs';

const PATHS = ['/usr/bin/firefox-esr'];

/** The first Firefox binary that exists, or null. */
export function findFirefox() {
  return findBinary([process.env.FIREFOX_PATH, ...PATHS]);
}

/** Returns the Firefox path, installing Debian's firefox-esr if possible; throws with the command otherwise. */
export function ensureFirefox() {
  return ensureDebianBinary({
    tag: 'ensure-firefox',
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    paths: PATHS,
    pkg: 'firefox-esr',
  });
}

mainIfRun(import.meta.url, 'ensure-firefox', ensureFirefox);
