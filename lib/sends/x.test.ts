// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { x } from '../sites/x';
import { $, press, sendsOn, watch, write } from './testing';

// X's shapes from ../shared/realdom/README.md: a composer block with its toolbar beside the
// editor, the inline reply box, the compose and reply dialogs, and both DM composers.
const HOME = `
<div data-testid="primaryColumn">
  <div class="block" id="home">
    <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
      role="textbox" data-testid="tweetTextarea_0"></div></div>
    <div data-testid="toolBar"><button type="button" data-testid="tweetButtonInline">Post</button></div>
  </div>
  <article data-testid="tweet"><div data-testid="tweetText">Our first release is out.</div></article>
  <div data-testid="inline_reply_offscreen">
    <div class="block" id="reply">
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
        role="textbox" data-testid="tweetTextarea_0"></div></div>
      <div data-testid="toolBar"><button type="button" data-testid="tweetButtonInline">Reply</button></div>
    </div>
  </div>
</div>`;

const DIALOG = (quoted: boolean) => `
<div id="layers"><div role="dialog" aria-modal="true">
  <button type="button" data-testid="app-bar-close">Close</button>
  ${quoted ? '<article><div data-testid="tweetText">A question worth answering.</div></article>' : ''}
  <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
    role="textbox" data-testid="tweetTextarea_0"></div></div>
  <div data-testid="toolBar"><button type="button" data-testid="tweetButton">${quoted ? 'Reply' : 'Post'}</button></div>
</div></div>`;

const DMS = `
<aside data-testid="DmActivityViewport">
  <div class="legacy"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"
    data-testid="dmComposerTextInput"></div>
    <button type="button" data-testid="dmComposerSendButton">Send</button></div>
  <div class="xchat"><textarea data-testid="dm-composer-textarea"></textarea>
    <button type="button" data-testid="dm-composer-send-button">Send</button></div>
</aside>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

const homeComposer = () => $(document, '#home [data-testid="tweetTextarea_0"]');
const replyComposer = () => $(document, '#reply [data-testid="tweetTextarea_0"]');

describe('X: posts and inline replies', () => {
  beforeEach(() => {
    document.body.innerHTML = HOME;
  });

  test('sent: the Post button with a draft, then X empties the box', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    write(editor, 'Shipped it. What should we build next?');
    sendsOn($(document, '#home [data-testid="tweetButtonInline"]'), 'click', () =>
      write(editor, ''),
    );
    $(document, '#home [data-testid="tweetButtonInline"]').click();
    expect(w.sends).toEqual([]); // not before X confirms by emptying the draft
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([
      { text: 'Shipped it. What should we build next?', kind: 'post', via: 'click' },
    ]);
  });

  test('sent by keyboard: Ctrl+Enter and Cmd+Enter', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    sendsOn(
      editor,
      'keydown',
      () => write(editor, ''),
      300,
      (e) => {
        const k = e as KeyboardEvent;
        return k.key === 'Enter' && (k.ctrlKey || k.metaKey);
      },
    );
    write(editor, 'First post of the week.');
    press(editor, 'Enter', { ctrlKey: true });
    vi.advanceTimersByTime(1000);
    write(editor, 'Second one, from a Mac.');
    press(editor, 'Enter', { metaKey: true });
    vi.advanceTimersByTime(1000);
    expect(w.sends.map((s) => [s.text, s.via])).toEqual([
      ['First post of the week.', 'key'],
      ['Second one, from a Mac.', 'key'],
    ]);
  });

  test('a reply box reports a reply, and only for its own Reply button', () => {
    const home = watch(homeComposer(), x);
    const reply = watch(replyComposer(), x);
    write(homeComposer(), 'A draft I keep for later.');
    write(replyComposer(), 'Congratulations to the whole team!');
    sendsOn($(document, '#reply [data-testid="tweetButtonInline"]'), 'click', () =>
      write(replyComposer(), ''),
    );
    $(document, '#reply [data-testid="tweetButtonInline"]').click();
    vi.advanceTimersByTime(1000);
    document.body.innerHTML = '<main>Notifications</main>'; // then the person moves on
    vi.advanceTimersByTime(10_000);
    home.stop();
    expect(reply.sends).toMatchObject([{ kind: 'reply' }]);
    expect(home.sends).toEqual([]);
  });

  test('a key that cannot send costs the watch nothing', () => {
    const editor = homeComposer();
    // The DOM itself may ask for the path while dispatching: count the watch's calls on top.
    const path = vi.spyOn(KeyboardEvent.prototype, 'composedPath');
    const keys = ['a', 'B', 'Backspace', 'ArrowLeft', 'Enter'];
    const calls = () => {
      path.mockClear();
      for (const key of keys) press(editor, key, key === 'Enter' ? { ctrlKey: true } : {});
      return path.mock.calls.length;
    };
    const unwatched = calls();
    watch(editor, x);
    // Only the Ctrl+Enter is looked at.
    expect(calls()).toBe(unwatched + 1);
  });

  test('cleared: the draft deleted by hand is not a send', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    write(editor, 'Never mind this one.');
    press(editor, 'Enter'); // a new line, not a send key in a post
    write(editor, '');
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
  });

  test('a failed send (the draft stays) is dropped, and emptying it later is not a send', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    write(editor, 'This one hits an error.');
    $(document, '#home [data-testid="tweetButtonInline"]').click();
    vi.advanceTimersByTime(10_000);
    write(editor, '');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toEqual([]);
  });

  test('a send the site did not take, then words changed and cleared, is not a send', async () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    write(editor, 'Draft one');
    $(document, '#home [data-testid="tweetButtonInline"]').click();
    await vi.advanceTimersByTimeAsync(50);
    write(editor, 'Draft one, better');
    await vi.advanceTimersByTimeAsync(50);
    write(editor, '');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.sends).toEqual([]);
  });

  test('a click on Post with an empty draft is nothing', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    $(document, '#home [data-testid="tweetButtonInline"]').click();
    write(editor, 'typed after');
    vi.advanceTimersByTime(200);
    write(editor, '');
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
  });

  test('left: the page changes under a draft with no send', () => {
    const editor = homeComposer();
    const w = watch(editor, x);
    write(editor, 'Half a thought');
    document.body.innerHTML = '<main>Explore</main>';
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });
});

describe('X: the compose and reply dialogs', () => {
  test('sent: Post in the compose dialog, which then closes', () => {
    document.body.innerHTML = DIALOG(false);
    const editor = $(document, '[role="dialog"] [data-testid="tweetTextarea_0"]');
    const w = watch(editor, x);
    write(editor, 'Three things I learned running a bakery.');
    sendsOn($(document, '[data-testid="tweetButton"]'), 'click', () =>
      $(document, '#layers').replaceChildren(),
    );
    $(document, '[data-testid="tweetButton"]').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([
      { text: 'Three things I learned running a bakery.', kind: 'post', via: 'click' },
    ]);
  });

  test('the reply dialog, which shows the post answered, reports a reply', () => {
    document.body.innerHTML = DIALOG(true);
    const editor = $(document, '[role="dialog"] [data-testid="tweetTextarea_0"]');
    const w = watch(editor, x);
    write(editor, 'Thank you for asking this.');
    sendsOn($(document, '[data-testid="tweetButton"]'), 'click', () =>
      $(document, '#layers').replaceChildren(),
    );
    $(document, '[data-testid="tweetButton"]').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'reply' }]);
  });

  test('abandoned: the dialog closed without posting', () => {
    document.body.innerHTML = DIALOG(false);
    const editor = $(document, '[role="dialog"] [data-testid="tweetTextarea_0"]');
    const w = watch(editor, x);
    write(editor, 'Maybe tomorrow.');
    sendsOn($(document, '[data-testid="app-bar-close"]'), 'click', () =>
      $(document, '#layers').replaceChildren(),
    );
    $(document, '[data-testid="app-bar-close"]').click();
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });

  test('stopping the watch as the dialog leaves still reports the send it confirmed', () => {
    document.body.innerHTML = DIALOG(false);
    const editor = $(document, '[role="dialog"] [data-testid="tweetTextarea_0"]');
    const w = watch(editor, x);
    write(editor, 'Posted as the dialog closed.');
    $(document, '[data-testid="tweetButton"]').click();
    $(document, '#layers').replaceChildren();
    w.stop(); // the content script tears the session down when its composer goes
    expect(w.sends).toMatchObject([{ text: 'Posted as the dialog closed.' }]);
  });
});

describe('X: direct messages', () => {
  beforeEach(() => {
    document.body.innerHTML = DMS;
  });

  test.each([
    [
      'legacy Draft box',
      '[data-testid="dmComposerTextInput"]',
      '[data-testid="dmComposerSendButton"]',
    ],
    [
      'XChat textarea',
      '[data-testid="dm-composer-textarea"]',
      '[data-testid="dm-composer-send-button"]',
    ],
  ])('%s: Send with a message, then X empties the box', (_name, box, button) => {
    const editor = $(document, box);
    const w = watch(editor, x);
    write(editor, 'Loved your talk on Tuesday.');
    sendsOn($(document, button), 'click', () => write(editor, ''));
    $(document, button).click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'message', via: 'click' }]);
  });

  test('Enter sends a message; Shift+Enter and Enter during IME input do not', () => {
    const editor = $(document, '[data-testid="dm-composer-textarea"]');
    const w = watch(editor, x);
    sendsOn(
      editor,
      'keydown',
      () => write(editor, ''),
      200,
      (e) => {
        const k = e as KeyboardEvent;
        return k.key === 'Enter' && !k.shiftKey && !k.isComposing;
      },
    );
    write(editor, 'line one');
    press(editor, 'Enter', { shiftKey: true });
    vi.advanceTimersByTime(1000);
    press(editor, 'Enter', { isComposing: true }); // commits a word typed with an IME
    write(editor, ''); // then starts over
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
    write(editor, 'line one');
    press(editor, 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ text: 'line one', kind: 'message', via: 'key' }]);
  });
});
