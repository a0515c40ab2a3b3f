/**
 * `npm start`: the demo portal with the embedded Jitsi simulator, or a real deployment when
 * JITSI_DOMAIN, JITSI_APP_ID and JITSI_APP_SECRET are set. Ports: PORT (default 4280) and
 * SIMULATOR_PORT (default 4281); a taken default port falls back to a free one.
 */
import { readDeployment, readPort, startDemo, startInstructions } from './portal/index.js';

const LIFETIME_HOURS = 8;

async function main(): Promise<void> {
  const reading = readDeployment(process.env);
  if (!reading.ok) {
    console.error(['The Jitsi deployment settings are incomplete:', ...reading.problems.map((p) => `  - ${p}`),
      'Unset JITSI_DOMAIN, JITSI_APP_ID and JITSI_APP_SECRET to use the built-in simulator instead.'].join('\n'));
    process.exitCode = 2;
    return;
  }
  const demo = await startDemo({
    choice: reading.choice,
    port: readPort(process.env.PORT, 4280, 'PORT'),
    simulatorPort: readPort(process.env.SIMULATOR_PORT, 4281, 'SIMULATOR_PORT'),
    fallbackPorts: true,
    lifetimeMs: LIFETIME_HOURS * 60 * 60_000,
  });
  console.log(startInstructions(demo, { lifetimeHours: LIFETIME_HOURS }));
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
