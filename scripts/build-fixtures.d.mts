/** Where the bundles and pages land; the e2e router serves files from here. */
export const fixturesDist: string;
/** Builds the fixtures unless up to date; returns whether it built and how long it took. */
export function buildFixtures(opts?: { force?: boolean; quiet?: boolean }): Promise<{
  built: boolean;
  ms: number;
}>;
