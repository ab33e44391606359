// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { BackupPanel } from './BackupPanel';

afterEach(cleanup);

function setup(importResult = { ok: true as const, notes: [] as string[] }) {
  const calls = {
    onExport: vi.fn(async () => '{"kind":"whyfirst-backup"}'),
    onImport: vi.fn(async (_text: string) => importResult as never),
    onReset: vi.fn(async () => undefined),
    save: vi.fn(),
  };
  render(<BackupPanel {...calls} />);
  return calls;
}

function choose(text: string) {
  const input = screen.getByLabelText('Import from a file');
  const file = new File([text], 'backup.json', { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

test('export saves a dated file with the export text', async () => {
  const calls = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
  await waitFor(() => expect(calls.save).toHaveBeenCalled());
  expect(calls.save.mock.calls[0]?.[0]).toMatch(/^whyfirst-backup-\d{4}-\d\d-\d\d\.json$/);
  expect(calls.save.mock.calls[0]?.[1]).toBe('{"kind":"whyfirst-backup"}');
});

test('a wrong file shows the plain reasons', async () => {
  const calls = setup({
    ok: false,
    problems: ['This file is not a WhyFirst backup. Nothing was changed.'],
  } as never);
  choose('hello');
  await waitFor(() =>
    expect(screen.getByRole('alert').textContent).toContain('not a WhyFirst backup'),
  );
  expect(calls.onImport).toHaveBeenCalledWith('hello');
});

test('a good file says it was imported', async () => {
  setup();
  choose('{}');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup imported.'));
});

test('reset asks first, offers a backup, and can be cancelled', async () => {
  const calls = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Reset everything…' }));
  expect(calls.onReset).not.toHaveBeenCalled();
  expect(screen.getByRole('alertdialog', { name: 'Reset WhyFirst?' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Download a backup first' }));
  await waitFor(() => expect(calls.save).toHaveBeenCalled());
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Reset everything…' }));
  fireEvent.click(screen.getByRole('button', { name: 'Reset now' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Everything was reset.'));
  expect(calls.onReset).toHaveBeenCalledTimes(1);
});
