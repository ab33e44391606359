// The browser under test for one spec file: launched before its tests, closed after them, and the
// file fails on any request the extension made or any page or add-on error.
import { afterAll, beforeAll, expect } from 'vitest';
import { type Driver, launchDriver } from './driver';

/** Registers the file's hooks and returns its driver, usable from the first test on. */
export function driverForFile(): Driver {
  let driver: Driver | undefined;
  const live = () => {
    if (!driver) throw new Error('the browser under test has not launched');
    return driver;
  };
  beforeAll(async () => {
    driver = await launchDriver();
  });
  afterAll(async () => {
    if (!driver) return;
    try {
      expect(driver.requests()).toEqual([]);
      expect(await driver.errors()).toEqual([]);
    } finally {
      await driver.close();
    }
  });
  return {
    get browser() {
      return live().browser;
    },
    openSite: (site, path, opts) => live().openSite(site, path, opts),
    openExtensionPage: (file) => live().openExtensionPage(file),
    requests: () => live().requests(),
    errors: () => live().errors(),
    close: () => live().close(),
  };
}
