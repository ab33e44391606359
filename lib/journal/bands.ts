/** How the Journal names and orders bands, including ones this version does not know. */
import type { JournalBand } from './entry';

/** Known bands in display order; `neutral` (little signal either way) comes with a newer engine. */
const KNOWN_BANDS = ['authentic', 'balanced', 'salesy', 'neutral'] as const;

/** A band's name for people: known bands by name, others from their id ("some-band" -> "Some band"). */
export function bandLabel(band: JournalBand): string {
  const words = band.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The style key of a band: its id when known, else `other` (drawn in a neutral colour). */
export function bandStyle(band: JournalBand): string {
  return (KNOWN_BANDS as readonly string[]).includes(band) ? band : 'other';
}

/** Sort order of bands: known ones first in KNOWN_BANDS order, then others by name. */
export function compareBands(a: JournalBand, b: JournalBand): number {
  const rank = (band: string) => {
    const i = (KNOWN_BANDS as readonly string[]).indexOf(band);
    return i === -1 ? KNOWN_BANDS.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
