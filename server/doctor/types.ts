/**
 * Public types of `meetgate doctor` / `diagnoseDeployment`: the files of a Jitsi deployment in,
 * a report of what will go wrong with tokens out. Plain data, so `--json` loses nothing.
 */
import type { TokenReport } from '../../lib/token/index.js';
import type { ServerProfile } from '../../lib/token/profile.js';

export type { ServerProfile };

/** One file's text and the name to show for it (a path, usually). */
export interface DeploymentFile {
  path: string;
  text: string;
}

/** The deployment's files; give any of them. */
export interface DeploymentFiles {
  /** Prosody's `*.cfg.lua` files (the host file and, if options live there, `prosody.cfg.lua`). */
  prosody?: DeploymentFile[];
  /** `jicofo.conf` (HOCON) and/or `sip-communicator.properties` (Java properties). */
  jicofo?: DeploymentFile[];
  /** Jitsi Meet's `config.js` (`/etc/jitsi/meet/<host>-config.js`). */
  configJs?: DeploymentFile;
  /** docker-jitsi-meet's `.env`. */
  dockerEnv?: DeploymentFile;
}

/** Options of a diagnosis. */
export interface DiagnoseOptions {
  /** Tokens or tokenized links to judge against this deployment. */
  tokens?: string[];
  /** The time to judge tokens at (default: now). */
  now?: Date | number;
}

/** `error`: something will fail or is unsafe; `warning`: likely wrong; `info`: worth knowing. */
export type DoctorSeverity = 'error' | 'warning' | 'info';

/** One problem, where it is, why it matters and the exact fix. */
export interface DoctorFinding {
  /** Stable check id, e.g. `jicofo-auth-with-token-roles`. */
  check: string;
  severity: DoctorSeverity;
  /** The file the finding points at, or null when it is about something missing everywhere. */
  file: string | null;
  /** 1-based line in `file`, or null. */
  line: number | null;
  /** What is wrong, naming the setting. */
  message: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** The exact change to make. */
  fix: string;
  /** The Jitsi source the check follows (repository and path). */
  source: string;
}

/** How a file was read. */
export interface FileStatus {
  path: string;
  kind: 'prosody' | 'jicofo-hocon' | 'jicofo-properties' | 'config-js' | 'docker-env';
  /** False when the file could not be parsed; its error is also a `file-unreadable` finding. */
  parsed: boolean;
  error: { message: string; line: number; column: number } | null;
}

/** A token judged against this deployment. */
export interface DoctorTokenReport {
  /** The token with its signature removed (never the full token). */
  token: string | null;
  report: TokenReport;
}

/** The whole diagnosis. */
export interface DoctorReport {
  files: FileStatus[];
  findings: DoctorFinding[];
  /** Checks that did not run because a file they need was not given, with what to give. */
  notChecked: { check: string; needs: string }[];
  profile: ServerProfile | null;
  tokens: DoctorTokenReport[];
  counts: Record<DoctorSeverity, number>;
  /** True when there is no error finding and every token is usable. */
  ok: boolean;
}
