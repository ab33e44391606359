// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SiteControls } from './SiteControls';

afterEach(cleanup);

const now = new Date('2026-03-01T10:00:00').getTime();
const handlers = () => ({ onSiteChange: vi.fn(), onPause: vi.fn(), onResume: vi.fn() });

test('the switch names the site and reports the new state', () => {
  const h = handlers();
  render(<SiteControls site="linkedin" siteOn pausedUntil={0} now={now} {...h} />);
  const toggle = screen.getByRole('switch', { name: 'WhyFirst on LinkedIn' }) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  fireEvent.click(toggle);
  expect(h.onSiteChange).toHaveBeenCalledWith(false);
});

test('no switch when the tab is not a supported site, but the pause is there', () => {
  const h = handlers();
  render(<SiteControls site={null} siteOn pausedUntil={0} now={now} {...h} />);
  expect(screen.queryByRole('switch')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
  expect(h.onPause).toHaveBeenCalledWith(now + 3_600_000);
});

test('while paused it says until when and offers to resume', () => {
  const h = handlers();
  render(<SiteControls site="x" siteOn pausedUntil={now + 1_800_000} now={now} {...h} />);
  expect(screen.getByText(/^Paused until/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
  expect(h.onResume).toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Pause for an hour' })).toBeNull();
});
