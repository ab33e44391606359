// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SwitchGroup } from './SwitchGroup';

afterEach(cleanup);

const keys = ['tea', 'coffee'] as const;

test('each switch is named, shows its state and reports a change for its own key', () => {
  const onChange = vi.fn();
  render(
    <SwitchGroup
      legend="Drinks"
      keys={keys}
      idPrefix="drink"
      values={{ tea: true, coffee: false }}
      label={(k) => `Serve ${k}`}
      onChange={onChange}
    />,
  );
  expect(screen.getByRole('group', { name: 'Drinks' })).toBeTruthy();
  const tea = screen.getByRole('switch', { name: 'Serve tea' }) as HTMLInputElement;
  const coffee = screen.getByRole('switch', { name: 'Serve coffee' }) as HTMLInputElement;
  expect([tea.checked, coffee.checked]).toEqual([true, false]);
  fireEvent.click(coffee);
  expect(onChange).toHaveBeenCalledWith('coffee', true);
  fireEvent.click(tea);
  expect(onChange).toHaveBeenLastCalledWith('tea', false);
});

test('a hint is read out as the switch’s description', () => {
  render(
    <SwitchGroup
      legend="Drinks"
      keys={keys}
      idPrefix="drink"
      values={{ tea: true, coffee: true }}
      label={(k) => `Serve ${k}`}
      hint={(k) => (k === 'tea' ? 'Green or black.' : 'Filter only.')}
      onChange={() => undefined}
    />,
  );
  const coffee = screen.getByRole('switch', { name: 'Serve coffee' });
  const hint = document.getElementById(coffee.getAttribute('aria-describedby') ?? '');
  expect(hint?.textContent).toBe('Filter only.');
});

test('without hints no switch points at a description', () => {
  render(
    <SwitchGroup
      legend="Drinks"
      keys={keys}
      idPrefix="drink"
      values={{ tea: true, coffee: true }}
      label={(k) => k}
      onChange={() => undefined}
    />,
  );
  for (const s of screen.getAllByRole('switch'))
    expect(s.hasAttribute('aria-describedby')).toBe(false);
});
