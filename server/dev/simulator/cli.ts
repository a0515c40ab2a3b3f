/**
 * `meetgate simulate`: runs the Jitsi simulator from the command line until Ctrl-C.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { argumentProblem } from '../../cli/args.js';
import type { SimulatorOptions } from './options.js';
import { isJitsiRelease, JITSI_RELEASES } from './release.js';
import { startSimulator } from './simulator.js';

const USAGE = `Usage: meetgate simulate [options]

Runs a local stand-in for a token-secured Jitsi deployment (HTTPS on 127.0.0.1).

  --domain <host>          simulated domain (default meet.meetgate.test)
  --port <n>               port on 127.0.0.1 (default 8443; 0 = any)
  --app-id <id>            Prosody app_id (default meetgate)
  --app-secret <secret>    HS256 secret (or env MEETGATE_APP_SECRET)
  --jwks-url <url>         RS256 keys from a JWKS address (Prosody cache_keys_url)
  --public-key <file>      RS256 key from a PEM file
  --issuer <iss>           accepted issuer, repeatable (default: the app id)
  --audience <aud>         accepted audience, repeatable (default: *)
  --allow-empty-token      let people in without a token
  --no-room-claim          do not require the room claim (Keycloak-style tokens)
  --no-verify-room         do not check room and sub at join (no token_verification)
  --no-wait-for-host       members may open the room without a host
  --end-when-host-leaves   end the meeting when the last host leaves
  --release <2026|2021>    the Jitsi web app release the meeting page imitates (default 2026)
  --external-api <file>    serve this real external_api.js (e.g. your deployment's) as /external_api.js
                           instead of MeetGate's host; read once at start
  -h, --help               show this help

Control API (for tests and demos): at start it prints a fresh random control secret. Send it as
"Authorization: Bearer <secret>" to https://<domain>:<port>/_simulator/control/<action>:
  GET  rooms                                        every room, its participants and who waits
  POST kick          {"participantId", "by"?}       remove someone (as moderator "by", or the system)
  POST end           {"room", "reason"?}            end a meeting ("room": tenant/room or the name)
  POST expire-token  {"participantId"}              their token counts as expired at the next resume
  POST drop          {"participantId"}              cut their connection; their page reconnects
  POST restart       {}                             forget every room, as a server restart does
`;

/** Output streams and a stop signal, replaceable in tests. */
export interface SimulateIo {
  out(line: string): void;
  err(line: string): void;
  /** Stops the simulator when aborted; defaults to SIGINT/SIGTERM. */
  signal?: AbortSignal;
}

const defaultIo: SimulateIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

function untilInterrupted(): AbortSignal {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return controller.signal;
}

/** Runs `meetgate simulate <args>`; resolves with the exit code once stopped. */
export async function simulateCommand(args: string[], io: SimulateIo = defaultIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        domain: { type: 'string', default: 'meet.meetgate.test' },
        port: { type: 'string', default: '8443' },
        'app-id': { type: 'string', default: 'meetgate' },
        'app-secret': { type: 'string' },
        'jwks-url': { type: 'string' },
        'public-key': { type: 'string' },
        issuer: { type: 'string', multiple: true },
        audience: { type: 'string', multiple: true },
        'allow-empty-token': { type: 'boolean', default: false },
        'no-room-claim': { type: 'boolean', default: false },
        'no-verify-room': { type: 'boolean', default: false },
        'no-wait-for-host': { type: 'boolean', default: false },
        'end-when-host-leaves': { type: 'boolean', default: false },
        release: { type: 'string', default: '2026' },
        'external-api': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`meetgate simulate: ${argumentProblem(error) ?? (error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  // Number('') is 0 ("any port"): an empty --port is a mistake, not a choice.
  const port = values.port.trim() === '' ? Number.NaN : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`--port must be a port number, got ${values.port}`);
    return 2;
  }
  if (!isJitsiRelease(values.release)) {
    io.err(`--release must be one of ${JITSI_RELEASES.join(', ')}, got ${values.release}`);
    return 2;
  }
  const options: SimulatorOptions = {
    domain: values.domain,
    port,
    appId: values['app-id'],
    appSecret: values['app-secret'] ?? process.env.MEETGATE_APP_SECRET,
    jwksUrl: values['jwks-url'],
    acceptedIssuers: values.issuer,
    acceptedAudiences: values.audience,
    allowEmptyToken: values['allow-empty-token'],
    requireRoomClaim: !values['no-room-claim'],
    verifyRoom: !values['no-verify-room'],
    waitForHost: !values['no-wait-for-host'],
    endMeetingWhenHostLeaves: values['end-when-host-leaves'],
    release: values.release,
    externalApiFile: values['external-api'],
    lifetimeMs: 0,
  };
  let simulator;
  try {
    if (values['public-key']) options.publicKey = await readFile(values['public-key'], 'utf8');
    simulator = await startSimulator(options);
  } catch (error) {
    io.err(`meetgate simulate: ${(error as Error).message}`);
    return 1;
  }
  io.out(`Jitsi simulator for ${simulator.origin} listening on ${simulator.url}`);
  io.out(`Browsers: chromium --host-resolver-rules="${simulator.hostResolverRule}" --ignore-certificate-errors-spki-list=${simulator.certificateSpki}`);
  io.out(`Control API: ${simulator.url}_simulator/control/rooms (Authorization: Bearer ${simulator.controlSecret})`);
  io.out('Press Ctrl-C to stop.');
  const signal = io.signal ?? untilInterrupted();
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  await simulator.stop();
  io.out('Simulator stopped.');
  return 0;
}
