import { BackupPanel } from '../../components/BackupPanel/BackupPanel';
import { CategoryToggles } from '../../components/CategoryToggles/CategoryToggles';
import { ChipInput } from '../../components/ChipInput/ChipInput';
import { JournalOptions } from '../../components/Journal/JournalOptions';
import { ProfileFields } from '../../components/ProfileFields/ProfileFields';
import { StorageNotes } from '../../components/StorageNotes/StorageNotes';
import { SwitchGroup } from '../../components/SwitchGroup/SwitchGroup';
import { usePrefs } from '../../components/usePrefs';
import { RULE_META } from '../../lib/engine/rule-meta';
import type { Sensitivity } from '../../lib/engine/types';
import { SITE_IDS } from '../../lib/sites/ids';
import { COMPOSER_KINDS, type ComposerKind } from '../../lib/sites/kinds';
import { dismissRecovered, exportBackup, importBackup, resetAll } from '../../lib/storage';
import { kindName, LIMITS, SENSITIVITIES, siteName } from '../../lib/validate';

const SENSITIVITY_TEXT: Record<Sensitivity, string> = {
  gentle: 'Gentle: only clear sales pitches move the meter.',
  normal: 'Normal: the balance most people want.',
  strict: 'Strict: even a light plug is pointed out.',
};

const KIND_HINTS: Record<ComposerKind, string> = {
  post: 'New posts and threads you start.',
  reply: 'Replies under a post and comments on one.',
  message: 'Direct messages and chats, where cold sales pitches are most common.',
};

/** The options page: sensitivity, categories, the user's words, where it appears, backup, reset. */
export function Options() {
  const { prefs, status, saveProfile, saveSettings, saveSites, saveKinds, noteUnsavedMission } =
    usePrefs();
  if (!prefs) return <main class="options" aria-busy="true" />;
  const { settings } = prefs;
  return (
    <main class="options">
      <h1>WhyFirst options</h1>
      <p class="muted">Everything here stays in your browser. Nothing is sent anywhere.</p>
      <StorageNotes
        syncNote={status.syncNote}
        recovered={status.recovered}
        detailed
        onDismiss={(id) => void dismissRecovered(id)}
      />

      <section class="section" aria-labelledby="why-title">
        <h2 id="why-title">Your why</h2>
        <ProfileFields
          profile={prefs.profile}
          saveProfile={saveProfile}
          noteUnsavedMission={noteUnsavedMission}
        />
      </section>

      <section class="section" aria-labelledby="sensitivity-title">
        <h2 id="sensitivity-title">Sensitivity</h2>
        <fieldset>
          <legend>How readily the meter calls a post salesy</legend>
          {SENSITIVITIES.map((level) => (
            <div class="check" key={level}>
              <input
                type="radio"
                id={`sensitivity-${level}`}
                name="sensitivity"
                checked={settings.sensitivity === level}
                onChange={() => void saveSettings({ sensitivity: level })}
              />
              <label for={`sensitivity-${level}`}>{SENSITIVITY_TEXT[level]}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section class="section" aria-labelledby="categories-title">
        <h2 id="categories-title">What WhyFirst looks for</h2>
        <CategoryToggles
          disabled={settings.disabledCategories}
          onChange={(disabledCategories) => void saveSettings({ disabledCategories })}
          rules={RULE_META}
          disabledRules={settings.disabledRules}
          onRulesChange={(disabledRules) => void saveSettings({ disabledRules })}
        />
      </section>

      <section class="section" aria-labelledby="words-title">
        <h2 id="words-title">Your words</h2>
        <ChipInput
          id="extra-words"
          label="Words to flag as salesy"
          noun="word"
          placeholder="e.g. synergy"
          values={settings.extraSalesyWords}
          onChange={(extraSalesyWords) => void saveSettings({ extraSalesyWords })}
          max={LIMITS.words}
          maxChars={LIMITS.wordChars}
        />
        <ChipInput
          id="allowed-words"
          label="Words never to flag"
          noun="word"
          placeholder="e.g. free (if you run a free clinic)"
          values={settings.allowedWords}
          onChange={(allowedWords) => void saveSettings({ allowedWords })}
          max={LIMITS.words}
          maxChars={LIMITS.wordChars}
        />
      </section>

      <section class="section" aria-labelledby="where-title">
        <h2 id="where-title">Where WhyFirst appears</h2>
        <SwitchGroup
          legend="Sites"
          keys={SITE_IDS}
          idPrefix="site"
          values={prefs.sites}
          label={(site) => `WhyFirst on ${siteName(site)}`}
          onChange={(site, on) => void saveSites({ [site]: on })}
        />
        <SwitchGroup
          legend="Kinds of composer"
          keys={COMPOSER_KINDS}
          idPrefix="kind"
          values={prefs.kinds}
          label={(kind) => `WhyFirst in ${kindName(kind)}`}
          hint={(kind) => KIND_HINTS[kind]}
          onChange={(kind, on) => void saveKinds({ [kind]: on })}
        />
      </section>

      <JournalOptions />

      <section class="section" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup and reset</h2>
        <p class="muted">
          A backup file holds your mission, passions, words and settings. Import one to restore them
          here or in another browser.
        </p>
        <BackupPanel onExport={() => exportBackup()} onImport={importBackup} onReset={resetAll} />
      </section>
    </main>
  );
}
