// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { MissionField } from './MissionField';

afterEach(cleanup);

test('saves once after typing pauses, and says so', async () => {
  const onSave = vi.fn(async () => undefined);
  render(<MissionField id="m" value="" onSave={onSave} delayMs={20} />);
  const box = screen.getByLabelText('Why are you using social media?');
  fireEvent.input(box, { target: { value: 'To' } });
  fireEvent.input(box, { target: { value: 'To help' } });
  expect(onSave).not.toHaveBeenCalled();
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  expect(onSave).toHaveBeenCalledTimes(1);
  expect(onSave).toHaveBeenCalledWith('To help');
  expect(screen.getByText('7 of 2000 characters')).toBeTruthy();
});

test('leaving the field saves at once', () => {
  const onSave = vi.fn(async () => undefined);
  render(<MissionField id="m" value="" onSave={onSave} delayMs={10_000} />);
  const box = screen.getByLabelText('Why are you using social media?');
  fireEvent.input(box, { target: { value: 'Family first' } });
  fireEvent.blur(box);
  expect(onSave).toHaveBeenCalledWith('Family first');
});

test('closing the page saves what was typed', () => {
  const onSave = vi.fn(async () => undefined);
  render(<MissionField id="m" value="" onSave={onSave} delayMs={10_000} />);
  fireEvent.input(screen.getByLabelText('Why are you using social media?'), {
    target: { value: 'Closing fast' },
  });
  dispatchEvent(new Event('pagehide'));
  expect(onSave).toHaveBeenCalledWith('Closing fast');
});

test('a failed save keeps the text and says so', async () => {
  render(
    <MissionField
      id="m"
      value=""
      onSave={async () => Promise.reject(new Error('x'))}
      delayMs={5}
    />,
  );
  const box = screen.getByLabelText('Why are you using social media?') as HTMLTextAreaElement;
  fireEvent.input(box, { target: { value: 'keep me' } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not save'));
  expect(box.value).toBe('keep me');
});

test('a change from elsewhere shows when nothing is being typed', async () => {
  const { rerender } = render(<MissionField id="m" value="old" onSave={async () => undefined} />);
  rerender(<MissionField id="m" value="new from options" onSave={async () => undefined} />);
  const box = screen.getByLabelText('Why are you using social media?') as HTMLTextAreaElement;
  await waitFor(() => expect(box.value).toBe('new from options'));
});

test('the safety net hears each unsaved text, then that it was saved', async () => {
  const heard: Array<string | null> = [];
  render(
    <MissionField
      id="m"
      value=""
      onSave={async () => undefined}
      onUnsaved={(m) => heard.push(m)}
      delayMs={5}
    />,
  );
  fireEvent.input(screen.getByLabelText('Why are you using social media?'), {
    target: { value: 'Hi' },
  });
  await waitFor(() => expect(heard).toEqual(['Hi', null]));
});
