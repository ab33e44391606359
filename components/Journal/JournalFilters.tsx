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

/** Site, kind and period choices; two date fields appear for "Between two dates". */
export function JournalFilters({ view, onChange }: JournalFiltersProps) {
  const set = (change: Partial<JournalView>) => onChange({ ...view, ...change });
  const changed = JSON.stringify(view) !== JSON.stringify(DEFAULT_VIEW);
  return (
    <fieldset class="filters">
      <legend>Show</legend>
      <div class="filter-row">
        <div>
          <label for="filter-site">Site</label>
          <select
            id="filter-site"
            value={view.site}
            onChange={(e) => set({ site: e.currentTarget.value as JournalView['site'] })}
          >
            <option value="all">All sites</option>
            {SITE_IDS.map((site) => (
              <option key={site} value={site}>
                {siteName(site)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-kind">Kind</label>
          <select
            id="filter-kind"
            value={view.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as JournalView['kind'] })}
          >
            <option value="all">Everything sent</option>
            {COMPOSER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_PLURAL[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-period">Period</label>
          <select
            id="filter-period"
            value={view.period}
            onChange={(e) => set({ period: e.currentTarget.value as Period })}
          >
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
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
