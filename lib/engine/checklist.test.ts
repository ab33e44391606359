import { describe, expect, test } from 'vitest';
import { findAll } from './analyze';
import { buildChecklist, CHECKLIST_LABELS } from './checklist';
import { buildDoc } from './doc';
import { TEST_SETTINGS } from './testing';
import type { ChecklistId, Finding, Profile } from './types';

const PROFILE: Profile = {
  mission: 'I help small bakeries share their craft and teach kids to bake',
  passions: ['sourdough'],
};

function checklist(text: string, profile: Profile = PROFILE, findings?: Finding[]) {
  const doc = buildDoc(text, profile, TEST_SETTINGS);
  return buildChecklist(doc, findings ?? findAll(doc));
}

function done(text: string, profile: Profile = PROFILE): ChecklistId[] {
  return checklist(text, profile)
    .filter((i) => i.done)
    .map((i) => i.id);
}

const salesFinding = (
  text: string,
  start: number,
  end: number,
  weight: number,
  category: Finding['category'],
): Finding => ({
  ruleId: 'test-sale',
  category,
  polarity: 'sales',
  start,
  end,
  text: text.slice(start, end),
  message: 'm',
  why: 'w',
  weight,
  suggestions: [],
});

describe('buildChecklist', () => {
  test('lists the seven habits in order, with plain labels', () => {
    const items = checklist('');
    expect(items.map((i) => i.id)).toEqual([
      'shares-why',
      'mentions-passion',
      'asks-question',
      'teaches',
      'credits-others',
      'personal',
      'no-hard-sell',
    ]);
    expect(items.map((i) => i.label)).toEqual(items.map((i) => CHECKLIST_LABELS[i.id]));
    expect(items.find((i) => i.id === 'shares-why')?.label).toBe('Shares your why');
  });

  test.each<[string, ChecklistId[]]>([
    ['', ['no-hard-sell']],
    ['I believe bread brings people together.', ['shares-why', 'no-hard-sell']],
    ['My sourdough starter turned five.', ['mentions-passion', 'no-hard-sell']],
    ['What was the first loaf you were proud of?', ['asks-question', 'no-hard-sell']],
    ["Here's what I learned: rest the dough.", ['teaches', 'personal', 'no-hard-sell']],
    ['Huge thanks to my neighbours.', ['credits-others', 'no-hard-sell']],
    ['Last week I burned every loaf.', ['personal', 'no-hard-sell']],
    // Two words of the mission in one sentence echo it; one common word does not.
    ['We teach kids in small bakeries every Saturday.', ['shares-why', 'no-hard-sell']],
    ['The kids loved it.', ['no-hard-sell']],
  ])('ticks for %j', (text, expected) => {
    expect(done(text)).toEqual(expected);
  });

  test('evidence is the span that ticked the habit', () => {
    const text = 'Rainy day. Thanks to @ana for the flour!';
    const item = checklist(text).find((i) => i.id === 'credits-others');
    expect(item?.evidence).toEqual({ start: 11, end: 20, text: 'Thanks to' });
    expect(text.slice(item?.evidence?.start, item?.evidence?.end)).toBe(item?.evidence?.text);
  });

  test('no hard sell: done without sales findings; otherwise the hardest sell is the evidence', () => {
    const text = 'Great loaf. Limited time. Buy now at our shop.';
    const soft = salesFinding(text, 0, 5, 30, 'hype');
    const urgency = salesFinding(text, 12, 24, 10, 'urgency');
    const cta = salesFinding(text, 26, 33, 18, 'call-to-action');
    const item = checklist(text, PROFILE, [soft, urgency, cta]).find(
      (i) => i.id === 'no-hard-sell',
    );
    expect(item).toMatchObject({ done: false, evidence: { start: 26, end: 33, text: 'Buy now' } });
    const onlySoft = checklist(text, PROFILE, [soft]).find((i) => i.id === 'no-hard-sell');
    expect(onlySoft).toEqual({ id: 'no-hard-sell', label: 'No hard sell', done: true });
  });

  test('faint findings tick nothing: an announcement is not a story, a partial match is not a hard sell', () => {
    const text = 'I am excited to announce it. Only a month.';
    const items = checklist(text, PROFILE, [
      { ...salesFinding(text, 34, 41, 2.4, 'deal') },
      {
        ...salesFinding(text, 0, 15, 1.5, 'story'),
        ruleId: 'feelings',
        polarity: 'authentic',
      },
    ]);
    expect(items.find((i) => i.id === 'no-hard-sell')?.done).toBe(true);
    expect(items.find((i) => i.id === 'personal')?.done).toBe(false);
  });

  test('a real pitch is not a hard-sell-free post', () => {
    const item = checklist('Buy now!!! Limited time only, DM me', {
      mission: '',
      passions: [],
    }).find((i) => i.id === 'no-hard-sell');
    expect(item?.done).toBe(false);
  });

  test('without a profile, mission and passion habits stay open', () => {
    expect(
      done('We teach kids about sourdough in small bakeries.', { mission: '', passions: [] }),
    ).not.toContain('mentions-passion');
  });
});
