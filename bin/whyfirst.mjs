#!/usr/bin/env node
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'whyfirst: the CLI is not built yet; run `npm install` (or `node scripts/build-cli.mjs`) in the project first.\n',
  );
  process.exit(2);
}
await import(cli.href);
