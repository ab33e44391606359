// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SwitchGroup, type SwitchGroupProps } from './SwitchGroup';

afterEach(cleanup);

type Drink = 'tea' | 'coffee';

function renderDrinks(props: Partial<SwitchGroupProps<Drink>> = {}) {
  render(
    <SwitchGroup
      legend="Drinks"
      keys={['tea', 'coffee']}
      idPrefix="drink"
      values={{ tea: true, coffee: false }}
      label={(k) => `Serve ${k}`}
      onChange={() => undefined}
      {...props}
    />,
  );
}

test('each switch is named, shows its state and reports a change for its own key', () => {
  const onChange = vi.fn();
  renderDrinks({ onChange });
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
  renderDrinks({ hint: (k) => (k === 'tea' ? 'Green or black.' : 'Filter only.') });
  const coffee = screen.getByRole('switch', { name: 'Serve coffee' });
  const hint = document.getElementById(coffee.getAttribute('aria-describedby') ?? '');
  expect(hint?.textContent).toBe('Filter only.');
});

test('without hints no switch points at a description', () => {
  renderDrinks();
  for (const s of screen.getAllByRole('switch'))
    expect(s.hasAttribute('aria-describedby')).toBe(false);
});
