import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ExtensionSession,
  openExtension,
  readStorage,
  seriousA11yViolations,
} from './extension-pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await openExtension();
});
afterAll(async () => {
  expect(session.errors).toEqual([]);
  await session?.close();
});

describe('popup', () => {
  test('a mission and passions typed in the popup are kept after closing it', async () => {
    const popup = await session.open('popup.html');
    const mission = popup.getByLabel('Why are you using social media?');
    await mission.fill('I share what I learn teaching kids to code.');
    const passions = popup.getByLabel('Your passions');
    await passions.fill('robotics');
    await passions.press('Enter');
    await passions.fill('Lisbon, chess');
    await popup.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect
      .poll(() => readStorage(popup, 'sync', 'profile'))
      .toEqual({
        mission: 'I share what I learn teaching kids to code.',
        passions: ['robotics', 'Lisbon', 'chess'],
      });
    await popup.close();

    const again = await session.open('popup.html');
    expect(await again.getByLabel('Why are you using social media?').inputValue()).toBe(
      'I share what I learn teaching kids to code.',
    );
    const chips = again.getByRole('list', { name: 'Current passions' }).locator('[data-chip]');
    expect(await chips.allInnerTexts()).toEqual(['robotics', 'Lisbon', 'chess']);
    await again.close();
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

  test.each(['light', 'dark'] as const)(
    'axe finds no serious problems in the popup (%s)',
    async (colorScheme) => {
      const popup = await session.open('popup.html', { colorScheme });
      expect(await seriousA11yViolations(popup)).toEqual([]);
      await popup.close();
    },
  );
});
