/** The four bands as people read them: the word shown, and what would move a draft from there. */
import type { Band } from './types';

/** Every band, from authentic to salesy. */
export const BANDS: readonly Band[] = ['authentic', 'neutral', 'balanced', 'salesy'];

/** The word shown for each band. */
export const BAND_WORDS: Record<Band, string> = {
  authentic: 'Authentic',
  neutral: 'Neutral',
  balanced: 'Balanced',
  salesy: 'Salesy',
};

/** One line per band: what it means and what would move the draft toward authentic. */
export const BAND_HINTS: Record<Band, string> = {
  authentic: 'Reads like you: your own experience, a question or credit to others.',
  neutral:
    'No signal either way yet. Something that happened to you, a question for readers or why it matters to you would move it toward authentic.',
  balanced:
    'Part of it sells. Trimming the pitch or adding your own experience would move it toward authentic.',
  salesy: 'Reads like an ad. Cut the pitch and share what you learned or why it matters to you.',
};
