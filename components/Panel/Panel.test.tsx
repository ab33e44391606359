// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { BAND_HINTS } from '../../lib/engine/bands';
import type { Finding, PostSuggestion } from '../../lib/engine/types';
import { Panel, type PanelProps } from './Panel';

afterEach(cleanup);

const text = 'Buy now!!! DM me for details <img src=x onerror=alert(1)>';
const dm: Finding = {
  ruleId: 'dm-me',
  category: 'call-to-action',
  polarity: 'sales',
  start: 11,
  end: 28,
  text: 'DM me for details',
  message: 'Asks people to message you to buy',
  why: 'People want a conversation, not a funnel.',
  weight: 10,
  suggestions: [
    {
      label: 'Replace with “happy to share more”',
      text: 'happy to share more',
      start: 11,
      end: 28,
    },
  ],
};
const html: Finding = {
  ...dm,
  ruleId: 'odd',
  start: 29,
  end: text.length,
  text: text.slice(29),
  message: 'Odd markup',
  why: 'Markup reads oddly.',
  suggestions: [{ label: '', text: '', start: 29, end: text.length }],
};
const question: PostSuggestion = {
  kind: 'add-question',
  label: 'End with a question',
  why: 'Questions invite people in.',
  start: text.length,
  end: text.length,
  text: ' What would you want to know?',
};

function props(over: Partial<PanelProps> = {}): PanelProps {
  return {
    score: 31,
    band: 'salesy',
    findings: [dm, html],
    strengths: [],
    postSuggestions: [question],
    status: null,
    side: 'up',
    busy: false,
    onApply: vi.fn(),
    onApplyPost: vi.fn(),
    onIgnore: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

test('lists findings with message, reason and Apply buttons named for what they do', () => {
  const p = props();
  render(<Panel {...p} />);
  expect(screen.getByText('Asks people to message you to buy')).toBeTruthy();
  expect(screen.getByText('People want a conversation, not a funnel.')).toBeTruthy();
  const applies = screen.getAllByRole('button', { name: /^Apply/ });
  expect(applies.map((b) => b.getAttribute('aria-label'))).toEqual([
    'Apply: Replace with “happy to share more”',
    'Apply: Remove it',
    'Apply: End with a question',
  ]);
  fireEvent.click(applies[0] as HTMLElement);
  expect(p.onApply).toHaveBeenCalledWith(dm, dm.suggestions[0]);
  fireEvent.click(applies[2] as HTMLElement);
  expect(p.onApplyPost).toHaveBeenCalledWith(question);
});

test('user text is rendered as text, never as markup', () => {
  const { container } = render(<Panel {...props()} />);
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
});

test('Ignore reports the finding; Escape and the close button close', () => {
  const p = props();
  render(<Panel {...p} />);
  fireEvent.click(screen.getByRole('button', { name: 'Ignore “DM me for details”' }));
  expect(p.onIgnore).toHaveBeenCalledWith(dm);
  fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
  fireEvent.click(screen.getByRole('button', { name: 'Close WhyFirst details' }));
  expect(p.onClose).toHaveBeenCalledTimes(2);
});

test('while an edit is applied the Apply buttons wait; the status is announced', () => {
  render(<Panel {...props({ busy: true, status: { tone: 'warn', text: 'Not accepted.' } })} />);
  for (const b of screen.getAllByRole('button', { name: /^Apply/ }))
    expect((b as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByRole('status').textContent).toBe('Not accepted.');
});

test('a neutral draft says what would move it toward authentic', () => {
  render(<Panel {...props({ findings: [], postSuggestions: [], score: 60, band: 'neutral' })} />);
  expect(screen.getByText(/^60 · Neutral$/)).toBeTruthy();
  expect(screen.getByText(BAND_HINTS.neutral)).toBeTruthy();
  expect(screen.queryByText(/Nothing reads like a sales pitch/)).toBeNull();
});

test('a clean draft says so and lists what works', () => {
  const story: Finding = {
    ...dm,
    polarity: 'authentic',
    ruleId: 'story',
    text: 'I learned',
    message: 'A personal story',
  };
  render(
    <Panel
      {...props({
        findings: [],
        postSuggestions: [],
        strengths: [story],
        score: 88,
        band: 'authentic',
      })}
    />,
  );
  expect(screen.getByText(/Nothing reads like a sales pitch/)).toBeTruthy();
  const works = screen.getByText('Working for you').parentElement as HTMLElement;
  expect(within(works).getByText('“I learned”')).toBeTruthy();
  expect(screen.queryAllByRole('button', { name: /^Apply/ })).toHaveLength(0);
});
