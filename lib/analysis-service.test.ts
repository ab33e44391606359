import { afterEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeInWorker, isAnalyzeRequest, serveAnalysis } from './analysis-service';
import { analyze } from './engine/index';

afterEach(() => fakeBrowser.reset());

test.each([
  [{ kind: 'engine/analyze', text: 'Buy now', options: {} }, true],
  [{ kind: 'engine/analyze', text: 42, options: {} }, false],
  [{ kind: 'engine/analyze', text: 'x' }, false],
  [{ kind: 'draft/get' }, false],
  [null, false],
  ['engine/analyze', false],
])('isAnalyzeRequest(%j) is %s', (raw, ok) => {
  expect(isAnalyzeRequest(raw)).toBe(ok);
});

test('a long draft analysed in the worker gets the same report as in the page', async () => {
  serveAnalysis();
  const text = 'Buy now!!! Limited time only, DM me for details. '.repeat(300);
  const options = { profile: { mission: 'teach kids to code', passions: ['chess'] } };
  expect(await analyzeInWorker(text, options)).toEqual(analyze(text, options));
});

test('without a worker answering, the request fails so the caller can analyse locally', async () => {
  await expect(analyzeInWorker('Buy now', {})).rejects.toBeTruthy();
});
