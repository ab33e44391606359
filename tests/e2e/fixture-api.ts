// What both browser harnesses run inside a fixture page: calls to its `window.__fixture` test API
// and readings of WhyFirst's meters. Each function is self-contained, because it is serialized
// into the page (Playwright and Puppeteer both take a function and one argument).

import type { FixtureApi } from '../fixtures/src/common';

/** The names of the fixture API's methods. */
export type FixtureMethod = {
  [K in keyof FixtureApi]: FixtureApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof FixtureApi];

/** What a fixture API method resolves to. */
export type FixtureResult<M extends FixtureMethod> = Awaited<ReturnType<FixtureApi[M]>>;

/** In the page: calls `window.__fixture[method](...args)`. */
export function callFixtureInPage([method, args]: [string, unknown[]]): unknown {
  const api = window.__fixture as unknown as Record<string, (...x: unknown[]) => unknown>;
  if (!api) throw new Error('no window.__fixture on this page');
  const fn = api[method];
  if (typeof fn !== 'function') throw new Error(`no __fixture.${method}`);
  return fn.apply(api, args);
}

/** One meter as a person (or screen reader) perceives it. */
export interface MeterReading {
  now: number;
  band: string;
  theme: string | undefined;
  visible: boolean;
}

/** In the page or frame: every WhyFirst meter, in attach order. */
export function readMetersInPage(): MeterReading[] {
  return Array.from(document.querySelectorAll('whyfirst-meter')).map((host) => {
    const root = host.shadowRoot;
    const meter = root?.querySelector('[role="meter"]');
    const box = root?.querySelector<HTMLElement>('.root');
    return {
      now: Number(meter?.getAttribute('aria-valuenow')),
      band: meter?.getAttribute('aria-valuetext') ?? '',
      theme: box?.dataset.theme,
      visible: !!box && !box.hidden,
    };
  });
}

/**
 * In the page or frame: a control of the first WhyFirst meter, as a person would click it: 'pill'
 * (opens and closes the panel) or the button labelled `label` (e.g. "Apply: Remove it"). Throws
 * when there is none, with the labels there are.
 */
export function meterControlInPage(label: string): HTMLElement {
  const root = document.querySelector('whyfirst-meter')?.shadowRoot;
  if (!root) throw new Error('no whyfirst-meter here');
  const found =
    label === 'pill'
      ? root.querySelector<HTMLElement>('.pill')
      : Array.from(root.querySelectorAll<HTMLElement>('button')).find(
          (b) => b.getAttribute('aria-label') === label,
        );
  if (found) return found;
  const labels = Array.from(root.querySelectorAll('button'), (b) => b.getAttribute('aria-label'));
  throw new Error(`no "${label}" in the meter; its buttons: ${JSON.stringify(labels)}`);
}

/** In the page or frame: the first WhyFirst panel's status line ('' when none). */
export function meterStatusInPage(): string {
  const root = document.querySelector('whyfirst-meter')?.shadowRoot;
  return root?.querySelector('[role="status"]')?.textContent ?? '';
}

/** A text input or textarea. */
export type TextField = HTMLElement & { value: string; select(): void };

/** In an extension page: the text field whose <label> or aria-label reads `label`. */
export function labelledControlInPage(label: string): TextField {
  const byLabel = Array.from(document.querySelectorAll('label')).find(
    (l) => l.textContent?.trim() === label,
  )?.control;
  const control = byLabel ?? document.querySelector(`[aria-label="${CSS.escape(label)}"]`);
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control;
  throw new Error(`no form control labelled "${label}"`);
}
