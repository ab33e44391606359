import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Report } from '../../lib/engine/types';
import { AnalysisLoop, DEBOUNCE_MS, type LoopEnv } from './analysis-loop';

const reportOf = (text: string) => ({ score: text.length }) as unknown as Report;

function setup(over: Partial<LoopEnv> = {}) {
  let draft = 'first';
  const shown: string[] = [];
  const env: LoopEnv = {
    read: () => draft,
    analyze: vi.fn((text: string) => reportOf(text)),
    show: (text) => shown.push(text),
    unchanged: vi.fn(),
    report: (error) => {
      throw error;
    },
    ...over,
  };
  const loop = new AnalysisLoop(env);
  return { loop, env, shown, type: (t: string) => (draft = t) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('analyses once after a pause in typing, with the text as it is then', () => {
  const { loop, env, shown, type } = setup();
  for (const t of ['B', 'Bu', 'Buy']) {
    type(t);
    loop.schedule();
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
  }
  expect(env.analyze).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(shown).toEqual(['Buy']);
  expect(loop.current?.text).toBe('Buy');
});

test('nothing is analysed during IME composition; its end analyses', () => {
  const { loop, env, shown, type } = setup();
  loop.setComposing(true);
  type('にほ');
  loop.schedule();
  loop.now();
  vi.advanceTimersByTime(DEBOUNCE_MS * 3);
  expect(env.analyze).not.toHaveBeenCalled();
  type('日本');
  loop.setComposing(false);
  vi.advanceTimersByTime(DEBOUNCE_MS);
  expect(shown).toEqual(['日本']);
});

test('one analysis in flight; a change meanwhile is analysed once when it ends', async () => {
  const pending: ((r: Report) => void)[] = [];
  const analyze = vi.fn(() => new Promise<Report>((resolve) => pending.push(resolve)));
  const { loop, shown, type } = setup({ analyze });
  loop.now();
  type('second');
  loop.now();
  type('third');
  loop.now();
  expect(analyze).toHaveBeenCalledTimes(1);
  pending[0]?.(reportOf('first'));
  await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(2));
  pending[1]?.(reportOf('third'));
  await vi.waitFor(() => expect(shown).toEqual(['first', 'third']));
});

test('an unchanged draft is not analysed again; forget() makes it', () => {
  const { loop, env } = setup();
  loop.now();
  loop.now();
  expect(env.analyze).toHaveBeenCalledTimes(1);
  expect(env.unchanged).toHaveBeenCalledTimes(1);
  loop.forget();
  loop.now();
  expect(env.analyze).toHaveBeenCalledTimes(2);
});

test('held while an edit is applied, and silent after stop', () => {
  const { loop, env, type } = setup();
  loop.hold(true);
  loop.now();
  expect(env.analyze).not.toHaveBeenCalled();
  loop.hold(false);
  loop.now();
  expect(env.analyze).toHaveBeenCalledTimes(1);
  loop.stop();
  type('changed');
  loop.schedule();
  vi.advanceTimersByTime(DEBOUNCE_MS);
  loop.now();
  expect(env.analyze).toHaveBeenCalledTimes(1);
});

test('an analysis that throws is reported, not thrown into the page', () => {
  const errors: unknown[] = [];
  const { loop } = setup({
    analyze: () => {
      throw new Error('boom');
    },
    report: (e) => errors.push(e),
  });
  expect(() => loop.now()).not.toThrow();
  expect(errors).toHaveLength(1);
});

test('settles only when the reading shown is for the draft as it is', async () => {
  const pending: ((r: Report) => void)[] = [];
  const settled = vi.fn();
  const analyze = vi.fn(() => new Promise<Report>((resolve) => pending.push(resolve)));
  const { loop, type } = setup({ analyze, settled });
  loop.now();
  type('second');
  loop.schedule();
  pending[0]?.(reportOf('first'));
  await vi.waitFor(() => expect(loop.current?.text).toBe('first'));
  // The answer for 'first' arrived while 'second' waits out its pause: not settled.
  expect(settled).not.toHaveBeenCalled();
  vi.advanceTimersByTime(DEBOUNCE_MS);
  pending[1]?.(reportOf('second'));
  await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
  expect(loop.current?.text).toBe('second');
});

test('a partial reading is shown at once, then asked for again until it is complete', async () => {
  const answers = [{ ...reportOf('first'), partial: true as const }, reportOf('first')];
  const analyze = vi.fn(() => Promise.resolve(answers.shift() as Report));
  const settled = vi.fn();
  const partials: (boolean | undefined)[] = [];
  const { loop } = setup({ analyze, settled, show: (_t, r) => partials.push(r.partial) });
  loop.now();
  await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
  expect(partials).toEqual([true, undefined]);
  expect(analyze).toHaveBeenCalledTimes(2);
  expect(loop.current?.report.partial).toBeUndefined();
});
