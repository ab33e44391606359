import { BAND_HINTS, BAND_WORDS } from '../../lib/engine/bands';
import type { Band, ChecklistItem } from '../../lib/engine/types';
import { HABITS } from './habits';
import './Checklist.css';

/** The draft the checklist is ticked against; null when there is none. */
export type ChecklistDraft = { score: number; band: Band; items: ChecklistItem[] } | null;

/** Props of Checklist. */
export type ChecklistProps = {
  draft: ChecklistDraft;
  /** Shown above the habits when there is no draft (why there is none, what to do). */
  emptyHint?: string;
};

/** The seven habits: ticked live against a draft, or explained when there is no draft. */
export function Checklist({ draft, emptyHint }: ChecklistProps) {
  if (draft === null) {
    return (
      <section class="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">Seven habits of posts people trust</h2>
        {emptyHint && <p class="muted">{emptyHint}</p>}
        <ul class="habits">
          {HABITS.map((habit) => (
            <li key={habit.id} class="habit">
              <h3>{habit.label}</h3>
              <p>{habit.explain}</p>
              <p class="muted">
                <span class="visually-hidden">How to practise: </span>
                {habit.practise}
              </p>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const byId = new Map(draft.items.map((item) => [item.id, item]));
  const done = HABITS.filter((h) => byId.get(h.id)?.done).length;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <div class="score-row">
        <h2 id="checklist-title">Your draft</h2>
        <p class={`score band-${draft.band}`}>
          <strong>{Math.round(draft.score)}</strong>
          <span class="visually-hidden"> out of 100,</span> {BAND_WORDS[draft.band]}
        </p>
      </div>
      {draft.band === 'neutral' ? <p class="muted">{BAND_HINTS.neutral}</p> : null}
      <p class="muted">
        {done} of {HABITS.length} habits so far.
      </p>
      <ul class="ticks">
        {HABITS.map((habit) => {
          const item = byId.get(habit.id);
          const ticked = item?.done === true;
          return (
            <li key={habit.id} class={ticked ? 'tick done' : 'tick'}>
              <span class="mark" aria-hidden="true">
                {ticked ? '✓' : '○'}
              </span>
              <span>
                <span class="visually-hidden">{ticked ? 'Done: ' : 'Not yet: '}</span>
                {item?.label || habit.label}
                {ticked && item?.evidence?.text && (
                  <span class="evidence"> “{item.evidence.text}”</span>
                )}
                {!ticked && <span class="tip">{habit.practise}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
