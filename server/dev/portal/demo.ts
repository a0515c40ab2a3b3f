/**
 * `startDemo`: everything `npm start` runs — the embedded simulator (unless a real deployment is
 * configured), the browser scripts, and the portal — wired together, with one `stop`.
 */
import { randomBytes } from 'node:crypto';
import type { OidcSettings } from '../../../lib/oidc/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../simulator/index.js';
import type { DemoAccount } from './accounts.js';
import { buildPortalAssets } from './bundle.js';
import type { MeetingSettings, PortalAssets } from './context.js';
import type { DeploymentChoice } from './deployment.js';
import { startPortal, type Portal } from './server.js';
import type { SigningSettings } from './token-route.js';

/** The simulator's name for itself: browsers reach it as `localhost:<port>`, which its certificate covers. */
export const SIMULATOR_DOMAIN = 'localhost';

/** What the demo needs; everything has a default. */
export interface DemoOptions {
  choice?: DeploymentChoice;
  /** Portal port (default 0: any free port). */
  port?: number;
  /** Simulator port (default 0). */
  simulatorPort?: number;
  /** Use a free port when a chosen one is taken. Default false. */
  fallbackPorts?: boolean;
  /** Both servers stop themselves after this long. Default 1 hour. */
  lifetimeMs?: number;
  /** Prebuilt scripts (tests build once); default: bundled now. */
  assets?: PortalAssets;
  accounts?: DemoAccount[];
}

/** A running demo. */
export interface Demo {
  portal: Portal;
  /** The embedded simulator, or null with a real deployment. */
  simulator: Simulator | null;
  meeting: MeetingSettings;
  /** Stops the portal and the simulator. */
  stop(): Promise<void>;
}

/** The embedded simulator's settings (also checked by `meetgate doctor` in test/server/doctor/simulator.test.ts). */
export function demoSimulatorSettings(secret: string, lifetimeMs = 60 * 60_000): SimulatorOptions {
  return { appId: 'meetgate-demo', appSecret: secret, domain: SIMULATOR_DOMAIN, lifetimeMs };
}

async function startEmbeddedSimulator(options: DemoOptions, secret: string): Promise<Simulator> {
  const settings = demoSimulatorSettings(secret, options.lifetimeMs);
  try {
    return await startSimulator({ ...settings, port: options.simulatorPort ?? 0 });
  } catch (error) {
    if (!options.fallbackPorts || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startSimulator({ ...settings, port: 0 });
  }
}

function simulatorMeeting(simulator: Simulator): MeetingSettings {
  const domain = `${SIMULATOR_DOMAIN}:${simulator.port}`;
  return {
    domain,
    origin: `https://${domain}`,
    // The page brings MeetGate's own IFrame API host: no remote script to load.
    externalApi: 'bundled',
    simulatorUrl: `https://${domain}/`,
    description: `Meetings run on a local Jitsi simulator at https://${domain}: it shows who is in each room and lets hosts remove people, but carries no audio or video.`,
  };
}

/** Starts the demo. With a real deployment no simulator is started. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const choice = options.choice ?? { kind: 'simulator' };
  let simulator: Simulator | null = null;
  let meeting: MeetingSettings;
  let signIn: { signing: SigningSettings } | { oidc: OidcSettings };
  if (choice.kind === 'simulator') {
    // A fresh app secret each start: it never leaves this process.
    const secret = randomBytes(32).toString('base64url');
    simulator = await startEmbeddedSimulator(options, secret);
    meeting = simulatorMeeting(simulator);
    signIn = { signing: { appId: 'meetgate-demo', secret, subject: SIMULATOR_DOMAIN } };
  } else {
    meeting = {
      domain: choice.domain,
      origin: `https://${choice.domain}`,
      externalApi: choice.bundledExternalApi ? 'bundled' : 'deployment',
      simulatorUrl: null,
      description:
        choice.kind === 'oidc'
          ? `Meetings run on the Jitsi deployment at https://${choice.domain}, with the access tokens of ${new URL(choice.issuer).host}.`
          : `Meetings run on the Jitsi deployment at https://${choice.domain}.`,
    };
    signIn =
      choice.kind === 'oidc'
        ? { oidc: { issuer: choice.issuer, clientId: choice.clientId, scopes: choice.scopes } }
        : { signing: { appId: choice.appId, secret: choice.secret, subject: choice.subject } };
  }
  try {
    const assets = options.assets ?? (await buildPortalAssets());
    const portal = await startPortal({
      meeting,
      ...signIn,
      assets,
      ...(options.accounts ? { accounts: options.accounts } : {}),
      port: options.port ?? 0,
      fallbackPort: options.fallbackPorts ?? false,
      lifetimeMs: options.lifetimeMs ?? 60 * 60_000,
    });
    const stop = async (): Promise<void> => {
      await Promise.all([portal.stop(), simulator?.stop()]);
    };
    return { portal, simulator, meeting, stop };
  } catch (error) {
    await simulator?.stop();
    throw error;
  }
}
