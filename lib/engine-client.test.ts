import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from './engine/index';
import { analyzeInBackground, keepEngineAwake, wakeEngine } from './engine-client';
import { analyzeForPage } from './engine-service';
import { isBackgroundRequest } from './messages';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function serve(): void {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.kind === 'engine/analyze')
      return Promise.resolve(analyzeForPage(message.text, message.options));
    return Promise.resolve(true);
  });
}

test('a draft analysed in the background gets the same report as the engine gives', async () => {
  serve();
  const text = 'Buy now!!! Limited time only, DM me for details. '.repeat(300);
  const options = { profile: { mission: 'teach kids to code', passions: ['chess'] } };
  expect(await analyzeInBackground(text, options)).toEqual(analyze(text, options));
});

test('without a background answering, the request fails instead of hanging', async () => {
  await expect(analyzeInBackground('Buy now', {})).rejects.toBeTruthy();
});

test('an answer that is not a report is refused', async () => {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ score: 'high' }));
  await expect(analyzeInBackground('Buy now', {})).rejects.toThrow(/no analysis/);
});

test('waking the engine sends once per idle spell, and again after one', async () => {
  serve();
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  const t0 = Date.now() + 1_000_000;
  wakeEngine(t0);
  wakeEngine(t0 + 1_000);
  wakeEngine(t0 + 15_000);
  expect(send).toHaveBeenCalledTimes(1);
  expect(send.mock.calls[0]?.[0]).toEqual({ kind: 'engine/warm' });
  wakeEngine(t0 + 40_000);
  expect(send).toHaveBeenCalledTimes(2);
});

test('a composer in use tells the background every time it is asked to', async () => {
  serve();
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  keepEngineAwake();
  keepEngineAwake();
  expect(send).toHaveBeenCalledTimes(2);
  expect(send.mock.calls.every(([m]) => (m as { kind: string }).kind === 'engine/warm')).toBe(true);
});
