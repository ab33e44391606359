// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '../../lib/engine/types';
import { SITES } from '../../lib/sites/index';
import { Controller } from './controller';

const report = (text: string): Report => ({
  score: text.includes('Buy') ? 10 : 90,
  band: text.includes('Buy') ? 'salesy' : 'authentic',
  salesiness: 0,
  authenticity: 0,
  findings: [],
  postSuggestions: [],
  checklist: [],
  stats: {
    characters: text.length,
    words: 0,
    sentences: 0,
    hashtags: 0,
    links: 0,
    mentions: 0,
    questions: 0,
  },
});

const hosts = () => Array.from(document.querySelectorAll('whyfirst-meter'));
const lexical = (text: string, extra = '') =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" ${extra}><p>${text}</p></div>`;

let controller: Controller | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function start(analyze = vi.fn(report)) {
  controller = new Controller(document, SITES.facebook, analyze, (e) => {
    throw e;
  });
  controller.start();
  return analyze;
}

test('attaches a meter to composers that hold text, not to empty or opted-out ones', () => {
  document.body.innerHTML =
    lexical('Buy now') + lexical('') + lexical('Hidden', 'data-enable-grammarly="false"');
  const analyze = start();
  expect(hosts()).toHaveLength(1);
  expect(analyze).toHaveBeenCalledWith('Buy now');
  const meter = hosts()[0]?.shadowRoot;
  expect(meter).toBeTruthy();
});

test('an empty composer gets its meter when it takes focus', () => {
  document.body.innerHTML = lexical('');
  start();
  expect(hosts()).toHaveLength(0);
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]');
  editor?.focus();
  editor?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  expect(hosts()).toHaveLength(1);
});

test('composers that appear later are found; removed ones lose their meter', async () => {
  start();
  expect(hosts()).toHaveLength(0);
  const box = document.createElement('div');
  box.innerHTML = lexical('Hello friends') + lexical('Buy now');
  document.body.append(box);
  await vi.waitFor(() => expect(hosts()).toHaveLength(2));
  box.firstElementChild?.remove();
  await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  box.remove();
  await vi.waitFor(() => expect(hosts()).toHaveLength(0));
});

test('stop detaches everything; the draft snapshot follows the focused composer', () => {
  document.body.innerHTML = lexical('Buy now') + lexical('Thank you all');
  start();
  const second = document.querySelectorAll<HTMLElement>('[data-lexical-editor]')[1];
  second?.focus();
  expect(controller?.draft()).toMatchObject({
    kind: 'draft',
    site: 'facebook',
    text: 'Thank you all',
  });
  controller?.stop();
  expect(hosts()).toHaveLength(0);
  expect(controller?.draft()).toBeNull();
});

test('a new analyzer re-checks every draft; results are cached by text', () => {
  document.body.innerHTML = lexical('Buy now');
  const first = start();
  expect(first).toHaveBeenCalledTimes(1);
  const second = vi.fn(report);
  controller?.setAnalyzer(second);
  expect(second).toHaveBeenCalledWith('Buy now');
  expect(second).toHaveBeenCalledTimes(1);
});

test('after a stop and a start, composers that appear later are still found', async () => {
  start();
  controller?.stop();
  controller?.start();
  const box = document.createElement('div');
  box.innerHTML = lexical('Buy now');
  document.body.append(box);
  await vi.waitFor(() => expect(hosts()).toHaveLength(1));
});

test('only kinds turned on get meters; turning one off takes its meters away', () => {
  document.body.innerHTML =
    lexical('Buy now') + lexical('DM me for details', 'aria-label="Message"');
  const analyze = start();
  expect(hosts()).toHaveLength(2);
  controller?.setKinds((kind) => kind !== 'message');
  expect(hosts()).toHaveLength(1);
  expect(analyze).toHaveBeenCalledWith('Buy now');
  controller?.setKinds(() => true);
  expect(hosts()).toHaveLength(2);
});

test('a send confirmed in a composer goes to the background, even as its composer leaves', async () => {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
  document.body.innerHTML = `<div class="chat">${lexical('See you Saturday!', 'aria-label="Message"')}</div>`;
  start();
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]') as HTMLElement;
  editor.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
  // Messenger sends, then the chat tab closes; its session goes with it.
  document.querySelector('.chat')?.remove();
  controller?.scan();
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  expect(send.mock.calls[0]?.[0]).toEqual({
    kind: 'journal/record',
    site: 'facebook',
    composer: 'message',
    text: 'See you Saturday!',
    time: expect.any(Number),
  });
});

test('typing and leaving without a send records nothing', async () => {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
  document.body.innerHTML = lexical('Half a thought');
  start();
  document.body.innerHTML = '';
  controller?.scan();
  await new Promise((r) => setTimeout(r, 300));
  expect(send).not.toHaveBeenCalled();
});
