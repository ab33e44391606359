// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import { ChipInput } from './ChipInput';

afterEach(cleanup);

function Harness({ initial = [] as string[], max = 20 }) {
  const [values, setValues] = useState(initial);
  return (
    <>
      <ChipInput
        id="p"
        label="Your passions"
        noun="passion"
        values={values}
        onChange={setValues}
        reorderable
        max={max}
      />
      <output data-testid="values">{values.join('|')}</output>
    </>
  );
}

const shown = () => screen.getByTestId('values').textContent;

test('Enter adds a chip and clears the field', () => {
  render(<Harness />);
  const field = screen.getByLabelText('Your passions') as HTMLInputElement;
  fireEvent.input(field, { target: { value: 'sourdough' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  expect(shown()).toBe('sourdough');
  expect(field.value).toBe('');
  expect(screen.getByText('Added sourdough.')).toBeTruthy();
});

test('a comma adds every part, without duplicates', () => {
  render(<Harness initial={['Tea']} />);
  const field = screen.getByLabelText('Your passions');
  fireEvent.input(field, { target: { value: 'jazz, tea, hiking,' } });
  expect(shown()).toBe('Tea|jazz|hiking');
  expect((field as HTMLInputElement).value).toBe('');
});

test('the remove button named after the chip removes it', () => {
  render(<Harness initial={['tea', 'jazz']} />);
  fireEvent.click(screen.getByRole('button', { name: 'Remove tea' }));
  expect(shown()).toBe('jazz');
  expect(screen.getByText('Removed tea.')).toBeTruthy();
});

test('Alt+Arrow moves a chip and announces where', () => {
  render(<Harness initial={['a', 'b', 'c']} />);
  fireEvent.keyDown(screen.getByText('a'), { key: 'ArrowRight', altKey: true });
  expect(shown()).toBe('b|a|c');
  expect(screen.getByText('Moved a to position 2 of 3.')).toBeTruthy();
  fireEvent.keyDown(screen.getByText('c'), { key: 'ArrowUp', altKey: true });
  expect(shown()).toBe('b|c|a');
});

test('Delete on a chip removes it', () => {
  render(<Harness initial={['a', 'b']} />);
  fireEvent.keyDown(screen.getByText('b'), { key: 'Delete' });
  expect(shown()).toBe('a');
});

test('dragging a chip onto another moves it there', () => {
  render(<Harness initial={['a', 'b', 'c']} />);
  const chip = (t: string) => screen.getByText(t).closest('li') as HTMLElement;
  fireEvent.dragStart(chip('c'));
  fireEvent.dragOver(chip('a'));
  fireEvent.drop(chip('a'));
  expect(shown()).toBe('c|a|b');
});

test('the field is disabled at the maximum', async () => {
  render(<Harness initial={['a']} max={2} />);
  const field = screen.getByLabelText('Your passions') as HTMLInputElement;
  fireEvent.input(field, { target: { value: 'b' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  await waitFor(() => expect(field.disabled).toBe(true));
  expect(shown()).toBe('a|b');
});
