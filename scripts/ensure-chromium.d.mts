/** The first Chromium binary that exists, or null. */
export function findChromium(): string | null;
/** Returns the Chromium path, installing Debian's chromium if possible; throws with the command otherwise. */
export function ensureChromium(): string;
