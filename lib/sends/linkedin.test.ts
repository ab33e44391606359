// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { linkedin } from '../sites/linkedin';
import { $, press, sendsOn, watch, write } from './testing';

// LinkedIn's shapes from ../shared/realdom/README.md: the classic share box in the open shadow
// root of #interop-outlet, the SDUI share <dialog>, TipTap feed comments, legacy comment boxes
// and the msg-form messaging box.
const CLASSIC = `
<div data-test-modal-id="sharebox" role="dialog" class="share-box-v2__modal">
  <button aria-label="Dismiss">×</button>
  <div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"
    data-test-ql-editor-contenteditable="true" aria-label="Text editor for creating content"></div></div>
  <button class="share-actions__primary-action">Post</button>
</div>`;

const SDUI = `
<dialog open><div data-sdui-screen="com.linkedin.sdui.sharing.ShareCompose">
  <button aria-label="Close"><svg></svg></button>
  <div componentkey="ShareBox_textEditor" contenteditable="true" role="textbox" class="tiptap ProseMirror"></div>
  <button aria-label="Add media"><svg></svg></button>
  <button class="_x1">Post</button>
  <button aria-label="Schedule post"><svg></svg></button>
</div></dialog>`;

const COMMENTS = `
<div componentkey="commentBox-urn1">
  <div data-display-contents><div data-testid="ui-core-tiptap-text-editor-wrapper"><div>
    <div contenteditable="true" role="textbox" class="tiptap ProseMirror"
      aria-label="Text editor for creating comment"></div></div></div>
    <button aria-label="Open emoji keyboard"><svg></svg></button>
    <button class="_h1">Comment</button>
  </div>
</div>
<form class="comments-comment-box__form"><div class="comments-comment-box">
  <div class="comments-comment-texteditor"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>
  <button class="comments-comment-box__submit-button--cr" type="submit">Post</button>
</div></form>`;

const MESSAGING = `
<div class="msg-overlay-conversation-bubble" role="dialog"><form class="msg-form">
  <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true"></div>
  <footer><button class="msg-form__send-button artdeco-button" type="submit">Send</button></footer>
</form></div>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LinkedIn: share boxes', () => {
  test('sent: the classic share box Post button, inside #interop-outlet, then the modal closes', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div>';
    const shadow = $(document, '#interop-outlet').attachShadow({ mode: 'open' });
    shadow.innerHTML = CLASSIC;
    const editor = $(shadow, '.ql-editor');
    const w = watch(editor, linkedin);
    write(editor, 'I mentored my first intern this summer. Here is what I learned.');
    sendsOn($(shadow, '.share-actions__primary-action'), 'click', () => shadow.replaceChildren());
    $(shadow, '.share-actions__primary-action').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'post', via: 'click' }]);
  });

  test('abandoned: the classic share box dismissed', () => {
    document.body.innerHTML = CLASSIC;
    const editor = $(document, '.ql-editor');
    const w = watch(editor, linkedin);
    write(editor, 'Draft for another day');
    sendsOn($(document, '[aria-label="Dismiss"]'), 'click', () => document.body.replaceChildren());
    $(document, '[aria-label="Dismiss"]').click();
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });

  test("sent: the SDUI dialog's only text button submits", () => {
    document.body.innerHTML = SDUI;
    const editor = $(document, '[componentkey="ShareBox_textEditor"]');
    const w = watch(editor, linkedin);
    write(editor, 'Grateful to the volunteers who made Saturday happen.');
    sendsOn($(document, 'button._x1'), 'click', () => $(document, 'dialog').remove());
    $(document, 'button._x1').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'post', via: 'click' }]);
  });

  test('the dialog hides before LinkedIn clears the draft: the session stops, the send still counts', () => {
    document.body.innerHTML = SDUI;
    const editor = $(document, '[componentkey="ShareBox_textEditor"]');
    const w = watch(editor, linkedin);
    write(editor, 'Our first open day: thank you all for coming.');
    $(document, 'button._x1').click();
    (document.querySelector('dialog') as HTMLDialogElement).open = false;
    w.stop(); // the content script drops a composer nobody can see
    expect(w.sends).toEqual([]);
    vi.advanceTimersByTime(500);
    write(editor, '');
    vi.advanceTimersByTime(200);
    expect(w.sends).toMatchObject([{ kind: 'post', via: 'click' }]);
  });

  test('a send never confirmed after the watch stopped is dropped when its time is up', () => {
    document.body.innerHTML = SDUI;
    const editor = $(document, '[componentkey="ShareBox_textEditor"]');
    const w = watch(editor, linkedin);
    write(editor, 'Posting failed, the draft stays.');
    $(document, 'button._x1').click();
    w.stop();
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(0);
    write(editor, '');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toEqual([]);
  });

  test.each(['Add media', 'Schedule post'])(
    '%s, an icon button that swaps the editor out, is not a send',
    (label) => {
      document.body.innerHTML = SDUI;
      const editor = $(document, '[componentkey="ShareBox_textEditor"]');
      const w = watch(editor, linkedin);
      write(editor, 'A photo from the workshop');
      sendsOn($(document, `[aria-label="${label}"]`), 'click', () => editor.remove(), 100);
      $(document, `[aria-label="${label}"]`).click();
      vi.advanceTimersByTime(10_000);
      w.stop();
      expect(w.sends).toEqual([]);
    },
  );
});

describe('LinkedIn: comments', () => {
  beforeEach(() => {
    document.body.innerHTML = COMMENTS;
  });

  test('sent: a feed comment by its text-only Comment button', () => {
    const editor = $(document, '.tiptap');
    const w = watch(editor, linkedin);
    write(editor, 'This matches what we saw in our team too.');
    sendsOn($(document, 'button._h1'), 'click', () => write(editor, ''));
    $(document, '[aria-label="Open emoji keyboard"]').click();
    $(document, 'button._h1').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'reply', via: 'click' }]);
  });

  test('sent by keyboard: the legacy comment submit button activated with Enter', () => {
    const editor = $(document, '.comments-comment-box .ql-editor');
    const w = watch(editor, linkedin);
    write(editor, 'Well said.');
    const submit = $(document, '.comments-comment-box__submit-button--cr');
    sendsOn(submit, 'keydown', () => write(editor, ''));
    press(submit, 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ text: 'Well said.', kind: 'reply', via: 'key' }]);
  });

  test('cleared: a comment deleted by hand', () => {
    const editor = $(document, '.tiptap');
    const w = watch(editor, linkedin);
    write(editor, 'Hmm');
    press(editor, 'Enter');
    write(editor, '');
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
  });
});

describe('LinkedIn: messaging', () => {
  beforeEach(() => {
    document.body.innerHTML = MESSAGING;
  });
  const editor = () => $(document, '.msg-form__contenteditable');

  test('sent: the Send button', () => {
    const w = watch(editor(), linkedin);
    write(editor(), 'Thanks for the intro, happy to help.');
    sendsOn($(document, '.msg-form__send-button'), 'click', () => write(editor(), ''));
    $(document, '.msg-form__send-button').click();
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ kind: 'message', via: 'click' }]);
  });

  test('sent by keyboard in "Press Enter to send" mode; otherwise Enter is a new line', () => {
    const w = watch(editor(), linkedin);
    write(editor(), 'Line one');
    press(editor(), 'Enter'); // Enter-to-send off: the draft stays
    vi.advanceTimersByTime(10_000);
    expect(w.sends).toEqual([]);
    sendsOn(editor(), 'keydown', () => write(editor(), ''));
    press(editor(), 'Enter');
    vi.advanceTimersByTime(1000);
    expect(w.sends).toMatchObject([{ text: 'Line one', kind: 'message', via: 'key' }]);
  });

  test('Enter that only adds a line, then the draft deleted by hand at once, is not a send', async () => {
    const w = watch(editor(), linkedin);
    write(editor(), 'See you');
    press(editor(), 'Enter');
    write(editor(), 'See you\n'); // the browser's new line: Enter-to-send is off
    await vi.advanceTimersByTimeAsync(30);
    write(editor(), ''); // select all, delete, well within the wait for a send
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.sends).toEqual([]);
  });

  test('left: the conversation closed with a draft', () => {
    const w = watch(editor(), linkedin);
    write(editor(), 'Talk soon');
    $(document, '.msg-overlay-conversation-bubble').remove();
    vi.advanceTimersByTime(10_000);
    w.stop();
    expect(w.sends).toEqual([]);
  });
});
