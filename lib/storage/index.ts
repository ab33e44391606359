// The storage API the extension's pages, background and content script use. Each module keeps one
// concern: items (what is stored, versions, defaults), sync (sync with the device copy as
// fallback), recovered (copies of damaged data), backup (export, import, reset), prefs (reading).
export { exportBackup, type ImportResult, importBackup, resetAll } from './backup';
export type { SettingName, SettingValues } from './items';
export {
  DEFAULT_PREFS,
  isActiveOn,
  isKindActive,
  loadPrefs,
  loadStatus,
  type Prefs,
  type StorageStatus,
  saveMission,
  setPausedUntil,
  watchPrefs,
  watchStatus,
} from './prefs';
export { dismissRecovered, type RecoveredEntry } from './recovered';
export { flushPending, type SaveResult, saveSetting, watchSyncToDevice } from './sync';
