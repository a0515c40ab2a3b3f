/**
 * Reads the deployment's files into the model. A file that cannot be parsed becomes a
 * `file-unreadable` finding with its line; the other files are still read and checked.
 */
import { readProsodyConfig, type ProsodySection } from '../../lib/prosody/index.js';
import { deploymentFromEnv } from './docker.js';
import { makeHost, type Deployment, type Host, type Jicofo, type Located } from './model.js';
import { readConfigJs, isUnevaluated } from './parse/config-js.js';
import { parseDotenv } from './parse/dotenv.js';
import { parseHocon, type HoconScalar } from './parse/hocon.js';
import { parseProperties } from './parse/properties.js';
import type { DeploymentFile, DeploymentFiles, DoctorFinding, FileStatus } from './types.js';

/** The model, how each file was read, and findings about the files themselves. */
export interface ReadResult {
  deployment: Deployment;
  files: FileStatus[];
  findings: DoctorFinding[];
}

type Kind = FileStatus['kind'];

function unreadable(file: DeploymentFile, kind: Kind, error: { message: string; line: number; column: number }): DoctorFinding {
  const what = { prosody: 'Lua', 'jicofo-hocon': 'HOCON', 'jicofo-properties': 'Java properties', 'config-js': 'JavaScript', 'docker-env': '.env' }[kind];
  return {
    check: 'file-unreadable',
    severity: 'error',
    file: file.path,
    line: error.line,
    message: `${file.path} is not valid ${what}: ${error.message
      .replace(/\s*\(line \d+, column \d+\)$/, '')
      .replace(/^Line \d+, column \d+:\s*/, '')
      .replace(/\.$/, '')} (line ${error.line}, column ${error.column}).`,
    why: 'The service that reads this file refuses to start or ignores it, so none of its settings take effect; its checks were skipped.',
    fix: `Correct the syntax at line ${error.line}, column ${error.column}, then restart the service.`,
    source: 'the file format',
  };
}

function notEvaluated(file: string, line: number, key: string, text: string): DoctorFinding {
  return {
    check: 'value-not-evaluated',
    severity: 'info',
    file,
    line,
    message: `${key} is set by code (${text}); the doctor reads files and never runs them, so it does not know the value.`,
    why: 'Checks that depend on this setting assume it is unknown rather than guess.',
    fix: 'Nothing to fix if the value is right; write it as a plain value to have it checked.',
    source: 'the file format',
  };
}

/**
 * Prosody files through lib/prosody's readProsodyConfig (luaparse, never run). Options it could not
 * evaluate keep a `{ unevaluated }` marker so checks treat them as set but unknown.
 */
function readProsody(
  files: DeploymentFile[],
  statuses: FileStatus[],
  findings: DoctorFinding[],
): { hosts: Host[]; global: Map<string, Located<unknown>> } | null {
  const global = new Map<string, Located<unknown>>();
  // Keyed by kind and name: prosody.cfg.lua and conf.d/*.cfg.lua fill one table (configmanager's
  // Include), so a host named in two files is one host, and a later file's value wins.
  const pending = new Map<string, { section: ProsodySection; file: string; options: Map<string, Located<unknown>> }>();
  let any = false;
  for (const file of files) {
    const result = readProsodyConfig(file.text);
    if (!result.ok) {
      statuses.push({ path: file.path, kind: 'prosody', parsed: false, error: result.error });
      findings.push(unreadable(file, 'prosody', result.error));
      continue;
    }
    any = true;
    statuses.push({ path: file.path, kind: 'prosody', parsed: true, error: null });
    const skippedAt = new Map(result.skipped.filter((s) => s.option).map((s) => [`${s.section}\u0000${s.option}`, s.what]));
    for (const section of [result.global, ...result.virtualHosts, ...result.components]) {
      const options = new Map<string, Located<unknown>>();
      for (const option of Object.values(section.options)) {
        const what = skippedAt.get(`${section.name}\u0000${option.name}`) ?? 'an expression';
        const value = 'value' in option ? option.value : { unevaluated: what };
        options.set(option.name, { value, at: { file: file.path, line: option.line }, key: option.name });
        if (!('value' in option)) findings.push(notEvaluated(file.path, option.line, option.name, what));
      }
      if (section.kind === 'global') for (const [k, v] of options) global.set(k, v);
      else {
        const key = `${section.kind}\u0000${section.name}`;
        const seen = pending.get(key);
        if (!seen) pending.set(key, { section, file: file.path, options });
        else {
          for (const [k, v] of options) seen.options.set(k, v);
          if (section.module) seen.section = { ...seen.section, module: section.module };
        }
      }
    }
  }
  if (!any) return null;
  // Global options apply wherever they are set (Prosody reads every file before starting hosts).
  const hosts = [...pending.values()].map(({ section, file, options }) =>
    makeHost({ kind: section.kind as Host['kind'], name: section.name, plugin: section.module, at: { file, line: section.line }, options }, global),
  );
  return { hosts, global };
}

/** Typesafe Config's booleans: true/false/yes/no/on/off. */
function hoconBoolean(value: HoconScalar): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const v = value.toLowerCase();
  return ['true', 'yes', 'on'].includes(v) ? true : ['false', 'no', 'off'].includes(v) ? false : null;
}

/** jicofo's AuthConfig: the legacy URL wins over the new keys (AuthConfig.kt reads it first). */
function authTypeFromUrl(url: string): string {
  return url.startsWith('XMPP:') ? 'XMPP' : url.startsWith('EXT_JWT:') ? 'JWT' : 'NONE';
}

function readJicofo(files: DeploymentFile[], statuses: FileStatus[], findings: DoctorFinding[]): Jicofo | null {
  let legacy: { authUrl?: Located<string>; disableAutoOwner?: Located<string> } = {};
  const modern: { enabled?: Located<boolean>; type?: Located<string>; autoOwner?: Located<boolean>; legacyUrl?: Located<string> } = {};
  let any = false;
  for (const file of files) {
    const kind: Kind = /\.properties$/i.test(file.path) ? 'jicofo-properties' : 'jicofo-hocon';
    try {
      if (kind === 'jicofo-properties') {
        const props = parseProperties(file.text);
        const at = (k: string) => ({ file: file.path, line: props.get(k)?.line ?? null });
        const url = props.get('org.jitsi.jicofo.auth.URL');
        const disable = props.get('org.jitsi.jicofo.DISABLE_AUTO_OWNER');
        legacy = {
          authUrl: url ? { value: url.value, at: at(url.key), key: url.key } : legacy.authUrl,
          disableAutoOwner: disable ? { value: disable.value, at: at(disable.key), key: disable.key } : legacy.disableAutoOwner,
        };
      } else {
        const doc = parseHocon(file.text);
        const get = (path: string) => doc.entries.get(path);
        const loc = <T>(path: string, value: T): Located<T> => ({ value, at: { file: file.path, line: get(path)?.line ?? null }, key: path });
        const enabled = get('jicofo.authentication.enabled');
        if (enabled) {
          const b = hoconBoolean(enabled.value);
          if (b !== null) modern.enabled = loc(enabled.path, b);
        }
        const type = get('jicofo.authentication.type');
        if (type && typeof type.value === 'string') modern.type = loc(type.path, type.value.toUpperCase());
        const owner = get('jicofo.conference.enable-auto-owner');
        if (owner) {
          const b = hoconBoolean(owner.value);
          if (b !== null) modern.autoOwner = loc(owner.path, b);
        }
        // AuthConfig also reads the legacy key from the new config (it may be set as a system property).
        const legacyUrl = get('org.jitsi.jicofo.auth.URL');
        if (legacyUrl && typeof legacyUrl.value === 'string') modern.legacyUrl = loc(legacyUrl.path, legacyUrl.value);
        for (const inc of doc.includes) {
          findings.push({
            check: 'value-not-evaluated',
            severity: 'info',
            file: file.path,
            line: inc.line,
            message: `${inc.text}: the doctor never follows includes.`,
            why: 'Settings in the included file are not checked.',
            fix: 'Give the included file to the doctor too (--jicofo), or inline its settings.',
            source: 'the file format',
          });
        }
      }
      any = true;
      statuses.push({ path: file.path, kind, parsed: true, error: null });
    } catch (error) {
      const e = error as { message: string; line?: number; column?: number };
      const info = { message: e.message, line: e.line ?? 1, column: e.column ?? 1 };
      statuses.push({ path: file.path, kind, parsed: false, error: info });
      findings.push(unreadable(file, kind, info));
    }
  }
  if (!any) return null;
  const url = legacy.authUrl ?? modern.legacyUrl;
  const authEnabled: Located<boolean> | null = url ? { value: true, at: url.at, key: `${url.key}=${url.value}` } : (modern.enabled ?? null);
  const authType: Located<string> | null = url ? { value: authTypeFromUrl(url.value), at: url.at, key: url.key } : (modern.type ?? null);
  // Java's Boolean.parseBoolean, as jicofo's legacy properties are read.
  const autoOwner: Located<boolean> | null = legacy.disableAutoOwner
    ? { value: legacy.disableAutoOwner.value.trim().toLowerCase() !== 'true', at: legacy.disableAutoOwner.at, key: legacy.disableAutoOwner.key }
    : (modern.autoOwner ?? null);
  return { authEnabled, authType, autoOwner };
}

function readClient(file: DeploymentFile, statuses: FileStatus[], findings: DoctorFinding[]): Map<string, Located<unknown>> | null {
  try {
    const parsed = readConfigJs(file.text);
    statuses.push({ path: file.path, kind: 'config-js', parsed: true, error: null });
    const client = new Map<string, Located<unknown>>();
    for (const entry of parsed.entries.values()) {
      client.set(entry.path, { value: entry.value, at: { file: file.path, line: entry.line }, key: `config.${entry.path}` });
      if (isUnevaluated(entry.value)) findings.push(notEvaluated(file.path, entry.line, `config.${entry.path}`, entry.value.unevaluated));
    }
    return client;
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number };
    const info = { message: e.message, line: e.line ?? 1, column: e.column ?? 1 };
    statuses.push({ path: file.path, kind: 'config-js', parsed: false, error: info });
    findings.push(unreadable(file, 'config-js', info));
    return null;
  }
}

/** The first word of a line, with "…" when more follows. */
function firstWord(text: string): string {
  const word = text.split(/[\s=:]/, 1)[0] ?? '';
  return word.length < text.length ? `${word} …` : word;
}

/** Reads every given file; never throws for file content. */
export function readDeployment(files: DeploymentFiles): ReadResult {
  const statuses: FileStatus[] = [];
  const findings: DoctorFinding[] = [];
  const prosody = files.prosody?.length ? readProsody(files.prosody, statuses, findings) : null;
  const jicofo = files.jicofo?.length ? readJicofo(files.jicofo, statuses, findings) : null;
  const client = files.configJs ? readClient(files.configJs, statuses, findings) : null;
  let deployment: Deployment = { layout: 'debian', hosts: prosody?.hosts ?? null, global: prosody?.global ?? new Map(), jicofo, client, env: null };
  if (files.dockerEnv) {
    const parsed = parseDotenv(files.dockerEnv.text);
    statuses.push({ path: files.dockerEnv.path, kind: 'docker-env', parsed: true, error: null });
    for (const line of parsed.ignored) {
      findings.push({
        check: 'file-unreadable',
        severity: 'warning',
        file: files.dockerEnv.path,
        line: line.line,
        // Only the first word: the rest of such a line is often the value (`JWT_APP_SECRET s3cret`).
        message: `Line ${line.line} (${firstWord(line.text)}) is not VARIABLE=value.`,
        why: 'Docker Compose skips or rejects it, so whatever it meant to set is not set.',
        fix: 'Write it as VARIABLE=value, or comment it out with #.',
        source: 'dotenv syntax (docker compose env_file)',
      });
    }
    deployment = deploymentFromEnv(files.dockerEnv.path, parsed.entries, deployment);
  }
  return { deployment, files: statuses, findings };
}
