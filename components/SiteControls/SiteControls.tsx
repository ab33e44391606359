import type { SiteId } from '../../lib/sites/ids';
import { siteName } from '../../lib/validate';

/** Props of SiteControls. */
export type SiteControlsProps = {
  /** The active tab's site, or null when it is not one WhyFirst works on. */
  site: SiteId | null;
  /** Whether WhyFirst is on for `site`. */
  siteOn: boolean;
  /** Epoch ms the pause ends; 0 or past = not paused. */
  pausedUntil: number;
  now: number;
  onSiteChange: (on: boolean) => void;
  onPause: (until: number) => void;
  onResume: () => void;
};

const HOUR = 60 * 60 * 1000;

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** On/off for the current site and a one-hour pause everywhere. */
export function SiteControls({
  site,
  siteOn,
  pausedUntil,
  now,
  onSiteChange,
  onPause,
  onResume,
}: SiteControlsProps) {
  const paused = pausedUntil > now;
  return (
    <section class="section site-controls" aria-label="Where WhyFirst runs">
      {site !== null && (
        <div class="row switch-row">
          <input
            id="site-switch"
            type="checkbox"
            role="switch"
            aria-checked={siteOn}
            checked={siteOn}
            onChange={(e) => onSiteChange(e.currentTarget.checked)}
          />
          <label for="site-switch">WhyFirst on {siteName(site)}</label>
        </div>
      )}
      <div class="row">
        {paused ? (
          <>
            <span>Paused until {clock(pausedUntil)}.</span>
            <button type="button" onClick={onResume}>
              Resume now
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onPause(now + HOUR)}>
            Pause for an hour
          </button>
        )}
      </div>
    </section>
  );
}
