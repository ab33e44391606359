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
  /** The draft changed since this reading (the host's data-pending): a new one is due. */
  pending: boolean;
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
      pending: host.hasAttribute('data-pending'),
    };
  });
}

/** What the WhyFirst panel in a document shows. */
export interface PanelState {
  /** A panel ("WhyFirst details" dialog) is open. */
  open: boolean;
  /** Its status line ('' when none or closed). */
  status: string;
  /** Keyboard focus is on a button inside a meter (the panel took focus). */
  buttonFocused: boolean;
}

/** In the page or frame: the first open WhyFirst panel, and where the keyboard focus is. */
export function readPanelInPage(): PanelState {
  const roots = Array.from(document.querySelectorAll('whyfirst-meter'), (h) => h.shadowRoot);
  const dialog = roots
    .map((r) => r?.querySelector('[role="dialog"][aria-label="WhyFirst details"]'))
    .find((d) => d);
  return {
    open: !!dialog,
    status: dialog?.querySelector('[role="status"]')?.textContent ?? '',
    buttonFocused: roots.some((r) => r?.activeElement?.tagName === 'BUTTON'),
  };
}

/** A control of the WhyFirst meter a person clicks. */
export type MeterControl =
  /** The visible meter's pill (opens and closes the panel). */
  | 'pill'
  /** The n-th Apply button of a finding (findings in text order). */
  | { apply: number }
  /** The button with this accessible name (e.g. "Apply: End with a question"). */
  | { label: string };

/**
 * In the page or frame: a control of the WhyFirst meters, as a person would click it. Throws when
 * there is none, with the labels there are.
 */
export function meterControlInPage(control: MeterControl): HTMLElement {
  const roots = Array.from(document.querySelectorAll('whyfirst-meter'), (h) => h.shadowRoot);
  const buttons = roots.flatMap((r) => Array.from(r?.querySelectorAll('button') ?? []));
  let found: HTMLElement | null | undefined;
  if (control === 'pill')
    found = roots
      .map((r) => r?.querySelector<HTMLElement>('.root:not([hidden]) .pill'))
      .find(Boolean);
  else if ('apply' in control)
    found = buttons.filter((b) => b.classList.contains('apply'))[control.apply];
  else found = buttons.find((b) => b.getAttribute('aria-label') === control.label);
  if (found) return found;
  const labels = buttons.map((b) => b.getAttribute('aria-label'));
  throw new Error(
    `no ${JSON.stringify(control)} in the meters; their buttons: ${JSON.stringify(labels)}`,
  );
}

/**
 * In the page: the page's own visible button (or role=button) whose accessible name is `name`, in
 * the document or an open shadow root (LinkedIn's share box lives in one).
 */
export function pageButtonInPage(name: string): HTMLElement {
  const scopes: Array<Document | ShadowRoot> = [document];
  for (let k = 0; k < scopes.length; k++)
    for (const el of Array.from(scopes[k]?.querySelectorAll('*') ?? []))
      if (el.shadowRoot && el.tagName !== 'WHYFIRST-METER') scopes.push(el.shadowRoot);
  for (const scope of scopes)
    for (const el of Array.from(scope.querySelectorAll<HTMLElement>('button, [role="button"]'))) {
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim();
      if (label === name && el.checkVisibility()) return el;
    }
  throw new Error(`no visible button "${name}" on ${location.href}`);
}

/**
 * In an extension page: the text field whose <label> or aria-label reads `label`; with 'select' it
 * takes focus with its text selected (typing replaces it). Returns its value.
 */
export function labelledFieldInPage([label, action]: [string, 'select' | 'value']): string {
  const byLabel = Array.from(document.querySelectorAll('label')).find(
    (l) => l.textContent?.trim() === label,
  )?.control;
  const control = byLabel ?? document.querySelector(`[aria-label="${CSS.escape(label)}"]`);
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    throw new Error(`no form control labelled "${label}"`);
  if (action === 'select') {
    control.focus();
    control.select();
  }
  return control.value;
}

/** In a page: the text of every element matching `selector`, in document order. */
export function textsInPage(selector: string): string[] {
  return Array.from(document.querySelectorAll(selector), (e) => e.textContent ?? '');
}

/** In the page or frame: the words WhyFirst underlines (CSS highlight ranges, textarea mirror marks). */
export function underlinedInPage(): string[] {
  const ranges = CSS.highlights?.get('whyfirst-sales');
  const fromRanges = ranges ? Array.from(ranges as Iterable<Range>, (r) => r.toString()) : [];
  const fromMirror = Array.from(document.querySelectorAll('whyfirst-meter')).flatMap((h) =>
    Array.from(h.shadowRoot?.querySelectorAll('.mirror .flag') ?? [], (e) => e.textContent ?? ''),
  );
  return [...fromRanges, ...fromMirror];
}
