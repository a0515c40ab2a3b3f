/**
 * `meetgate inspect <token-or-link>`: the inspector from the command line.
 * Exit status: 0 usable (and verified when a key was given), 1 not, 2 usage error.
 */
import { parseArgs } from 'node:util';
// The token modules one by one, not lib/token/index.js: its verifyToken (jose) loads only when a key is given.
import { linkTarget, redactToken } from '../../lib/token/extract.js';
import { inspectToken } from '../../lib/token/inspect.js';
import { NAMED_PROFILES, type ServerProfile } from '../../lib/token/profile.js';
import type { InspectContext } from '../../lib/token/types.js';
import type { VerificationKey, VerificationResult } from '../../lib/token/verify.js';
import { argumentProblem } from './args.js';
import { datesFor } from './english-dates.js';
import { formatReport, verdictOf } from './format.js';
import { secretFindings } from './secret-strength.js';
import type { CliIo } from './io.js';
import { readSecretEnv } from './secret-env.js';
import { terminalJson, terminalText } from './terminal-safe.js';

export const INSPECT_USAGE = `Usage: meetgate inspect [token-or-link | -] [options]
Reads the token from standard input when none is given. A meeting link is judged for its own
room and host, unless --room or --domain say otherwise.
  --domain <d>        the deployment's domain (compared with sub; a port is ignored)
  --room <r>          the room to join (tenant/room for multi-tenant and JaaS)
  --tenant <t>        the tenant
  --issuer <i>        an accepted issuer (repeatable; Prosody's asap_accepted_issuers)
  --audience <a>      an accepted audience (repeatable; asap_accepted_audiences)
  --prosody-config <file> judge with the settings of this Prosody config (e.g.
                      /etc/prosody/conf.avail/meet.example.org.cfg.lua); read, never run
  --host <h>          the VirtualHost in that config (default: the one with authentication = "token")
  --profile <name>    a named server profile: jitsi-current (default), jitsi-2025, jaas
  --domain-verification   sub must match --domain (enable_domain_verification; on by default)
  --skew <seconds>    clock drift to tolerate
  --secret-env <VAR>  verify with the shared secret in environment variable VAR
  --secret <s>        verify with this shared secret (visible to other users: prefer --secret-env)
  --public-key <file> verify with a PEM public key or certificate
  --jwks <url>        verify with a JWKS (e.g. Keycloak's .../protocol/openid-connect/certs)
  --json              print the report as JSON`;

const OPTIONS = {
  domain: { type: 'string' },
  room: { type: 'string' },
  tenant: { type: 'string' },
  issuer: { type: 'string', multiple: true },
  audience: { type: 'string', multiple: true },
  'domain-verification': { type: 'boolean' },
  skew: { type: 'string' },
  'prosody-config': { type: 'string' },
  host: { type: 'string' },
  profile: { type: 'string' },
  secret: { type: 'string' },
  'secret-env': { type: 'string' },
  'public-key': { type: 'string' },
  jwks: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

/** A file named by a flag; one that cannot be read is a usage error (status 2), never "not usable" (1). */
async function readNamed(io: CliIo, flag: string, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`cannot read the ${flag} file ${JSON.stringify(path)}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}

/** Picks the verification key from the flags, or null when none was asked for. */
async function keyFrom(values: Record<string, unknown>, io: CliIo): Promise<VerificationKey | null> {
  const chosen = ['secret', 'secret-env', 'public-key', 'jwks'].filter((k) => values[k] !== undefined);
  if (chosen.length > 1) throw new UsageError(`give one of --secret, --secret-env, --public-key, --jwks, not ${chosen.join(' and ')}`);
  if (values.secret === '') throw new UsageError('--secret is empty');
  if (values.secret !== undefined) return { secret: String(values.secret) };
  if (values['secret-env'] !== undefined) {
    return { secret: readSecretEnv(String(values['secret-env']), io.env, (message) => new UsageError(message)) };
  }
  if (values['public-key'] !== undefined) return { publicKey: await readNamed(io, '--public-key', String(values['public-key'])) };
  if (values.jwks !== undefined) {
    if (!/^https?:\/\//.test(String(values.jwks))) throw new UsageError('--jwks must be an http(s) URL');
    return { jwksUrl: String(values.jwks) };
  }
  return null;
}

/** The server profile from --profile and --prosody-config (whose notes go to stderr), or undefined. */
async function profileFrom(values: Record<string, unknown>, io: CliIo): Promise<Partial<ServerProfile> | undefined> {
  let base: ServerProfile | undefined;
  if (values.profile !== undefined) {
    const name = String(values.profile);
    // Own names only: `--profile constructor` must not find Object's.
    base = Object.hasOwn(NAMED_PROFILES, name) ? NAMED_PROFILES[name] : undefined;
    if (!base) throw new UsageError(`--profile is one of ${Object.keys(NAMED_PROFILES).join(', ')}`);
  }
  if (values.host !== undefined && values['prosody-config'] === undefined) throw new UsageError('--host goes with --prosody-config');
  if (values['prosody-config'] === undefined) return base;
  const file = String(values['prosody-config']);
  // The config reader (luaparse) loads only for --prosody-config, so a plain `inspect` starts faster.
  const { profileFromProsodyConfig, readProsodyConfig } = await import('../../lib/prosody/index.js');
  const config = readProsodyConfig(await readNamed(io, '--prosody-config', file), values.host === undefined ? {} : { host: String(values.host) });
  if (!config.ok) throw new UsageError(`${file}: ${config.error.message}`);
  if (!config.host) throw new UsageError(`${file}: ${config.hostReason}`);
  const { profile, notes } = base ? profileFromProsodyConfig(config, base) : profileFromProsodyConfig(config);
  for (const skipped of config.skipped) notes.push(`line ${skipped.line}: not evaluated (${skipped.what}).`);
  // Each line made safe apart, so the newlines between the notes stay newlines.
  io.stderr([`Server profile from ${file}:`, ...notes.map((note) => `  ${note}`)].map(terminalText).join('\n'));
  return profile;
}

/** Standard input, where having none is a usage error. */
async function readInput(io: CliIo): Promise<string> {
  try {
    return await io.readStdin();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs `meetgate inspect`; returns the exit status. */
export async function inspectCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) return (io.stdout(INSPECT_USAGE), 0);
    if (positionals.length > 1) throw new UsageError('give one token or link');
    // Number('') is 0: an empty --skew must not pass as "no drift".
    const skew = values.skew === undefined ? undefined : values.skew.trim() === '' ? Number.NaN : Number(values.skew);
    if (skew !== undefined && !(skew >= 0)) throw new UsageError('--skew takes a number of seconds');
    const key = await keyFrom(values, io);
    const input = positionals[0] === undefined || positionals[0] === '-' ? await readInput(io) : positionals[0];
    // A link says where it leads: judge the token for that room and host, as the server there would.
    const link = linkTarget(input);
    const profile = await profileFrom(values, io);
    const context: InspectContext = {
      domain: values.domain ?? link?.domain,
      room: values.room ?? link?.room,
      tenant: values.tenant,
      expectedIssuer: values.issuer,
      expectedAudience: values.audience,
      domainVerification: values['domain-verification'],
      clockSkewSeconds: skew,
      // Flags given on the command line overrule the config file.
      ...(profile ? { profile: { ...profile, ...(values.domain ? { domain: values.domain } : {}) } } : {}),
    };
    const report = inspectToken(input, context);
    // The signature check (jose's key import and JWKS) loads only when a key was given: `inspect` starts faster.
    const verification: VerificationResult | null =
      key && report.token ? await (await import('../../lib/token/verify.js')).verifyToken(report.token, key) : null;
    const judged = { ...report, findings: [...report.findings, ...secretFindings(key, report.header?.alg)] };
    const verdict = verdictOf(judged, verification);
    if (values.json) {
      io.stdout(terminalJson(JSON.stringify({ ...judged, token: report.token && redactToken(report.token), verification, verdict }, null, 2)));
    } else {
      // Dates as the reader's locale writes them; in US English and C locales without loading ICU's data (a faster start).
      io.stdout(formatReport(judged, verification, datesFor(io.env)));
    }
    return verdict === 'usable' || verdict === 'usable-unverified' ? 0 : 1;
  } catch (error) {
    const problem = error instanceof UsageError ? error.message : argumentProblem(error);
    const usage = problem !== null;
    io.stderr(`meetgate inspect: ${terminalText(problem ?? (error as Error).message)}`);
    if (usage) io.stderr(INSPECT_USAGE);
    return usage ? 2 : 1;
  }
}
