// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { JournalFilters } from './JournalFilters';
import { DEFAULT_VIEW } from './period';

afterEach(cleanup);

test('site, kind and period choices report the new view', () => {
  const onChange = vi.fn();
  render(<JournalFilters view={DEFAULT_VIEW} onChange={onChange} />);
  fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'facebook' } });
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, site: 'facebook' });
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'message' } });
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, kind: 'message' });
  fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'custom' } });
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, period: 'custom' });
  expect(screen.queryByLabelText('From')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
});

test('between two dates shows the dates, and Reset goes back to the start', () => {
  const onChange = vi.fn();
  const view = { ...DEFAULT_VIEW, period: 'custom' as const, from: '2026-03-01' };
  render(<JournalFilters view={view} onChange={onChange} />);
  expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-03-01');
  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
  expect(onChange).toHaveBeenLastCalledWith({ ...view, to: '2026-03-31' });
  fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
  expect(onChange).toHaveBeenLastCalledWith(DEFAULT_VIEW);
});
