import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isBackgroundRequest } from '../messages';
import type { DetectedSend } from '../sends/watch';
import { recordInBackground } from './client';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const send: DetectedSend = {
  text: 'We fixed the oven. Thank you for waiting!',
  kind: 'reply',
  via: 'key',
  time: 1_780_000_000_000,
};

test('asks the background to record the send, in a request it accepts', async () => {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message);
    return Promise.resolve(isBackgroundRequest(message));
  });
  expect(await recordInBackground('facebook', send)).toBe(true);
  expect(seen).toEqual([
    {
      kind: 'journal/record',
      site: 'facebook',
      composer: 'reply',
      text: send.text,
      time: send.time,
    },
  ]);
});

test('never rejects: no background, or one that did not record, gives false', async () => {
  expect(await recordInBackground('x', send)).toBe(false);
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(false));
  expect(await recordInBackground('x', send)).toBe(false);
});
