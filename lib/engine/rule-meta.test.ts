// The options page lists rules from rule-meta.ts; it must match the registry exactly and import nothing that runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { RULE_META } from './rule-meta';
import { RULES } from './rules';

test('every registered rule appears once, in order, with the same fields', () => {
  expect(RULE_META).toEqual(
    RULES.map(({ id, category, polarity, description }) => ({
      id,
      category,
      polarity,
      description,
    })),
  );
});

test('rule-meta imports types only, so the options page pulls in no detector and no compromise', () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = readFileSync(path.join(here, 'rule-meta.ts'), 'utf8');
  const imports = source.match(/^import .*$/gm) ?? [];
  expect(imports.length).toBeGreaterThan(0);
  for (const line of imports) expect(line).toMatch(/^import type /);
});
