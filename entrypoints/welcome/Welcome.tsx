import { useState } from 'preact/hooks';
import { ProfileFields } from '../../components/ProfileFields/ProfileFields';
import { usePrefs } from '../../components/usePrefs';

/** The first-install page: what WhyFirst does, and the user's why and passions. */
export function Welcome() {
  const { prefs, saveProfile, noteUnsavedMission } = usePrefs();
  const [done, setDone] = useState(false);
  return (
    <main class="welcome">
      <h1>Welcome to WhyFirst</h1>
      <p class="lead">Write posts like a person, not an ad.</p>
      <ul class="points">
        <li>
          Beside the post box on X, Facebook and LinkedIn, a small meter shows whether your draft
          reads as authentic or salesy.
        </li>
        <li>
          Click it to see which words pulled the needle, why, and a rewrite you can apply in one
          click.
        </li>
        <li>
          The toolbar button keeps your answer to the question below and a checklist of habits
          people trust.
        </li>
        <li>
          <strong>Nothing leaves your device.</strong> There is no account and no server; your
          drafts are read only in your browser.
        </li>
      </ul>
      {prefs && (
        <section class="section" aria-labelledby="start-title">
          <h2 id="start-title">Start with your why</h2>
          <p class="muted">
            Not “sell more of my stuff”: who do you want to reach, and why? You can change this any
            time from the toolbar button.
          </p>
          <ProfileFields
            profile={prefs.profile}
            saveProfile={saveProfile}
            noteUnsavedMission={noteUnsavedMission}
          />
          <div class="row">
            <button type="button" class="primary" onClick={() => setDone(true)}>
              Done
            </button>
          </div>
          {done && (
            <p role="status" class="note">
              Saved. Open X, Facebook or LinkedIn and start a post: WhyFirst is there beside the
              box.
            </p>
          )}
        </section>
      )}
    </main>
  );
}
