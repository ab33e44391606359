// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { facebook } from '../sites/facebook';
import { $, press, sendsOn, watch, write } from './testing';

// Facebook's shapes from ../shared/realdom/README.md: Lexical editors; the Create post dialog's
// editor has no aria-label, comment boxes sit in form[role=presentation] with
// #focused-state-composer-submit, Messenger's box is labelled "Message".
const POST_DIALOG = `
<div id="portal"><div role="dialog" aria-label="Create post"><form method="POST">
  <div role="button" aria-label="Close" tabindex="0">×</div>
  <div class="xzsf02u notranslate" contenteditable="true" role="textbox" spellcheck="true"
    tabindex="0" aria-placeholder="What's on your mind?" data-lexical-editor="true"></div>
  <div aria-hidden="true">What's on your mind?</div>
  <div role="button" aria-label="Emoji" tabindex="0"><i></i></div>
  <div role="button" aria-label="Post" tabindex="0"><span>Post</span></div>
  <input type="submit" style="display:none">
</form></div></div>`;

const FEED = `
<div role="article">
  <div role="button" aria-label="Comment" tabindex="0">Comment</div>
  <form role="presentation">
    <div contenteditable="true" role="textbox" data-lexical-editor="true"
      aria-label="Write a comment…"></div>
    <div id="focused-state-composer-submit"><div role="button" aria-label="Comment" tabindex="0"><i></i></div></div>
  </form>
</div>
<div class="chat">
  <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message"></div>
  <div role="button" aria-label="Press enter to send" tabindex="0"><svg></svg></div>
</div>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

const enterSends = (editor: HTMLElement) =>
  sendsOn(
    editor,
    'keydown',
    () => write(editor, ''),
    300,
    (e) => {
      const k = e as KeyboardEvent;
      return k.key === 'Enter' && !k.shiftKey;
    },
  );

describe('Facebook: Create post', () => {
  beforeEach(() => {
    document.body.innerHTML = POST_DIALOG;
  });
  const editor = () => $(document, '[data-lexical-editor="true"]');
  const closeDialog = () => $(document, '#portal').replaceChildren();

  test('sent: Post with a draft, then the dialog closes', () => {
    const w = watch(editor(), facebook);
    write(editor(), 'Our street garden had its first harvest today.');
    sendsOn($(document, '[aria-label="Post"]'), 'click', closeDialog, 1500);
    $(document, '[aria-label="Post"]').click();
    vi.advanceTimersByTime(2000);
    expect(w.sends).toMatchObject([
      { text: 'Our street garden had its first harvest today.', kind: 'post', via: 'click' },
    ]);
  });

  test('sent by keyboard: Enter on the focused Post control', () => {
    const w = watch(editor(), facebook);
    write(editor(), 'Posted without a mouse.');
    const post = $(document, '[aria-label="Post"]');
    sendsOn(post, 'keydown', closeDialog);
    press(post, 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'post', via: 'key' }]);
  });

  test('Enter in the post editor is a new line, not a send', () => {
    const w = watch(editor(), facebook);
    write(editor(), 'First line');
    press(editor(), 'Enter');
    write(editor(), '');
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
  });

  test('abandoned: the dialog closed without posting', () => {
    const w = watch(editor(), facebook);
    write(editor(), 'Not today.');
    $(document, '[aria-label="Emoji"]').click();
    sendsOn($(document, '[aria-label="Close"]'), 'click', closeDialog);
    $(document, '[aria-label="Close"]').click();
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });
});

describe('Facebook: comments and Messenger', () => {
  beforeEach(() => {
    document.body.innerHTML = FEED;
  });
  const comment = () => $(document, 'form [data-lexical-editor="true"]');
  const chat = () => $(document, '.chat [data-lexical-editor="true"]');

  test('sent by keyboard: Enter in a comment box', () => {
    const w = watch(comment(), facebook);
    enterSends(comment());
    write(comment(), 'What a great idea, thank you for sharing it.');
    press(comment(), 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'reply', via: 'key' }]);
  });

  test("sent: the comment box's own submit control, not the post's Comment action", () => {
    const w = watch(comment(), facebook);
    write(comment(), 'Count me in!');
    $(document, '[role="article"] > [aria-label="Comment"]').click();
    write(comment(), ''); // then thought better of it
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
    write(comment(), 'Count me in!');
    const submit = $(document, '#focused-state-composer-submit [role="button"]');
    sendsOn(submit, 'click', () => write(comment(), ''));
    submit.click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ text: 'Count me in!', kind: 'reply', via: 'click' }]);
  });

  test('Shift+Enter adds a line; clearing the comment is not a send', () => {
    const w = watch(comment(), facebook);
    enterSends(comment());
    write(comment(), 'Line one');
    press(comment(), 'Enter', { shiftKey: true });
    write(comment(), '');
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
  });

  test('sent: a Messenger message by Enter or by the send control', () => {
    const w = watch(chat(), facebook);
    enterSends(chat());
    write(chat(), 'See you at the market on Saturday?');
    press(chat(), 'Enter');
    vi.advanceTimersByTime(1000);
    const send = $(document, '[aria-label="Press enter to send"]');
    sendsOn(send, 'click', () => write(chat(), ''));
    write(chat(), 'Bringing the lemon cake.');
    send.click();
    vi.advanceTimersByTime(1000);
    expect(w.sends.map((s) => [s.text, s.kind, s.via])).toEqual([
      ['See you at the market on Saturday?', 'message', 'key'],
      ['Bringing the lemon cake.', 'message', 'click'],
    ]);
  });

  test("a comment box's kind is the adapter's, whatever language its label is in", () => {
    document.body.innerHTML = `<form role="presentation"><div contenteditable="true"
      role="textbox" data-lexical-editor="true" aria-label="Écrire un commentaire…"></div></form>`;
    const editor = $(document, '[data-lexical-editor="true"]');
    const w = watch(editor, facebook);
    enterSends(editor);
    write(editor, 'Bravo à toute l’équipe !');
    press(editor, 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'reply', via: 'key' }]);
  });

  test('left: the chat closed with a draft in it', () => {
    const w = watch(chat(), facebook);
    write(chat(), 'Unsent');
    $(document, '.chat').remove();
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });
});
