/** The first Firefox binary that exists, or null. */
export function findFirefox(): string | null;
/** Returns the Firefox path, installing Debian's firefox-esr if possible; throws with the command otherwise. */
export function ensureFirefox(): string;
