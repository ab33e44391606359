// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_HOSTS, SITE_IDS, siteMatchPatterns } from './ids';
import {
  adapterForHost,
  anchorFor,
  COMPOSER_KINDS,
  composerFor,
  composerKind,
  composerSpecOf,
  detectTheme,
  findComposers,
  isHidden,
  luminance,
  SITES,
  shadowRootsOf,
} from './index';

/** A saved sample page in the live document, its declarative shadow roots attached as a browser would. */
function load(site: string): Document {
  const html = readFileSync(join(__dirname, 'samples', `${site}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Visibility is computed, so the sample lives in the test's document.
  document.documentElement.className = parsed.documentElement.className;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.className = parsed.body.className;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const template of Array.from(document.querySelectorAll('template[shadowrootmode="open"]'))) {
    const host = template.parentElement as HTMLElement;
    host.attachShadow({ mode: 'open' }).append((template as HTMLTemplateElement).content);
    template.remove();
  }
  return document;
}

/** Every element of a page and its open shadow roots matching a selector, in document order. */
function all(doc: Document, site: string, selector: string): Element[] {
  const roots: ParentNode[] = [doc, ...shadowRootsOf(doc, SITES[site as 'x'])];
  return roots.flatMap((r) => Array.from(r.querySelectorAll(selector)));
}

describe.each(SITE_IDS)('%s adapter against its saved page', (id) => {
  const site = SITES[id];

  test('finds exactly the composers marked in the sample, outermost only', () => {
    const doc = load(id);
    const roots: ParentNode[] = [doc, ...shadowRootsOf(doc, site)];
    const found = roots.flatMap((r) => findComposers(r, site));
    expect(found).toEqual(all(doc, id, '[data-expect="composer"]'));
    expect(found.length).toBeGreaterThan(0);
  });

  test('tells each composer’s kind, by the spec the sample names', () => {
    const doc = load(id);
    for (const editor of all(doc, id, '[data-expect="composer"]')) {
      const where = editor.outerHTML.slice(0, 120);
      expect(composerKind(editor, site), where).toBe(editor.getAttribute('data-kind'));
      expect(composerSpecOf(editor, site)?.name, where).toBe(editor.getAttribute('data-spec'));
    }
  });

  test('every composer spec is proven by a sample composer, names are unique, kinds are known', () => {
    const doc = load(id);
    const proven = new Set(
      all(doc, id, '[data-expect="composer"]').map((e) => composerSpecOf(e, site)?.name),
    );
    const names = site.composers.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of site.composers) {
      expect(proven.has(spec.name), `${spec.name} has no sample composer`).toBe(true);
      expect(COMPOSER_KINDS).toContain(spec.kind);
      expect(spec.source.length).toBeGreaterThan(0);
    }
  });

  test('every composer is found again from a node inside it', () => {
    const doc = load(id);
    for (const editor of all(doc, id, '[data-expect="composer"]')) {
      const inner = editor.querySelector('*') ?? editor;
      expect(composerFor(inner, site)).toBe(editor);
    }
  });

  test('each field marked skip is never a composer, for the reason the sample gives', () => {
    const doc = load(id);
    const skipped = all(doc, id, '[data-expect="skip"]');
    expect(skipped.length).toBeGreaterThan(0);
    for (const el of skipped) {
      expect(composerFor(el, site), el.getAttribute('data-why') ?? '').toBeNull();
      expect(findComposers(el.getRootNode() as ParentNode, site)).not.toContain(el);
    }
    // Nothing unmarked is a composer either.
    for (const el of all(doc, id, '[contenteditable], textarea, input')) {
      const owner = composerFor(el, site);
      if (owner) expect(owner.getAttribute('data-expect')).toBe('composer');
    }
  });

  test('its hosts resolve to it', () => {
    expect(SITE_HOSTS[id].length).toBeGreaterThan(0);
    for (const host of SITE_HOSTS[id]) expect(adapterForHost(host)).toBe(site);
  });
});

describe('visibility', () => {
  test('hidden editors are skipped only while hidden', () => {
    document.body.innerHTML =
      '<div id="w" style="display:none"><div class="ql-editor" contenteditable="true"><p>Hi</p></div></div>';
    const wrapper = document.getElementById('w') as HTMLElement;
    const editor = wrapper.firstElementChild as HTMLElement;
    expect(isHidden(editor)).toBe(true);
    expect(findComposers(document, SITES.linkedin)).toEqual([]);
    wrapper.removeAttribute('style');
    expect(isHidden(editor)).toBe(false);
    expect(findComposers(document, SITES.linkedin)).toEqual([editor]);
    wrapper.setAttribute('aria-hidden', 'true');
    expect(composerFor(editor, SITES.linkedin)).toBeNull();
  });

  test('Quill 1’s data-gramm="false" is not an opt-out', () => {
    document.body.innerHTML =
      '<div class="ql-editor" data-gramm="false" contenteditable="true"><p>Hi</p></div>';
    expect(findComposers(document, SITES.linkedin)).toHaveLength(1);
  });

  test('a detached editor is hidden', () => {
    expect(isHidden(document.createElement('div'))).toBe(true);
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
  test('LinkedIn’s share box in the open shadow root of #interop-outlet anchors at its Quill container', () => {
    const doc = load('linkedin');
    const [shadow] = shadowRootsOf(doc, SITES.linkedin);
    if (!shadow) throw new Error('no shadow root');
    const share = findComposers(shadow, SITES.linkedin)[0] as HTMLElement;
    expect(composerKind(share, SITES.linkedin)).toBe('post');
    expect(anchorFor(share, SITES.linkedin).className).toBe('ql-container');
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
