import { afterEach, expect, test, vi } from 'vitest';
import { analyze, setNlpReadiness } from './engine/index';
import { analyzeForPage, analyzeInFull, loadModelLater } from './engine-service';

afterEach(() => {
  setNlpReadiness(() => true);
  vi.useRealTimers();
});

test('a worker without its model answers at once with a partial report, then loads the model', () => {
  vi.useFakeTimers();
  let loaded = false;
  const load = vi.fn(() => {
    loaded = true;
  });
  loadModelLater(() => loaded, load);
  const text = 'We just opened our bakery. Buy now, limited time only!';
  const first = analyzeForPage(text, {});
  expect(first.partial).toBe(true);
  // The load waits until the answer has gone out.
  expect(load).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(load).toHaveBeenCalledTimes(1);
  expect(analyzeForPage(text, {})).toEqual(analyze(text));
});

test('what is kept is analysed with the model loaded first', () => {
  let loaded = false;
  loadModelLater(
    () => loaded,
    () => {
      loaded = true;
    },
  );
  const report = analyzeInFull('Thank you all for coming to our first meetup!', {});
  expect(loaded).toBe(true);
  expect(report.partial).toBeUndefined();
});
