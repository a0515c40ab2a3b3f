/**
 * `meetgate doctor`: reads a Jitsi deployment's configuration and says what will go wrong with
 * tokens. Exit status: 0 no errors, 1 errors (or an unusable token), 2 usage error.
 */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../cli/args.js';
import type { CliIo } from '../cli/io.js';
import { terminalJson, terminalText } from '../cli/terminal-safe.js';
import { diagnoseDeployment } from './diagnose.js';
import { discoverFiles, readConfigFile } from './discover.js';
import { formatDoctorReport } from './format.js';
import type { DeploymentFiles } from './types.js';

export const DOCTOR_USAGE = `Usage: meetgate doctor [files] [options]
Reads a Jitsi deployment's configuration (never running it) and says what will go wrong with tokens.
  --prosody <file.cfg.lua>   Prosody configuration (repeatable: host file, prosody.cfg.lua)
  --jicofo <file>            jicofo.conf or sip-communicator.properties (repeatable)
  --config-js <file>         Jitsi Meet's config.js (/etc/jitsi/meet/<host>-config.js)
  --docker-env <file>        docker-jitsi-meet's .env
  --dir <dir>                a copy of /etc (finds the Debian package paths), or a docker-jitsi-meet folder with .env
  --token <token or link>    also judge this token as this deployment will (repeatable)
  --json                     print the report as JSON
Exit status: 0 no errors, 1 errors or an unusable token, 2 usage error.`;

const OPTIONS = {
  prosody: { type: 'string', multiple: true },
  jicofo: { type: 'string', multiple: true },
  'config-js': { type: 'string' },
  'docker-env': { type: 'string' },
  dir: { type: 'string' },
  token: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

async function load(path: string) {
  try {
    return await readConfigFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

async function collect(values: { [K in keyof typeof OPTIONS]?: unknown }): Promise<DeploymentFiles> {
  // A found file that cannot be read (or leads out of the copy) is a usage error, as with --prosody.
  const found: DeploymentFiles = values.dir
    ? await discoverFiles(String(values.dir)).catch((error: Error) => {
        throw new UsageError(error.message);
      })
    : {};
  const prosody = (values.prosody as string[] | undefined) ?? [];
  const jicofo = (values.jicofo as string[] | undefined) ?? [];
  if (prosody.length) found.prosody = [...(found.prosody ?? []), ...(await Promise.all(prosody.map(load)))];
  if (jicofo.length) found.jicofo = [...(found.jicofo ?? []), ...(await Promise.all(jicofo.map(load)))];
  if (values['config-js']) found.configJs = await load(String(values['config-js']));
  if (values['docker-env']) found.dockerEnv = await load(String(values['docker-env']));
  return found;
}

/** Runs `meetgate doctor`; returns the exit status. */
export async function doctorCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) return (io.stdout(DOCTOR_USAGE), 0);
    // Never echoed: a stray word is often a token that lacks its --token (or a secret).
    if (positionals.length) throw new UsageError('unexpected argument: name each file with its flag, and a token with --token');
    const files = await collect(values);
    if (!files.prosody && !files.jicofo && !files.configJs && !files.dockerEnv) {
      throw new UsageError(values.dir ? `no Jitsi configuration found under ${String(values.dir)}` : 'give at least one file (or --dir)');
    }
    const report = diagnoseDeployment(files, { tokens: values.token ?? [] });
    // File contents are hostile: JSON.stringify leaves C1 and bidi controls raw for the terminal.
    io.stdout(values.json ? terminalJson(JSON.stringify(report, null, 2)) : formatDoctorReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    const problem = error instanceof UsageError ? error.message : argumentProblem(error);
    const usage = problem !== null;
    io.stderr(`meetgate doctor: ${terminalText(problem ?? (error as Error).message)}`);
    if (usage) io.stderr(DOCTOR_USAGE);
    return usage ? 2 : 1;
  }
}
