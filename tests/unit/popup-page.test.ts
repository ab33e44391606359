// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../entrypoints/popup/Popup';
import type { Report } from '../../lib/engine/types';
import type { DraftSnapshot } from '../../lib/messages';
import { loadPrefs, saveSetting } from '../../lib/storage';

const report: Report = {
  score: 34,
  band: 'salesy',
  salesiness: 70,
  authenticity: 20,
  findings: [],
  postSuggestions: [],
  checklist: [
    {
      id: 'asks-question',
      label: 'Asks a question that invites people in',
      done: true,
      evidence: { start: 0, end: 10, text: 'Who else?' },
    },
    { id: 'no-hard-sell', label: 'No hard sell', done: false },
  ],
  stats: {
    characters: 10,
    words: 2,
    sentences: 1,
    hashtags: 0,
    links: 0,
    mentions: 0,
    questions: 1,
  },
};

function answerWith(answer: () => Promise<unknown>) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(cleanup);

test('ticks the checklist from the draft in the active tab, with score and band', async () => {
  const snapshot: DraftSnapshot = { kind: 'draft', site: 'x', text: 'Who else? Buy now', report };
  answerWith(async () => snapshot);
  render(h(Popup, null));
  await screen.findByText('Your draft');
  expect(screen.getByText('34')).toBeTruthy();
  expect(screen.getByText(/Salesy/)).toBeTruthy();
  const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items.find((t) => t.includes('Asks a question'))).toContain('Done: ');
  expect(items.find((t) => t.includes('No hard sell'))).toContain('Not yet: ');
});

test('turning WhyFirst off for the tab’s site is saved for every tab', async () => {
  answerWith(async () => ({ kind: 'no-draft', site: 'linkedin' }));
  render(h(Popup, null));
  const toggle = (await screen.findByRole('switch', {
    name: 'WhyFirst on LinkedIn',
  })) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  fireEvent.click(toggle);
  await waitFor(async () => expect((await loadPrefs()).sites.linkedin).toBe(false));
});

test('a tab without the content script gives the hint, not an error', async () => {
  answerWith(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  render(h(Popup, null));
  await screen.findByText('Open X, Facebook or LinkedIn and start a post to see your checklist.');
  expect(screen.queryByRole('switch')).toBeNull();
});

test('a site that is switched off says so', async () => {
  await saveSetting('sites', { x: false, facebook: true, linkedin: true });
  answerWith(async () => ({ kind: 'no-draft', site: 'x' }));
  render(h(Popup, null));
  await screen.findByText('WhyFirst is off on X.');
});

test('the saved mission and passions are shown', async () => {
  await saveSetting('profile', { mission: 'Help new runners', passions: ['trails'] });
  answerWith(async () => ({ kind: 'no-draft', site: null }));
  render(h(Popup, null));
  const box = (await screen.findByLabelText(
    'Why are you using social media?',
  )) as HTMLTextAreaElement;
  expect(box.value).toBe('Help new runners');
  expect(screen.getByRole('button', { name: 'Remove trails' })).toBeTruthy();
});

test('a supported site whose tab predates the install is asked to reload', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 4, url: 'https://x.com/home' } as never,
  ]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
    new Error('Receiving end does not exist.'),
  );
  render(h(Popup, null));
  await screen.findByText(/^Reload this tab to use WhyFirst here/);
  expect(screen.getByRole('switch', { name: 'WhyFirst on X' })).toBeTruthy();
});
