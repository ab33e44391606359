// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_HOSTS, SITE_IDS, siteMatchPatterns } from './ids';
import {
  adapterForHost,
  anchorFor,
  composerFor,
  detectTheme,
  findComposers,
  luminance,
  SITES,
  shadowRootsOf,
} from './index';

function load(site: string): Document {
  const html = readFileSync(join(__dirname, 'samples', `${site}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(SITE_IDS)('%s adapter against its saved page', (id) => {
  const site = SITES[id];
  const doc = load(id);

  test('finds exactly the composers marked in the sample, outermost only', () => {
    const found = findComposers(doc, site);
    const expected = Array.from(doc.querySelectorAll('[data-expect="composer"]'));
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });

  test('every composer is found again from a node inside it', () => {
    for (const editor of findComposers(doc, site)) {
      const inner = editor.querySelector('*') ?? editor;
      expect(composerFor(inner, site)).toBe(editor);
    }
  });

  test('opted-out, read-only and search fields are never composers', () => {
    const all = Array.from(doc.querySelectorAll('[contenteditable], textarea, input'));
    const skipped = all.filter((el) => el.getAttribute('data-expect') !== 'composer');
    expect(skipped.length).toBeGreaterThan(0);
    for (const el of skipped) {
      const owner = composerFor(el, site);
      // An element inside a real composer belongs to it; anything else maps to nothing.
      if (owner) expect(owner.getAttribute('data-expect')).toBe('composer');
    }
  });

  test('its hosts resolve to it', () => {
    expect(SITE_HOSTS[id].length).toBeGreaterThan(0);
    for (const host of SITE_HOSTS[id]) expect(adapterForHost(host)).toBe(site);
  });
});

describe('themes', () => {
  test('X reads its three themes from meta theme-color', () => {
    const doc = load('x');
    expect(detectTheme(doc, SITES.x)).toBe('dim');
    doc.querySelector('meta[name="theme-color"]')?.setAttribute('content', '#000000');
    expect(detectTheme(doc, SITES.x)).toBe('dark');
    doc.querySelector('meta[name="theme-color"]')?.setAttribute('content', '#FFFFFF');
    expect(detectTheme(doc, SITES.x)).toBe('light');
  });

  test('Facebook and LinkedIn read their dark classes', () => {
    expect(detectTheme(load('facebook'), SITES.facebook)).toBe('dark');
    expect(detectTheme(load('linkedin'), SITES.linkedin)).toBe('dark');
  });

  test('without markers the body background decides, else light', () => {
    document.body.className = '';
    document.documentElement.className = '';
    document.body.style.backgroundColor = 'rgb(24, 25, 26)';
    expect(detectTheme(document, SITES.facebook)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(detectTheme(document, SITES.linkedin)).toBe('light');
  });

  test.each([
    ['rgb(0, 0, 0)', 0],
    ['rgb(255, 255, 255)', 1],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('luminance(%s)', (color, expected) => {
    const lum = luminance(color);
    if (expected === null) expect(lum).toBeNull();
    else expect(lum).toBeCloseTo(expected, 3);
  });
});

describe('shadow roots and anchors', () => {
  test('LinkedIn composers inside the open shadow root of #interop-outlet are found', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const outlet = document.getElementById('interop-outlet') as HTMLElement;
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div class="share-creation-state"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Hi</p></div></div></div>';
    const roots = shadowRootsOf(document, SITES.linkedin);
    expect(roots).toEqual([shadow]);
    const found = findComposers(shadow, SITES.linkedin);
    expect(found).toHaveLength(1);
    expect(anchorFor(found[0] as HTMLElement, SITES.linkedin).className).toBe('ql-container');
  });

  test('the anchor falls back to the editor itself', () => {
    const doc = load('facebook');
    const editor = findComposers(doc, SITES.facebook)[0] as HTMLElement;
    expect(anchorFor(editor, SITES.facebook)).toBe(editor);
  });

  test('unknown hosts have no adapter', () => {
    expect(adapterForHost('example.com')).toBeNull();
    expect(adapterForHost('facebook.com.evil.test')).toBeNull();
    expect(adapterForHost('evil-x.com')).toBeNull();
  });

  test('every host has one match pattern, https only', () => {
    const patterns = siteMatchPatterns();
    expect(patterns).toHaveLength(Object.values(SITE_HOSTS).flat().length);
    for (const p of patterns) expect(p).toMatch(/^https:\/\/[a-z.]+\/\*$/);
    expect(patterns).toContain('https://www.linkedin.com/*');
  });
});
