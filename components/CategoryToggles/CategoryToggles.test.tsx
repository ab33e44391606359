// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { CATEGORIES } from '../../lib/validate';
import { CategoryToggles } from './CategoryToggles';

afterEach(cleanup);

test('every category has a labelled checkbox, ticked unless turned off', () => {
  render(<CategoryToggles disabled={['urgency']} onChange={() => undefined} />);
  const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
  expect(boxes).toHaveLength(CATEGORIES.length);
  expect((screen.getByLabelText('Urgency and scarcity') as HTMLInputElement).checked).toBe(false);
  expect((screen.getByLabelText('Calls to action') as HTMLInputElement).checked).toBe(true);
});

test('unticking turns a category off, ticking turns it back on', () => {
  const onChange = vi.fn();
  const { rerender } = render(<CategoryToggles disabled={[]} onChange={onChange} />);
  fireEvent.click(screen.getByLabelText('Engagement bait'));
  expect(onChange).toHaveBeenLastCalledWith(['engagement-bait']);
  rerender(<CategoryToggles disabled={['engagement-bait', 'hype']} onChange={onChange} />);
  fireEvent.click(screen.getByLabelText('Engagement bait'));
  expect(onChange).toHaveBeenLastCalledWith(['hype']);
});
