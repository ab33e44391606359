import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { analyze } from '../../lib/engine/index';
import { loadEntries, saveJournalSettings } from '../../lib/journal/store';
import { loadPrefs, saveSetting, setPausedUntil } from '../../lib/storage';

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

describe('messages from content scripts', () => {
  // Only the fields the background reads; the rest of a MessageSender does not matter here.
  const sender = { tab: { id: 7 }, frameId: 3, documentId: 'doc-1' } as never;

  test('a draft is analysed here, with the profile it came with, as the engine would', async () => {
    const options = { profile: { mission: 'teach kids to code', passions: ['chess'] } };
    const text = 'Buy now!!! Limited time only, DM me. Last week my students beat me at chess.';
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { kind: 'engine/analyze', text, options },
      sender,
    );
    expect(answer).toEqual(analyze(text, options));
  });

  test('the composer UI is injected into the very document that asked, once per request', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ kind: 'composer/load' }, sender);
    expect(answer).toBe(true);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]?.[0]).toEqual({
      target: { tabId: 7, documentIds: ['doc-1'] },
      files: ['/composer-ui.js'],
    });
  });

  test('without a document id the frame is targeted; without a tab nothing is injected', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await fakeBrowser.runtime.onMessage.trigger({ kind: 'composer/load' }, {
      tab: { id: 7 },
    } as never);
    expect(execute.mock.calls[0]?.[0].target).toEqual({ tabId: 7, frameIds: [0] });
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ kind: 'composer/load' }, {});
    expect(answer).toBe(false);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  test('where there is no scripting API (Firefox MV2), tabs.executeScript injects into the frame', async () => {
    const api = fakeBrowser as unknown as { scripting?: unknown };
    const scripting = api.scripting;
    api.scripting = undefined;
    try {
      const execute = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue([]);
      await fakeBrowser.runtime.onMessage.trigger({ kind: 'composer/load' }, sender);
      expect(execute).toHaveBeenCalledWith(7, { file: '/composer-ui.js', frameId: 3 });
    } finally {
      api.scripting = scripting;
    }
  });

  test.each([
    [{ kind: 'engine/analyze', text: 42, options: {} }],
    [{ kind: 'engine/analyze', text: 'x' }],
    [{ kind: 'journal/record', site: 'myspace', composer: 'post', text: 'x', time: 1 }],
    [{ kind: 'journal/record', site: 'x', composer: 'story', text: 'x', time: 1 }],
    [{ kind: 'journal/record', site: 'x', composer: 'post', text: 'x', time: Number.NaN }],
    [{ kind: 'journal/record', site: 'x', composer: 'post', time: 1 }],
    [{ kind: 'draft/get' }],
    ['composer/load'],
    [null],
  ])('ignores %j', async (message) => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    expect(answers.filter((a) => a !== undefined)).toEqual([]);
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('the journal: posts sent in a page are recorded here', () => {
  const sender = { tab: { id: 7 }, frameId: 0 } as never;
  const TIME = Date.UTC(2026, 4, 12, 8, 30);
  const sent = (text: string, over: Record<string, unknown> = {}) => ({
    kind: 'journal/record',
    site: 'linkedin',
    composer: 'reply',
    text,
    time: TIME,
    ...over,
  });
  const record = async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];

  test('analysed with the profile and settings the meter used; numbers kept, the text not', async () => {
    const profile = { mission: 'help new bakers find their feet', passions: ['sourdough'] };
    const settings = { ...(await loadPrefs()).settings, sensitivity: 'strict' as const };
    await saveSetting('profile', profile);
    await saveSetting('settings', settings);
    const text = 'My sourdough failed twice before it rose. What did your first loaf teach you?';
    expect(await record(sent(text))).toBe(true);
    const report = analyze(text, { profile, settings });
    // The profile counts: without it the same words read differently.
    expect(report).not.toEqual(analyze(text));
    const [entry] = await loadEntries();
    expect(entry).toEqual({
      id: expect.any(String),
      time: TIME,
      site: 'linkedin',
      kind: 'reply',
      score: Math.round(report.score),
      band: report.band,
      salesiness: Math.round(report.salesiness),
      authenticity: Math.round(report.authenticity),
      habits: report.checklist.filter((c) => c.done).map((c) => c.id),
      words: report.stats.words,
      rules: [...new Set(report.findings.map((f) => f.ruleId))].sort(),
    });
    expect(await fakeBrowser.storage.sync.get('journal')).toEqual({});
  });

  test('the text is kept when the user chose so', async () => {
    await saveJournalSettings({ keepText: true });
    await record(sent('  Thank you all for Saturday.  '));
    expect((await loadEntries())[0]?.text).toBe('Thank you all for Saturday.');
  });

  test('two tabs sending at once: both land', async () => {
    const answers = await Promise.all([
      record(sent('First, from one tab.', { site: 'x', composer: 'post' })),
      record(sent('Second, from another.', { time: TIME + 1 })),
      record(sent('Third, a message.', { site: 'facebook', composer: 'message', time: TIME + 2 })),
    ]);
    expect(answers).toEqual([true, true, true]);
    expect((await loadEntries()).map((e) => [e.site, e.kind])).toEqual([
      ['x', 'post'],
      ['linkedin', 'reply'],
      ['facebook', 'message'],
    ]);
  });

  test('a time in the future is taken as now', async () => {
    await record(sent('From a page whose clock runs ahead.', { time: Date.now() + 3_600_000 }));
    expect((await loadEntries())[0]?.time).toBeLessThanOrEqual(Date.now());
  });

  test('nothing is recorded where WhyFirst is off: the site, the kind, or a pause', async () => {
    await saveSetting('sites', { x: true, facebook: true, linkedin: false });
    expect(await record(sent('On a site turned off.'))).toBe(false);
    await saveSetting('sites', { x: true, facebook: true, linkedin: true });
    await saveSetting('kinds', { post: true, reply: false, message: true });
    expect(await record(sent('A kind turned off.'))).toBe(false);
    await saveSetting('kinds', { post: true, reply: true, message: true });
    await setPausedUntil(Date.now() + 3_600_000);
    expect(await record(sent('While paused.'))).toBe(false);
    expect(await loadEntries()).toEqual([]);
    await setPausedUntil(0);
    expect(await record(sent('Back on.'))).toBe(true);
    expect(await loadEntries()).toHaveLength(1);
  });

  test('an empty draft is not a post', async () => {
    expect(await record(sent(' \n '))).toBe(false);
    expect(await loadEntries()).toEqual([]);
  });
});
