import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HABITS } from '../../components/Checklist/habits';
import { analyze, type Profile } from '../../lib/engine/index';
import { retrying } from './driver';
import {
  type ExtensionSession,
  openExtension,
  readStorage,
  seriousA11yViolations,
  tabStops,
} from './extension-pages';
import { callFixture, fixtureModelText, meterCount, openSite, typeInto } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await openExtension();
});
afterAll(async () => {
  expect(session.errors).toEqual([]);
  await session?.close();
});

describe('popup', () => {
  // That what is typed here is kept is popup-memory.e2e.ts (both browsers); these start from it.
  beforeAll(async () => {
    const popup = await session.open('popup.html');
    const passions = popup.getByLabel('Your passions');
    await passions.fill('robotics');
    await passions.press('Enter');
    await passions.fill('Lisbon, chess');
    await passions.press('Enter');
    await retrying(async () => {
      const saved = (await readStorage(popup, 'sync', 'profile')) as { passions?: string[] };
      expect(saved?.passions).toEqual(['robotics', 'Lisbon', 'chess']);
    });
    await popup.close();
  });

  test('typing then closing at once still saves the mission', async () => {
    const popup = await session.open('popup.html');
    await popup.getByLabel('Why are you using social media?').fill('Closed quickly');
    await popup.close({ runBeforeUnload: true });
    const check = await session.open('options.html');
    expect(await check.getByLabel('Why are you using social media?').inputValue()).toBe(
      'Closed quickly',
    );
    await check.close();
  });

  test('passions reorder by keyboard', async () => {
    const popup = await session.open('popup.html');
    await popup.getByText('chess', { exact: true }).focus();
    await popup.keyboard.press('Alt+ArrowLeft');
    await popup.getByText('Moved chess to position 2 of 3.').waitFor();
    await expect
      .poll(
        async () =>
          ((await readStorage(popup, 'sync', 'profile')) as { passions: string[] }).passions,
      )
      .toEqual(['robotics', 'chess', 'Lisbon']);
    await popup.close();
  });

  test('passions reorder by dragging', async () => {
    const popup = await session.open('popup.html');
    const chip = (text: string) => popup.locator('li.chip').filter({ hasText: text });
    await chip('Lisbon').dragTo(chip('robotics'));
    await expect
      .poll(
        async () =>
          ((await readStorage(popup, 'sync', 'profile')) as { passions: string[] }).passions,
      )
      .toEqual(['Lisbon', 'robotics', 'chess']);
    await popup.close();
  });

  test('without a WhyFirst tab it explains the habits and what to do, with no error', async () => {
    const popup = await session.open('popup.html');
    await popup
      .getByText('Open X, Facebook or LinkedIn and start a post to see your checklist.')
      .waitFor();
    expect(await popup.getByRole('heading', { level: 3 }).allInnerTexts()).toHaveLength(7);
    await popup.close();
  });

  test('pause for an hour and resume', async () => {
    const popup = await session.open('popup.html');
    await popup.getByRole('button', { name: 'Pause for an hour' }).click();
    await popup.getByText(/^Paused until/).waitFor();
    const until = (await readStorage(popup, 'local', 'pausedUntil')) as number;
    expect(until - Date.now()).toBeGreaterThan(58 * 60_000);
    await popup.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(() => readStorage(popup, 'local', 'pausedUntil')).toBe(0);
    await popup.close();
  });

  test('keyboard alone reaches every control, each with a visible focus ring', async () => {
    const popup = await session.open('popup.html');
    const stops = await tabStops(popup, 12);
    const names = stops.map((s) => s.name);
    for (const expected of [
      'button Options',
      'textarea Why are you using social media?',
      'input Your passions',
      'button Pause for an hour',
    ])
      expect(names).toContain(expected);
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await popup.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds no serious problems in the popup (%s)',
    async (colorScheme) => {
      const popup = await session.open('popup.html', { colorScheme });
      expect(await seriousA11yViolations(popup)).toEqual([]);
      await popup.close();
    },
  );
});

const CALM = 'Last week our team finally baked bread that lasts. What would you bake first?';
const PITCH = ' BUY NOW!!! Limited time only, ends tonight. DM me for 50% off.';

describe('popup with a draft on X', () => {
  let x: Page;
  let popup: Page;

  const listItem = (text: string) => popup.getByRole('listitem').filter({ hasText: text });

  beforeAll(async () => {
    x = await openSite(session.context, 'x');
    await typeInto(x, 0, CALM);
    popup = await session.open('popup.html');
    // The popup asks the active tab, so the X tab goes back to the front as when a popup opens.
    await x.bringToFront();
  });

  test('the checklist follows the draft typed in the composer', async () => {
    // The popup must show what the engine says about the text in the box, with the user's profile.
    const expected = async (text: string) => {
      const profile = (await readStorage(popup, 'local', 'profile')) as Profile;
      const report = analyze(text, { profile });
      return {
        band: report.band,
        ticks: HABITS.map((h) => report.checklist.find((c) => c.id === h.id)?.done === true),
      };
    };
    const shown = async () => ({
      band: ((await popup.locator('.score').textContent()) ?? '')
        .split(/\s+/)
        .at(-1)
        ?.toLowerCase(),
      ticks: await Promise.all(
        HABITS.map(async (h) => ((await listItem(h.label).textContent()) ?? '').includes('Done:')),
      ),
    });
    const score = async () => Number(await popup.locator('.score strong').textContent());

    await popup.getByRole('heading', { name: 'Your draft' }).waitFor();
    await expect.poll(shown).toEqual(await expected(await fixtureModelText(x, 0)));
    const calmScore = await score();

    await typeInto(x, 0, PITCH);
    expect(await fixtureModelText(x, 0)).toBe(`${CALM}${PITCH}`);
    await expect.poll(shown, { timeout: 10_000 }).toEqual(await expected(`${CALM}${PITCH}`));
    expect(await score()).toBeLessThan(calmScore);
  });

  test('switching X off in the popup removes the meter from the open tab, without a reload', async () => {
    await expect.poll(() => meterCount(x)).toBeGreaterThan(0);
    await popup.getByRole('switch', { name: 'WhyFirst on X' }).uncheck();
    await expect.poll(() => meterCount(x)).toBe(0);
    await popup.getByRole('switch', { name: 'WhyFirst on X' }).check();
    await callFixture(x, 'focus', 0);
    await expect.poll(() => meterCount(x)).toBeGreaterThan(0);
  });

  test('pausing for an hour takes effect in the open tab, and resuming brings it back', async () => {
    await popup.getByRole('button', { name: 'Pause for an hour' }).click();
    await expect.poll(() => meterCount(x)).toBe(0);
    await popup.getByRole('button', { name: 'Resume now' }).click();
    await callFixture(x, 'focus', 0);
    await expect.poll(() => meterCount(x)).toBeGreaterThan(0);
  });

  test('the extension made no web requests of its own', () => {
    expect(session.harness.extensionRequests()).toEqual([]);
  });
});
