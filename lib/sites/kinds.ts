/** The kinds of composer WhyFirst tells apart: a new post, a reply or comment, a private message. */
export const COMPOSER_KINDS = ['post', 'reply', 'message'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];
