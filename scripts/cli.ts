import { analyze } from '../lib/engine';

// Placeholder until the CLI lands.
const text = process.argv.slice(2).join(' ');
process.stdout.write(`${JSON.stringify(analyze(text), null, 2)}\n`);
