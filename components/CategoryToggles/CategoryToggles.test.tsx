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

test('rules are listed under their category and switch off one by one', () => {
  const onRulesChange = vi.fn();
  const rules = [
    { id: 'hard-cta', category: 'call-to-action' as const, description: 'Hard calls to action.' },
    { id: 'dm-pitch', category: 'call-to-action' as const, description: 'DM me for details.' },
    { id: 'urgency', category: 'urgency' as const, description: 'Countdowns and last chances.' },
  ];
  render(
    <CategoryToggles
      disabled={['urgency']}
      onChange={() => undefined}
      rules={rules}
      disabledRules={['dm-pitch']}
      onRulesChange={onRulesChange}
    />,
  );
  expect(screen.getByText('2 rules in calls to action')).toBeTruthy();
  expect((screen.getByLabelText('DM me for details.') as HTMLInputElement).checked).toBe(false);
  const urgencyRule = screen.getByLabelText('Countdowns and last chances.') as HTMLInputElement;
  expect(urgencyRule.disabled).toBe(true);
  fireEvent.click(screen.getByLabelText('Hard calls to action.'));
  expect(onRulesChange).toHaveBeenLastCalledWith(['dm-pitch', 'hard-cta']);
  fireEvent.click(screen.getByLabelText('DM me for details.'));
  expect(onRulesChange).toHaveBeenLastCalledWith([]);
});
