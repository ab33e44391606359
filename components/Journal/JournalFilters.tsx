import { COMPOSER_KINDS } from '../../lib/journal/entry';
import { SITE_IDS } from '../../lib/sites/ids';
import { siteName } from '../../lib/validate';
import { KIND_PLURAL } from './format';
import { DEFAULT_VIEW, type JournalView, PERIODS, type Period } from './period';

/** Props of JournalFilters. */
export type JournalFiltersProps = {
  view: JournalView;
  onChange: (view: JournalView) => void;
};

type ChoiceProps = {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
};

function Choice({ id, label, value, options, onChange }: ChoiceProps) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Site, kind and period choices; two date fields appear for "Between two dates". */
export function JournalFilters({ view, onChange }: JournalFiltersProps) {
  const set = (change: Partial<JournalView>) => onChange({ ...view, ...change });
  const changed = JSON.stringify(view) !== JSON.stringify(DEFAULT_VIEW);
  return (
    <fieldset class="filters">
      <legend>Show</legend>
      <div class="filter-row">
        <Choice
          id="filter-site"
          label="Site"
          value={view.site}
          options={[
            { value: 'all', label: 'All sites' },
            ...SITE_IDS.map((site) => ({ value: site, label: siteName(site) })),
          ]}
          onChange={(site) => set({ site: site as JournalView['site'] })}
        />
        <Choice
          id="filter-kind"
          label="Kind"
          value={view.kind}
          options={[
            { value: 'all', label: 'Everything sent' },
            ...COMPOSER_KINDS.map((kind) => ({ value: kind, label: KIND_PLURAL[kind] })),
          ]}
          onChange={(kind) => set({ kind: kind as JournalView['kind'] })}
        />
        <Choice
          id="filter-period"
          label="Period"
          value={view.period}
          options={PERIODS}
          onChange={(period) => set({ period: period as Period })}
        />
        {view.period === 'custom' && (
          <>
            <div>
              <label for="filter-from">From</label>
              <input
                id="filter-from"
                type="date"
                value={view.from}
                onChange={(e) => set({ from: e.currentTarget.value })}
              />
            </div>
            <div>
              <label for="filter-to">To</label>
              <input
                id="filter-to"
                type="date"
                value={view.to}
                onChange={(e) => set({ to: e.currentTarget.value })}
              />
            </div>
          </>
        )}
        {changed && (
          <button type="button" class="reset" onClick={() => onChange(DEFAULT_VIEW)}>
            Reset
          </button>
        )}
      </div>
    </fieldset>
  );
}
