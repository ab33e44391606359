// Bundles the `whyfirst` CLI (TypeScript engine included) into dist/cli.mjs so `npx whyfirst` runs on plain Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
