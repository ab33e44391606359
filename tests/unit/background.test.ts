import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { loadPrefs, saveSetting } from '../../lib/storage';

type Listener = (arg?: unknown) => void;
function fakePort(name: string) {
  const onMessage: Listener[] = [];
  const onDisconnect: Listener[] = [];
  return {
    name,
    onMessage: { addListener: (l: Listener) => onMessage.push(l) },
    onDisconnect: { addListener: (l: Listener) => onDisconnect.push(l) },
    send: (message: unknown) => {
      for (const l of onMessage) l(message);
    },
    close: () => {
      for (const l of onDisconnect) l();
    },
  };
}

// fakeBrowser has no runtime.onConnect, so the test keeps the listener the background adds.
let connect: (port: unknown) => void = () => undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    connect = listener as (port: unknown) => void;
  });
  background.main();
});

test('the welcome page opens on first install only', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await fakeBrowser.runtime.onInstalled.trigger({
    reason: 'update',
    previousVersion: '0.0.1',
    temporary: false,
  });
  expect(create).not.toHaveBeenCalled();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(create).toHaveBeenCalledTimes(1);
  expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
});

test('text typed in a page that closed before saving is saved, with the newest passions', async () => {
  await saveSetting('profile', { mission: 'old', passions: ['tea'] });
  const port = fakePort('whyfirst/unsaved');
  connect(port);
  port.send({ kind: 'mission/unsaved', mission: 'typed just before closing' });
  port.close();
  await vi.waitFor(async () =>
    expect((await loadPrefs()).profile).toEqual({
      mission: 'typed just before closing',
      passions: ['tea'],
    }),
  );
});

test('nothing is written when the page had saved already, or for garbled messages', async () => {
  await saveSetting('profile', { mission: 'saved', passions: [] });
  const port = fakePort('whyfirst/unsaved');
  connect(port);
  port.send({ kind: 'mission/unsaved', mission: 'draft' });
  port.send({ kind: 'mission/saved' });
  port.send({ kind: 'mission/unsaved', mission: 42 });
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  port.close();
  await new Promise((r) => setTimeout(r, 20));
  expect(set).not.toHaveBeenCalled();
  expect((await loadPrefs()).profile.mission).toBe('saved');
});

test('ports with other names are ignored', async () => {
  const port = fakePort('something-else');
  connect(port);
  port.send({ kind: 'mission/unsaved', mission: 'x' });
  port.close();
  await new Promise((r) => setTimeout(r, 20));
  expect((await loadPrefs()).profile.mission).toBe('');
});
