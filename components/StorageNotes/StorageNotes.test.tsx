// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { RecoveredEntry } from '../../lib/storage';
import { StorageNotes } from './StorageNotes';

afterEach(cleanup);

const entry: RecoveredEntry = {
  id: 'abc',
  at: '2026-01-01T00:00:00.000Z',
  setting: 'settings',
  source: 'sync',
  raw: '{"sensitivity":"turbo"}',
  problems: ['Sensitivity was “turbo”, which is not gentle, normal or strict; kept “normal”.'],
};

test('nothing to say renders nothing', () => {
  const { container } = render(<StorageNotes syncNote={null} recovered={[]} />);
  expect(container.textContent).toBe('');
});

test('the popup shows the sync note and points to the kept copy', () => {
  const open = vi.fn();
  render(
    <StorageNotes
      syncNote="Browser sync is not available."
      recovered={[entry]}
      onOpenOptions={open}
    />,
  );
  expect(screen.getByText('Browser sync is not available.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'See what was kept' }));
  expect(open).toHaveBeenCalled();
  expect(screen.queryByText(/turbo/)).toBeNull();
});

test('the options page lists each problem with download and dismiss', () => {
  const dismiss = vi.fn();
  const created: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return 'blob:x';
  };
  URL.revokeObjectURL = () => undefined;
  render(<StorageNotes syncNote={null} recovered={[entry]} detailed onDismiss={dismiss} />);
  expect(screen.getByText(entry.problems[0] ?? '')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Download copy of settings' }));
  expect(created).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss the copy of settings' }));
  expect(dismiss).toHaveBeenCalledWith('abc');
});
