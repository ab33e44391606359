// The popup keeps the user's mission and passions across closing and reopening it, written against
// the driver interface (driver.ts) and run in Chromium (npm run test:e2e) and Firefox
// (npm run test:firefox).

import { expect, test } from 'vitest';
import { driverForFile } from './spec-driver';

const driver = driverForFile();

test('a mission and passions typed in the popup are there after closing and reopening it', async () => {
  const mission = 'I share what I learn teaching kids to code.';
  const chips = '[aria-label="Current passions"] [data-chip]';
  const popup = await driver.openExtensionPage('popup.html');
  await popup.fill('Your passions', 'robotics');
  await popup.press('Enter');
  await popup.fill('Your passions', 'Lisbon, chess');
  await popup.press('Enter');
  await popup.fill('Why are you using social media?', mission);
  await expect.poll(() => popup.texts('[role="status"]'), { timeout: 10_000 }).toContain('Saved.');
  expect(await popup.texts(chips)).toEqual(['robotics', 'Lisbon', 'chess']);
  await popup.close();

  const again = await driver.openExtensionPage('popup.html');
  expect(await again.value('Why are you using social media?')).toBe(mission);
  expect(await again.texts(chips)).toEqual(['robotics', 'Lisbon', 'chess']);
  await again.close();
});
