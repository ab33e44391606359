/** Editor markers every site shares: the frameworks' own attributes, never generated classes. */
export const EDITOR_MARKERS = {
  draft: '.public-DraftEditor-content[contenteditable="true"]',
  lexical: '[data-lexical-editor="true"][contenteditable="true"]',
  quill: '.ql-editor[contenteditable="true"]',
  prosemirror: '.ProseMirror[contenteditable="true"]',
} as const;

/**
 * Fields that opt out of writing assistants or cannot be a post: the opt-outs Grammarly honours
 * on purpose, plus read-only fields and search boxes (comboboxes). Not `data-gramm="false"`:
 * Quill 1 stamps it on every editor it creates, LinkedIn's share box and comments included.
 */
export const SKIP_SELECTORS = [
  '[data-enable-grammarly="false"]',
  '[data-gramm_editor="false"]',
  '[readonly]',
  '[aria-readonly="true"]',
  '[disabled]',
  '[role="combobox"]',
  '[contenteditable="false"]',
] as const;

/** Skip markers an ancestor can carry for the whole subtree (e.g. a wrapper opting out). */
export const SKIP_ANCESTOR_SELECTORS = ['[data-enable-grammarly="false"]'] as const;
