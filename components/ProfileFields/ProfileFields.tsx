import type { Profile } from '../../lib/engine/types';
import { LIMITS } from '../../lib/validate';
import { ChipInput } from '../ChipInput/ChipInput';
import { MissionField } from '../MissionField/MissionField';
import type { PrefsHandle } from '../usePrefs';

export type ProfileFieldsProps = {
  profile: Profile;
  saveProfile: PrefsHandle['saveProfile'];
  noteUnsavedMission: PrefsHandle['noteUnsavedMission'];
};

/** The mission question and the passion chips, as popup, options and welcome all show them. */
export function ProfileFields({ profile, saveProfile, noteUnsavedMission }: ProfileFieldsProps) {
  return (
    <>
      <MissionField
        id="mission"
        value={profile.mission}
        onSave={(mission) => saveProfile({ mission })}
        onUnsaved={noteUnsavedMission}
      />
      <ChipInput
        id="passions"
        label="Your passions"
        noun="passion"
        placeholder="Baking, your city, your team…"
        values={profile.passions}
        onChange={(passions) => void saveProfile({ passions })}
        reorderable
        max={LIMITS.passions}
        maxChars={LIMITS.passionChars}
      />
    </>
  );
}
