// Meta-tests that keep the rule structure honest: one file per rule, registered once, with examples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import type { Rule } from '../rule';
import { TEST_PROFILE, TEST_SETTINGS } from '../testing';
import type { Category } from '../types';
import { RULES } from './index';

const here = path.dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const SALES: Category[] = [
  'call-to-action',
  'urgency',
  'deal',
  'hype',
  'self-focus',
  'shouting',
  'engagement-bait',
  'opportunity',
];

function hits(rule: Rule, text: string): number {
  return rule.detect(buildDoc(text, TEST_PROFILE, TEST_SETTINGS)).length;
}

describe('rule registry', () => {
  test('ids are unique and listed alphabetically', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  test('every rule file is registered exactly once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles);
  });

  test.each(ruleFiles)('%s exports the registered rule and has tests beside it', async (id) => {
    const mod = (await import(`./${id}.ts`)) as { rule?: Rule };
    expect(mod.rule?.id).toBe(id);
    expect(RULES).toContain(mod.rule);
    expect(existsSync(path.join(here, `${id}.test.ts`)), `${id}.test.ts is missing`).toBe(true);
  });

  test.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a flagged and a clean example',
    (_id, rule) => {
      if (rule.examples) {
        expect(rule.examples.flagged.length).toBeGreaterThan(0);
        expect(rule.examples.clean.length).toBeGreaterThan(0);
        for (const text of rule.examples.flagged)
          expect(hits(rule, text), `should flag: ${text}`).toBeGreaterThan(0);
        for (const text of rule.examples.clean)
          expect(hits(rule, text), `should pass: ${text}`).toBe(0);
      } else {
        // Rules that depend on the profile or settings keep their examples in their test tables.
        const source = readFileSync(path.join(here, `${rule.id}.test.ts`), 'utf8');
        expect(source).toMatch(/flags/);
        expect(source).toMatch(/passes/);
      }
    },
  );

  test.each(RULES.map((r) => [r.id, r] as const))('%s has a sensible shape', (_id, rule) => {
    expect(rule.weight).toBeGreaterThan(0);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.message.length).toBeGreaterThan(3);
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.polarity).toBe(SALES.includes(rule.category) ? 'sales' : 'authentic');
  });
});
