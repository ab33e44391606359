// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { makeEntry } from '../../lib/journal/testing';
import { JournalSettings } from './JournalSettings';

afterEach(cleanup);

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 1);
const settings = { keepText: false, retentionDays: 365 };

test('the keep-text switch is off by default and reports the change', () => {
  const onChange = vi.fn();
  render(<JournalSettings settings={settings} entries={[]} onChange={onChange} now={now} />);
  const toggle = screen.getByRole('switch', {
    name: 'Keep the text of what I post',
  }) as HTMLInputElement;
  expect(toggle.checked).toBe(false);
  fireEvent.click(toggle);
  expect(onChange).toHaveBeenCalledWith({ keepText: true });
});

test('a shorter retention that deletes nothing applies at once', () => {
  const onChange = vi.fn();
  const entries = [makeEntry({ time: now - 10 * DAY })];
  render(<JournalSettings settings={settings} entries={entries} onChange={onChange} now={now} />);
  fireEvent.change(screen.getByLabelText('Keep entries for'), { target: { value: '30' } });
  expect(onChange).toHaveBeenCalledWith({ retentionDays: 30 });
  expect(screen.queryByRole('alertdialog')).toBeNull();
});

test('one that would delete entries asks first, and Cancel keeps them', () => {
  const onChange = vi.fn();
  const entries = [
    makeEntry({ time: now - 100 * DAY }),
    makeEntry({ time: now - 200 * DAY }),
    makeEntry({ time: now - DAY }),
  ];
  render(<JournalSettings settings={settings} entries={entries} onChange={onChange} now={now} />);
  fireEvent.change(screen.getByLabelText('Keep entries for'), { target: { value: '90' } });
  expect(screen.getByRole('alertdialog').textContent).toContain(
    'Keeping 3 months deletes 2 older entries now.',
  );
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onChange).not.toHaveBeenCalled();
  expect((screen.getByLabelText('Keep entries for') as HTMLSelectElement).value).toBe('365');

  fireEvent.change(screen.getByLabelText('Keep entries for'), { target: { value: '90' } });
  fireEvent.click(screen.getByRole('button', { name: 'Delete them and keep 3 months' }));
  expect(onChange).toHaveBeenCalledWith({ retentionDays: 90 });
});
