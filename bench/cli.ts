/**
 * CLI start-up: `meetgate inspect <token>` from the built package (compiled JavaScript, as
 * `npx meetgate` runs it once installed) against bare `node -e 0`, interleaved A B A B, medians
 * and the median ratio (target <= 1.5x). The repository's own `bin/meetgate.mjs` (tsx) is shown
 * alongside, measured the same way, for comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeToken, goodClaims } from '../test/fixtures/tokens.js';
import { interleaved, timeMs } from './measure.js';

const RUNS = 21;

/** Wall time of one process run to its end, in ms; throws when it fails unexpectedly. */
function runMs(args: string[], okStatuses = [0, 1]): number {
  return timeMs(() => {
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (!okStatuses.includes(result.status ?? -1)) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  });
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Runs the section and returns its numbers. */
export async function benchCli(): Promise<Record<string, number | string>> {
  const out = mkdtempSync(join(tmpdir(), 'meetgate-bench-cli-'));
  try {
    const build = spawnSync(process.execPath, ['scripts/build-lib.mjs', '--out', out], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build:lib failed: ${build.stderr}`);
    const token = fakeToken(goodClaims({ exp: Math.floor(Date.now() / 1000) + 3600 }));
    const bare = () => runMs(['-e', '0']);
    const compiled = await interleaved(bare, () => runMs([join(out, 'bin/meetgate.js'), 'inspect', token, '--domain', 'meet.example.org']), RUNS);
    const tsx = await interleaved(bare, () => runMs(['bin/meetgate.mjs', 'inspect', token, '--domain', 'meet.example.org']), 7, 1);
    return {
      [`node -e 0, median of ${RUNS}`]: ms(compiled.a),
      [`meetgate inspect (built package), median of ${RUNS}`]: ms(compiled.b),
      'inspect start vs bare node, median ratio (target <= 1.5x)': `${compiled.ratio.toFixed(2)}x`,
      'inspect from the repository (tsx), median of 7': ms(tsx.b),
      '  vs bare node, median ratio': `${tsx.ratio.toFixed(2)}x`,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
