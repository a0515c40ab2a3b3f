/**
 * The deployment doctor: `diagnoseDeployment(files)` reads a Jitsi deployment's configuration
 * (Prosody Lua, jicofo HOCON or properties, config.js, docker-jitsi-meet .env) without running it
 * and reports what will go wrong with tokens. Part of `meetgate/server`. Node only.
 */
export { diagnoseDeployment } from './diagnose.js';
export { doctorCommand, DOCTOR_USAGE } from './cli.js';
export { discoverFiles } from './discover.js';
export { formatDoctorReport } from './format.js';
export type {
  DeploymentFile,
  DeploymentFiles,
  DiagnoseOptions,
  DoctorFinding,
  DoctorReport,
  DoctorSeverity,
  DoctorTokenReport,
  FileStatus,
  ServerProfile,
} from './types.js';
