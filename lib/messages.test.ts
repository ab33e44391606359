import { describe, expect, test } from 'vitest';
import type { Report } from './engine/types';
import {
  isBackgroundRequest,
  isContentRequest,
  isDraftSnapshot,
  isUnsavedMessage,
  sendToActiveTab,
  type TabsApi,
} from './messages';

const report: Report = {
  score: 72,
  band: 'authentic',
  salesiness: 20,
  authenticity: 80,
  findings: [],
  postSuggestions: [],
  checklist: [{ id: 'asks-question', label: 'Asks a question that invites people in', done: true }],
  stats: {
    characters: 5,
    words: 1,
    sentences: 1,
    hashtags: 0,
    links: 0,
    mentions: 0,
    questions: 1,
  },
};

function tabs(answer: () => Promise<unknown>, ids: Array<{ id?: number }> = [{ id: 7 }]): TabsApi {
  return { tabs: { query: async () => ids, sendMessage: async () => answer() } };
}

describe('message validation', () => {
  test('accepts the one request kind and nothing else', () => {
    expect(isContentRequest({ kind: 'draft/get' })).toBe(true);
    expect(isContentRequest({ kind: 'draft/set', text: 'x' })).toBe(false);
    expect(isContentRequest('draft/get')).toBe(false);
  });

  test.each([
    [{ kind: 'draft', site: 'x', text: 'Hi?', report }, true],
    [{ kind: 'no-draft', site: null }, true],
    [{ kind: 'no-draft', site: 'linkedin' }, true],
    [{ kind: 'no-draft', site: 'myspace' }, false],
    [{ kind: 'draft', site: 'x', text: 5, report }, false],
    [{ kind: 'draft', site: 'x', text: 'a', report: { ...report, score: 140 } }, false],
    [{ kind: 'draft', site: 'x', text: 'a', report: { ...report, band: 'neutral' } }, true],
    [{ kind: 'draft', site: 'x', text: 'a', report: { ...report, band: 'spammy' } }, false],
    [{ kind: 'draft', site: 'x', text: 'a', report: { ...report, checklist: [{ id: 1 }] } }, false],
    [null, false],
  ])('%j -> %s', (raw, ok) => {
    expect(isDraftSnapshot(raw)).toBe(ok);
  });
});

describe('journal/record requests', () => {
  const ok = { kind: 'journal/record', site: 'x', composer: 'message', text: 'See you!', time: 5 };
  test.each([
    [ok, true],
    [{ ...ok, text: '' }, true],
    [{ ...ok, site: 'myspace' }, false],
    [{ ...ok, composer: 'comment' }, false],
    [{ ...ok, text: ['See you!'] }, false],
    [{ ...ok, time: '2026-05-12' }, false],
    [{ ...ok, time: Number.POSITIVE_INFINITY }, false],
    [{ ...ok, time: 0 }, false],
  ])('%j -> %s', (raw, accepted) => {
    expect(isBackgroundRequest(raw)).toBe(accepted);
  });
});

describe('sendToActiveTab', () => {
  test('returns a valid snapshot', async () => {
    const snap = { kind: 'draft', site: 'x', text: 'Hi?', report };
    expect(
      await sendToActiveTab(
        { kind: 'draft/get' },
        tabs(async () => snap),
      ),
    ).toEqual(snap);
  });

  test('a tab without a content script is unreachable, not an error', async () => {
    const api = tabs(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const answer = await sendToActiveTab({ kind: 'draft/get' }, api);
    expect(answer).toEqual({
      kind: 'unreachable',
      detail: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  test('a supported site that does not answer (opened before install) is named', async () => {
    const api: TabsApi = {
      tabs: {
        query: async () => [{ id: 3, url: 'https://www.linkedin.com/feed/' }],
        sendMessage: async () => {
          throw new Error('Receiving end does not exist.');
        },
      },
    };
    expect(await sendToActiveTab({ kind: 'draft/get' }, api)).toEqual({
      kind: 'unreachable',
      detail: 'Receiving end does not exist.',
      site: 'linkedin',
    });
  });

  test('a garbled answer (another version) is unreachable', async () => {
    const answer = await sendToActiveTab(
      { kind: 'draft/get' },
      tabs(async () => ({ text: 1 })),
    );
    expect(answer.kind).toBe('unreachable');
  });

  test('no active tab is unreachable', async () => {
    const answer = await sendToActiveTab(
      { kind: 'draft/get' },
      tabs(async () => null, []),
    );
    expect(answer).toEqual({ kind: 'unreachable', detail: 'no active tab' });
  });
});

test.each([
  [{ kind: 'mission/unsaved', mission: 'why' }, true],
  [{ kind: 'mission/saved' }, true],
  [{ kind: 'mission/unsaved', mission: 3 }, false],
  [{ kind: 'mission/unsaved' }, false],
  ['mission/saved', false],
])('isUnsavedMessage(%j) is %s', (raw, ok) => {
  expect(isUnsavedMessage(raw)).toBe(ok);
});
