import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, parseDay, resolveView } from './period';

const DAY = 86_400_000;
const now = new Date(2026, 2, 20, 15).getTime();

describe('resolveView', () => {
  test('the last N days', () => {
    const r = resolveView({ ...DEFAULT_VIEW, period: '30' }, now, null);
    expect(r.filter).toEqual({ site: 'all', kind: 'all', from: now - 30 * DAY, to: null });
    expect([r.start, r.end, r.label]).toEqual([now - 30 * DAY, now, 'Last 30 days']);
  });

  test('the site joins the label, the kind the filter', () => {
    const r = resolveView({ ...DEFAULT_VIEW, site: 'linkedin', kind: 'reply' }, now, null);
    expect(r.label).toBe('Last 90 days on LinkedIn');
    expect(r.filter).toMatchObject({ site: 'linkedin', kind: 'reply' });
  });

  test('everything kept starts at the first entry', () => {
    const first = now - 200 * DAY;
    const r = resolveView({ ...DEFAULT_VIEW, period: 'all' }, now, first);
    expect(r.filter).toMatchObject({ from: null, to: null });
    expect([r.start, r.label]).toEqual([first, 'Everything kept']);
  });

  test('between two dates: whole days, in either order', () => {
    const view = {
      ...DEFAULT_VIEW,
      period: 'custom' as const,
      from: '2026-03-10',
      to: '2026-03-01',
    };
    const r = resolveView(view, now, null);
    expect(r.filter.from).toBe(new Date(2026, 2, 1).getTime());
    expect(r.filter.to).toBe(new Date(2026, 2, 11).getTime());
    expect(r.label).toMatch(/^\S.* to .*2026$/);
  });

  test('one date only: since or until', () => {
    expect(
      resolveView({ ...DEFAULT_VIEW, period: 'custom', from: '2026-03-01' }, now, null).label,
    ).toMatch(/^Since /);
    const until = resolveView({ ...DEFAULT_VIEW, period: 'custom', to: '2026-03-01' }, now, null);
    expect(until.label).toMatch(/^Until /);
    expect(until.filter.from).toBeNull();
  });
});

test('parseDay reads date inputs and nothing else', () => {
  expect(parseDay('2026-03-05')).toBe(new Date(2026, 2, 5).getTime());
  expect(parseDay('')).toBeNull();
  expect(parseDay('5 March')).toBeNull();
});
