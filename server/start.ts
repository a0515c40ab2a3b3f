/**
 * `npm start`: the demo portal with the embedded Jitsi simulator; or a real deployment when
 * JITSI_DOMAIN with JITSI_APP_ID and JITSI_APP_SECRET (minted tokens), or JITSI_DOMAIN with
 * OIDC_ISSUER and OIDC_CLIENT_ID (the provider's access tokens) are set. Ports: PORT (default
 * 4280) and SIMULATOR_PORT (default 4281); a taken port falls back to a free one.
 */
import { readDeployment, readPort, startDemo, startInstructions } from './dev/portal/index.js';

const LIFETIME_HOURS = 8;

async function main(): Promise<void> {
  const reading = readDeployment(process.env);
  if (!reading.ok) {
    console.error(
      [
        'The Jitsi deployment settings are incomplete:',
        ...reading.problems.map((p) => `  - ${p}`),
        'Unset JITSI_DOMAIN, JITSI_APP_ID, JITSI_APP_SECRET and OIDC_ISSUER to use the built-in simulator instead.',
      ].join('\n'),
    );
    process.exitCode = 2;
    return;
  }
  const demo = await startDemo({
    choice: reading.choice,
    port: readPort(process.env.PORT, 4280, 'PORT'),
    simulatorPort: readPort(process.env.SIMULATOR_PORT, 4281, 'SIMULATOR_PORT'),
    // An OpenID provider knows the portal by its exact redirect URI: keep the port it was told.
    fallbackPorts: reading.choice.kind !== 'oidc',
    lifetimeMs: LIFETIME_HOURS * 60 * 60_000,
  });
  const oidcClientId = reading.choice.kind === 'oidc' ? reading.choice.clientId : undefined;
  console.log(startInstructions(demo, { lifetimeHours: LIFETIME_HOURS, ...(oidcClientId ? { oidcClientId } : {}) }));
  const stop = (): void => {
    void demo.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
