import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ExtensionSession,
  openExtension,
  readStorage,
  seriousA11yViolations,
  tabStops,
  writeStorage,
} from './extension-pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await openExtension();
});
afterAll(async () => {
  expect(session.errors).toEqual([]);
  await session?.close();
});

describe('welcome page', () => {
  test('opens on first install and what is typed there shows in the popup', async () => {
    // The install event comes once the service worker has started: slow on a busy machine.
    await expect
      .poll(() => session.context.pages().some((p) => p.url().endsWith('/welcome.html')), {
        timeout: 15_000,
      })
      .toBe(true);
    const welcome = await session.open('welcome.html');
    await welcome.getByText('Nothing leaves your device.').waitFor();
    await welcome.getByLabel('Why are you using social media?').fill('To meet other gardeners.');
    await welcome.getByLabel('Your passions').fill('roses,');
    await welcome.getByRole('button', { name: 'Done' }).click();
    await welcome.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
    const popup = await session.open('popup.html');
    expect(await popup.getByLabel('Why are you using social media?').inputValue()).toBe(
      'To meet other gardeners.',
    );
    expect(await popup.locator('[data-chip]').allInnerTexts()).toEqual(['roses']);
    await popup.close();
    await welcome.close();
  });
});

describe('options page', () => {
  test('sensitivity, categories, words and sites are kept after a reload', async () => {
    const options = await session.open('options.html');
    await options.getByLabel(/^Strict/).check();
    await options.getByLabel('Engagement bait', { exact: true }).uncheck();
    const salesy = options.getByLabel('Words to flag as salesy');
    await salesy.fill('synergy');
    await salesy.press('Enter');
    const allowed = options.getByLabel('Words never to flag');
    await allowed.fill('free clinic');
    await allowed.press('Enter');
    await options.getByRole('switch', { name: 'WhyFirst on Facebook' }).uncheck();
    await expect
      .poll(() => readStorage(options, 'sync', 'sites'))
      .toEqual({ x: true, facebook: false, linkedin: true });

    await options.reload();
    await options.waitForSelector('main:not([aria-busy])');
    expect(await options.getByLabel(/^Strict/).isChecked()).toBe(true);
    expect(await options.getByLabel('Engagement bait', { exact: true }).isChecked()).toBe(false);
    expect(await options.getByLabel('Calls to action', { exact: true }).isChecked()).toBe(true);
    expect(
      await options
        .getByRole('list', { name: 'Current words' })
        .first()
        .locator('[data-chip]')
        .allInnerTexts(),
    ).toEqual(['synergy']);
    expect(await options.getByRole('switch', { name: 'WhyFirst on Facebook' }).isChecked()).toBe(
      false,
    );
    expect(await readStorage(options, 'sync', 'settings')).toMatchObject({
      sensitivity: 'strict',
      disabledCategories: ['engagement-bait'],
      extraSalesyWords: ['synergy'],
      allowedWords: ['free clinic'],
    });
    await options.close();
  });

  test('a kind of composer switched off is kept after a reload, and only that kind', async () => {
    const options = await session.open('options.html');
    const messages = options.getByRole('switch', { name: 'WhyFirst in private messages' });
    expect(await messages.isChecked()).toBe(true);
    // Keyboard alone: Space toggles the focused switch.
    await messages.focus();
    await options.keyboard.press('Space');
    await expect
      .poll(() => readStorage(options, 'sync', 'kinds'))
      .toEqual({ post: true, reply: true, message: false });
    expect(await readStorage(options, 'local', 'kinds')).toEqual({
      post: true,
      reply: true,
      message: false,
    });

    await options.reload();
    await options.waitForSelector('main:not([aria-busy])');
    expect(
      await options.getByRole('switch', { name: 'WhyFirst in private messages' }).isChecked(),
    ).toBe(false);
    expect(await options.getByRole('switch', { name: 'WhyFirst in posts' }).isChecked()).toBe(true);
    const replies = options.getByRole('switch', { name: 'WhyFirst in replies and comments' });
    expect(await replies.isChecked()).toBe(true);
    const hint = await replies.getAttribute('aria-describedby');
    expect(await options.locator(`#${hint}`).textContent()).toBe(
      'Replies under a post and comments on one.',
    );
    await options.close();
  });

  test('export, reset after confirming, then import brings everything back', async () => {
    const options = await session.open('options.html');
    const before = await readStorage(options, 'sync', 'settings');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export to a file' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      kind: 'whyfirst-backup',
      profile: { mission: 'To meet other gardeners.' },
    });

    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await options.getByRole('alertdialog', { name: 'Reset WhyFirst?' }).waitFor();
    await options.getByRole('button', { name: 'Reset now' }).click();
    await options.getByText('Everything was reset.').waitFor();
    expect(await options.getByLabel(/^Normal/).isChecked()).toBe(true);
    expect(await options.getByLabel('Why are you using social media?').inputValue()).toBe('');
    const messages = options.getByRole('switch', { name: 'WhyFirst in private messages' });
    expect(await messages.isChecked()).toBe(true);

    await options.getByLabel('Import from a file').setInputFiles(file);
    await options.getByText('Backup imported.').waitFor();
    expect(await readStorage(options, 'sync', 'settings')).toEqual(before);
    expect(await messages.isChecked()).toBe(false);
    expect(await options.getByLabel('Why are you using social media?').inputValue()).toBe(
      'To meet other gardeners.',
    );
    await options.close();
  });

  test('a wrong file is refused in plain words and changes nothing', async () => {
    const options = await session.open('options.html');
    const before = await readStorage(options, 'sync', 'profile');
    await options.getByLabel('Import from a file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"theme":"dark","fontSize":14}'),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This file is not a WhyFirst backup');
    expect(await readStorage(options, 'sync', 'profile')).toEqual(before);
    await options.close();
  });

  test('hand-edited settings are not trusted: the user is told and can download the copy', async () => {
    const options = await session.open('options.html');
    await writeStorage(options, 'sync', {
      settings: { sensitivity: 'ludicrous', allowedWords: 'free' },
    });
    await options.getByRole('heading', { name: 'Data WhyFirst could not read' }).waitFor();
    await options.getByText(/Sensitivity was “ludicrous”/).waitFor();
    expect(await options.getByLabel(/^Strict/).isChecked()).toBe(true);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download copy of settings' }).click();
    const copy = readFileSync(await (await download).path(), 'utf8');
    expect(JSON.parse(copy)).toEqual({ sensitivity: 'ludicrous', allowedWords: 'free' });
    await options.getByRole('button', { name: 'Dismiss the copy of settings' }).click();
    await options
      .getByRole('heading', { name: 'Data WhyFirst could not read' })
      .waitFor({ state: 'detached' });
    await options.close();
  });

  test('keyboard alone reaches every control, each with a visible focus ring', async () => {
    const options = await session.open('options.html');
    const stops = await tabStops(options, 80);
    const names = stops.map((s) => s.name);
    for (const expected of [
      'input Calls to action',
      'input Words never to flag',
      'input WhyFirst in private messages',
      'input Import from a file',
      'button Reset everything…',
    ])
      expect(names).toContain(expected);
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await options.close();
  });

  for (const name of ['options.html', 'welcome.html']) {
    test.each(['light', 'dark'] as const)(
      `axe finds no serious problems in ${name} (%s)`,
      async (colorScheme) => {
        const page = await session.open(name, { colorScheme });
        expect(await seriousA11yViolations(page)).toEqual([]);
        await page.close();
      },
    );
  }
  test('a profile too big for browser sync stays on the device, with a visible note', async () => {
    const options = await session.open('options.html');
    const mission = '漢'.repeat(2000);
    await options.getByLabel('Why are you using social media?').fill(mission);
    const passions = options.getByLabel('Your passions', { exact: true });
    // Each passion is in the list before the next is typed: this test is about size, not speed.
    for (let i = 0; i < 19; i++) {
      const passion = `${'語'.repeat(55)}${i}`;
      await passions.fill(`${passion},`);
      await options.getByRole('button', { name: `Remove ${passion}`, exact: true }).waitFor();
    }
    await options.getByText(/larger than browser sync allows/).waitFor();
    await options.reload();
    await options.waitForSelector('main:not([aria-busy])');
    expect(await options.getByLabel('Why are you using social media?').inputValue()).toBe(mission);
    expect(await options.getByText(/larger than browser sync allows/).count()).toBe(1);
    await options.close();
  });

  test('when sync is full, a change is kept on the device and the note says so; it syncs later', async () => {
    const options = await session.open('options.html');
    await options.getByLabel('Why are you using social media?').fill('To meet other gardeners.');
    await options.getByText('Saved.', { exact: true }).waitFor();
    type SyncArea = { set(v: object): Promise<void>; remove(k: string[]): Promise<void> };
    const sync = (page: typeof options, op: 'fill' | 'empty') =>
      page.evaluate(async (o) => {
        const area = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome
          .storage.sync;
        if (o === 'empty') return area.remove(Array.from({ length: 400 }, (_, i) => `filler${i}`));
        // Fill sync to the brim: big pieces first, then smaller ones into what is left.
        let n = 0;
        for (const size of [7900, 2000, 500, 120, 30])
          while (n < 400) {
            const ok = await area.set({ [`filler${n}`]: 'x'.repeat(size) }).then(
              () => true,
              () => false,
            );
            if (!ok) break;
            n++;
          }
      }, op);
    await sync(options, 'fill');
    await options
      .getByLabel('Words to flag as salesy')
      .fill('a phrase long enough not to fit into what sync has left,');
    await options.getByText(/Browser sync is over its limit/).waitFor();
    expect(await readStorage(options, 'local', 'settings')).toMatchObject({
      extraSalesyWords: ['synergy', 'a phrase long enough not to fit into what sync has left'],
    });
    await options.reload();
    await options.waitForSelector('main:not([aria-busy])');
    expect(
      await options.getByText('a phrase long enough not to fit into what sync has left').count(),
    ).toBe(1);

    await sync(options, 'empty');
    await options.getByLabel(/^Normal/).check();
    await expect
      .poll(() => readStorage(options, 'sync', 'settings'))
      .toMatchObject({ sensitivity: 'normal' });
    await options.close();
  });
});
