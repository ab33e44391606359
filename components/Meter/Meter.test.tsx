// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { Meter, scoreColor } from './Meter';

afterEach(cleanup);

test('shows the score and band as a meter a screen reader can read', () => {
  render(<Meter score={23} band="salesy" count={3} open={false} onToggle={() => {}} />);
  const meter = screen.getByRole('meter');
  expect(meter.getAttribute('aria-valuenow')).toBe('23');
  expect(meter.getAttribute('aria-valuemin')).toBe('0');
  expect(meter.getAttribute('aria-valuemax')).toBe('100');
  expect(meter.getAttribute('aria-valuetext')).toBe('salesy');
  expect(meter.textContent).toContain('23');
  expect(meter.textContent).toContain('Salesy');
  const button = screen.getByRole('button');
  expect(button.textContent).toContain('3');
  // The visible count starts the accessible name, so voice control users can say what they see.
  expect(button.getAttribute('aria-label')).toMatch(/^3 Show WhyFirst details/);
});

test('a fractional score is shown and announced rounded', () => {
  render(<Meter score={81.6} band="authentic" count={0} open={false} onToggle={() => {}} />);
  expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('82');
});

test('the button toggles, says whether the panel is open, and keeps focus where it was', () => {
  const onToggle = vi.fn();
  const { rerender } = render(
    <Meter score={80} band="authentic" count={0} open={false} onToggle={onToggle} />,
  );
  const button = screen.getByRole('button', { name: /Show WhyFirst details/ });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  const down = fireEvent.mouseDown(button);
  expect(down).toBe(false); // default prevented: the editor keeps focus
  fireEvent.click(button);
  expect(onToggle).toHaveBeenCalledTimes(1);
  rerender(<Meter score={80} band="authentic" count={0} open={true} onToggle={onToggle} />);
  expect(screen.getByRole('button', { name: /Hide/ }).getAttribute('aria-expanded')).toBe('true');
});

test('colour runs from orange-red (salesy) through amber to green (authentic)', () => {
  const hue = (s: number) => Number(/hsl\((\d+)/.exec(scoreColor(s))?.[1]);
  expect(hue(0)).toBeLessThan(hue(50));
  expect(hue(50)).toBeLessThan(hue(100));
  expect(hue(0)).toBeLessThan(20);
  expect(hue(100)).toBeGreaterThan(110);
  expect(scoreColor(-5)).toBe(scoreColor(0));
  expect(scoreColor(500)).toBe(scoreColor(100));
});

test('neutral reads as neutral and takes no colour from the authentic-salesy scale', () => {
  render(<Meter score={60} band="neutral" count={0} open={false} onToggle={() => {}} />);
  const meter = screen.getByRole('meter');
  expect(meter.textContent).toContain('Neutral');
  expect(meter.getAttribute('aria-valuetext')).toBe('neutral');
  const dot = meter.querySelector('.dot') as HTMLElement;
  expect(dot.getAttribute('style')).toContain('var(--muted)');
});

test('compact pills drop the band word but keep it for screen readers', () => {
  render(<Meter score={12} band="salesy" count={2} open={false} compact onToggle={() => {}} />);
  const meter = screen.getByRole('meter');
  expect(meter.textContent).not.toContain('Salesy');
  expect(meter.getAttribute('aria-valuetext')).toBe('salesy');
});

test('an empty draft shows a quiet pill, not a score for nothing', () => {
  render(<Meter score={75} band="authentic" count={0} open={false} empty onToggle={() => {}} />);
  const meter = screen.getByRole('meter');
  expect(meter.textContent).not.toContain('75');
  expect(meter.textContent).toContain('WhyFirst');
});
