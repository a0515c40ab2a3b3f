/**
 * meetgate/prosody — reads a Prosody config file (never runs it) and turns it into the server
 * profile the token inspector takes. Framework-free: Node and browsers. Kept out of
 * `meetgate/token` so the inspector core stays small (luaparse is ~40 kB).
 */
export { readProsodyConfig, optionValue, MAX_CONFIG_LENGTH } from './read-config.js';
export { profileFromProsodyConfig, type ProfileFromConfig, type ProfileSetting } from './profile.js';
export { forgetSecrets, summarizeProsodyConfig, type ConfigSummary, type ForgottenSecret, type SettingRow } from './config-summary.js';
export type {
  LuaValue,
  ProsodyConfig,
  ProsodyConfigError,
  ProsodyConfigResult,
  ProsodyOption,
  ProsodySection,
  ProsodySkipped,
  ReadProsodyConfigOptions,
} from './types.js';
