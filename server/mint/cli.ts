/**
 * `meetgate mint …`: mints a token from the command line and prints it (or the tokenized link)
 * on standard output; everything else goes to standard error. Exit status: 0 minted, 1 refused,
 * 2 usage error.
 */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../cli/args.js';
import type { CliIo } from '../cli/io.js';
import { readSecretEnv } from '../cli/secret-env.js';
import { terminalText } from '../cli/terminal-safe.js';
import { formatDateTime } from '../../lib/time/format.js';
import { parseDuration } from './duration.js';
import { isMintError, type MintError } from './errors.js';
import { buildMeetingLink, checkBaseUrl } from './link.js';
import { mintMeetingToken } from './mint.js';
import { JAAS_APP_PREFIX } from './placement.js';
import type { MintOptions, SigningAlgorithm } from './types.js';

/** The help text of `meetgate mint`, printed on --help and after usage errors. */
export const MINT_USAGE = `Usage: meetgate mint --app-id <id> (--secret-env <VAR> | --private-key-file <file> --kid <id>)
                     (--domain <xmpp-domain> | --tenant <t>) --room <name> --name <display name> [options]
Prints a Jitsi token on standard output (with --link, the meeting link carrying it).
  --app-id <id>            Prosody's app_id, or a JaaS app id (vpaas-magic-cookie-…)
  --secret-env <VAR>       sign with the app_secret in environment variable VAR (HS256)
  --secret <s>             sign with this app_secret (visible in process lists: prefer --secret-env)
  --private-key-file <f>   sign with an RSA private key, PKCS#8 PEM or JWK (RS256; JaaS)
  --kid <id>               the key id of that key (JaaS: the API key id)
  --algorithm <alg>        Prosody's signature_algorithm when it is not HS256/RS256
  --domain <d>             the XMPP domain (hosts.domain in config.js; meet.jitsi in Docker)
  --tenant <t>             the tenant of a multi-tenant deployment (host/<tenant>/<room>)
  --room <name>            the room as people see it ("Team Standup"); "*" for every room
  --name <n>               the display name      --email <e>   --avatar <https-url>   --user-id <id>
  --role <r>               owner | moderator | member (default) | guest
  --feature <f[=bool]>     a feature flag, repeatable: --feature recording=true --feature screen-sharing=false
  --ttl <duration>         lifetime, e.g. 15m, 1h (default), at most 24h
  --allow-long-lived       permit a --ttl above 24h
  --allow-weak-secret      permit a secret shorter than the hash (32 bytes for HS256; RFC 7518 §3.2)
  --not-before <ISO time>  the token is refused before this time
  --issuer <i>  --audience <a>   iss and aud, when they are not the app id
  --link <https://host>    print https://host[/tenant]/<room>#jwt="…" instead of the bare token
Exit status: 0 minted, 1 refused (the reasons are on standard error), 2 usage error.`;

const OPTIONS = {
  'app-id': { type: 'string' },
  secret: { type: 'string' },
  'secret-env': { type: 'string' },
  'private-key-file': { type: 'string' },
  kid: { type: 'string' },
  algorithm: { type: 'string' },
  domain: { type: 'string' },
  tenant: { type: 'string' },
  room: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  avatar: { type: 'string' },
  'user-id': { type: 'string' },
  role: { type: 'string' },
  feature: { type: 'string', multiple: true },
  ttl: { type: 'string' },
  'allow-long-lived': { type: 'boolean' },
  'allow-weak-secret': { type: 'boolean' },
  'not-before': { type: 'string' },
  issuer: { type: 'string' },
  audience: { type: 'string' },
  link: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: false }>>['values'];

class UsageError extends Error {}

/** `--feature recording=true` → `{ recording: true }`; a bare name means true. */
function parseFeatures(specs: readonly string[] = []): Record<string, boolean> | undefined {
  if (specs.length === 0) return undefined;
  const features: Record<string, boolean> = {};
  for (const spec of specs) {
    const match = /^([^=]+?)(?:=(true|false))?$/.exec(spec.trim());
    if (!match?.[1]) throw new UsageError(`--feature takes name, name=true or name=false, not ${JSON.stringify(spec)}`);
    Object.defineProperty(features, match[1], { value: match[2] !== 'false', enumerable: true, writable: true, configurable: true });
  }
  return features;
}

/** The signing key from the flags: exactly one of the three ways. */
async function keyOptions(values: Values, io: CliIo): Promise<Pick<MintOptions, 'secret' | 'privateKey'>> {
  const chosen = (['secret', 'secret-env', 'private-key-file'] as const).filter((k) => values[k] !== undefined);
  if (chosen.length !== 1) throw new UsageError('give exactly one of --secret-env, --secret, --private-key-file');
  if (values.secret !== undefined) {
    io.stderr('meetgate mint: warning: --secret is visible in shell history and process lists; prefer --secret-env');
    return { secret: values.secret };
  }
  if (values['secret-env'] !== undefined) {
    return { secret: readSecretEnv(values['secret-env'], io.env, (message) => new UsageError(message)) };
  }
  try {
    return { privateKey: await io.readFile(values['private-key-file'] as string) };
  } catch {
    throw new UsageError(`cannot read the key file ${JSON.stringify(values['private-key-file'])}`);
  }
}

/** Builds the mint options from the flags; usage errors for anything missing or malformed. */
async function mintOptions(values: Values, io: CliIo): Promise<MintOptions> {
  for (const required of ['app-id', 'room', 'name'] as const) {
    if (values[required] === undefined) throw new UsageError(`--${required} is required`);
  }
  const ttl = values.ttl;
  if (ttl !== undefined && parseDuration(ttl) === null) throw new UsageError(`--ttl takes a duration such as 15m or 1h, not ${JSON.stringify(ttl)}`);
  const notBefore = values['not-before'] === undefined ? undefined : Date.parse(values['not-before']);
  if (notBefore !== undefined && Number.isNaN(notBefore)) throw new UsageError('--not-before takes an ISO time such as 2026-05-01T09:00:00Z');
  return {
    appId: values['app-id'] as string,
    ...(await keyOptions(values, io)),
    kid: values.kid,
    algorithm: values.algorithm as SigningAlgorithm | undefined,
    domain: values.domain,
    tenant: values.tenant,
    issuer: values.issuer,
    audience: values.audience,
    room: values.room as string,
    user: { id: values['user-id'], name: values.name as string, email: values.email, avatar: values.avatar },
    role: (values.role ?? 'member') as MintOptions['role'],
    features: parseFeatures(values.feature),
    ttl,
    allowLongLived: values['allow-long-lived'],
    allowWeakSecret: values['allow-weak-secret'],
    notBefore,
  };
}

/** Explains a refusal on standard error. */
function reportRefusal(error: MintError, io: CliIo): void {
  io.stderr(`meetgate mint: refused (${error.findings[0]?.code ?? error.code}): ${terminalText(error.message)}`);
  // The library's hint names the option of the API; on the command line it is a flag.
  const hint =
    error.code === 'ttl-too-long'
      ? 'Mint a fresh token per meeting instead; if you must, add --allow-long-lived. Prosody checks exp only when someone connects.'
      : error.code === 'invalid-time'
        ? 'Give --not-before an ISO time such as 2026-05-01T09:00:00Z (after 2001).'
        : error.hint;
  io.stderr(`  fix: ${terminalText(hint)}`);
  for (const finding of error.findings.slice(1)) io.stderr(`  also ${finding.code}: ${terminalText(finding.message)}`);
}

/** Runs `meetgate mint` (the arguments after the word `mint`); returns the exit status. */
export async function mintCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true });
    if (values.help) return (io.stdout(MINT_USAGE), 0);
    if (values.link !== undefined && !checkBaseUrl(values.link))
      throw new UsageError('--link takes the meeting address, https://host (http:// only on localhost)');
    if (values.link !== undefined && values.room === '*') throw new UsageError('--link needs a specific --room, not "*"');
    const options = await mintOptions(values, io);
    const minted = await mintMeetingToken(options);
    const tenant = options.appId.startsWith(JAAS_APP_PREFIX) ? options.appId : options.tenant;
    io.stdout(values.link === undefined ? minted.token : buildMeetingLink(values.link, options.room, minted.token, tenant));
    io.stderr(
      `meetgate mint: ${options.role} token for room ${terminalText(JSON.stringify(minted.claims.room))} (sub ${terminalText(JSON.stringify(minted.claims.sub))}), expires ${formatDateTime(minted.expiresAt)}`,
    );
    return 0;
  } catch (error) {
    if (isMintError(error)) return (reportRefusal(error, io), 1);
    const problem = error instanceof UsageError ? error.message : argumentProblem(error);
    const usage = problem !== null;
    io.stderr(`meetgate mint: ${terminalText(problem ?? 'unexpected failure')}`);
    if (usage) io.stderr(MINT_USAGE);
    return usage ? 2 : 1;
  }
}
