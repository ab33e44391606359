import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist, type ChecklistDraft } from '../../components/Checklist/Checklist';
import { PopupWeekLine } from '../../components/Journal/WeekLine';
import { ProfileFields } from '../../components/ProfileFields/ProfileFields';
import { SiteControls } from '../../components/SiteControls/SiteControls';
import { StorageNotes } from '../../components/StorageNotes/StorageNotes';
import { usePrefs } from '../../components/usePrefs';
import {
  RELOAD_HINT,
  sendToActiveTab,
  type TabAnswer,
  type TabsApi,
  UNREACHABLE_HINT,
} from '../../lib/messages';
import { isActiveOn, setPausedUntil } from '../../lib/storage';
import { siteName } from '../../lib/validate';

/** How often the popup asks the page for the draft while it is open. */
const POLL_MS = 1000;

/** The toolbar popup: the user's why and passions, and the checklist for the current draft. */
export function Popup() {
  const { prefs, status, saveProfile, saveSites, noteUnsavedMission } = usePrefs();
  const [answer, setAnswer] = useState<TabAnswer | null>(null);
  const [now, setNow] = useState(Date.now());
  // Decided by the page's first answer only, so nothing moves under the user's cursor later.
  const [checklistOnTop, setChecklistOnTop] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    let busy = false;
    const ask = async () => {
      if (busy) return;
      busy = true;
      const next = await sendToActiveTab({ kind: 'draft/get' }, browser as unknown as TabsApi);
      busy = false;
      if (!live) return;
      if (next.kind !== 'unreachable')
        setChecklistOnTop((top) => top ?? (next.kind === 'draft' && next.text.trim() !== ''));
      setAnswer(next);
      setNow(Date.now());
    };
    void ask();
    const timer = setInterval(ask, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  if (!prefs) return <main class="popup" aria-busy="true" />;

  const site = answer?.site ?? null;
  const stale = answer?.kind === 'unreachable';
  const active = site === null || isActiveOn(prefs, site, now);
  let draft: ChecklistDraft = null;
  let emptyHint: string = UNREACHABLE_HINT;
  if (answer?.kind === 'draft' && answer.text.trim() !== '') {
    draft = {
      score: answer.report.score,
      band: answer.report.band,
      items: answer.report.checklist,
    };
  } else if (site !== null && !active) {
    emptyHint = `WhyFirst is ${prefs.sites[site] ? 'paused' : 'off'} on ${siteName(site)}.`;
  } else if (site !== null && stale) {
    emptyHint = RELOAD_HINT;
  } else if (site !== null) {
    emptyHint = `Click into a post box on ${siteName(site)} and start writing: the checklist follows your draft.`;
  } else if (answer === null) {
    emptyHint = 'Looking for a draft…';
  }

  const whySection = (
    <section class="section" key="why">
      <ProfileFields
        profile={prefs.profile}
        saveProfile={saveProfile}
        noteUnsavedMission={noteUnsavedMission}
      />
    </section>
  );
  const checklistSection = (
    <section class="section" key="checklist">
      <Checklist draft={draft} emptyHint={emptyHint} />
    </section>
  );
  return (
    <main class="popup">
      <header class="row popup-header">
        <h1>WhyFirst</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <PopupWeekLine />
      <StorageNotes
        syncNote={status.syncNote}
        recovered={status.recovered}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
      {/* With a draft open its checklist matters most; otherwise the why comes first. */}
      {checklistOnTop ? [checklistSection, whySection] : [whySection, checklistSection]}
      <SiteControls
        site={site}
        siteOn={site === null ? true : prefs.sites[site]}
        pausedUntil={prefs.pausedUntil}
        now={now}
        onSiteChange={(on) => site && void saveSites({ [site]: on })}
        onPause={(until) => void setPausedUntil(until)}
        onResume={() => void setPausedUntil(0)}
      />
    </main>
  );
}
