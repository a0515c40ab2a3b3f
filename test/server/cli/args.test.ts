/** argumentProblem: parseArgs's errors in plain words, each saying what is actually wrong. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('a value that starts with "-"', () => {
  it('is explained as a value to write with "=", not as a flag that "takes no value"', async () => {
    const { status, stderr } = await runCli(
      ['mint', '--app-id', 'app', '--secret-env', 'S', '--domain', 'meet.example.org', '--name', 'Ann', '--room', '-standup'],
      { env: { S: 'k'.repeat(40) } },
    );
    expect(status).toBe(2);
    expect(stderr).not.toContain('takes no value');
    expect(stderr).toContain('write --room=<value>');
    // The value itself is not echoed: it could be a secret.
    expect(stderr).not.toContain('-standup');
  });

  it('a boolean flag given a value still "takes no value"', async () => {
    const { status, stderr } = await runCli(['inspect', '--json=yes', 'x']);
    expect(status).toBe(2);
    expect(stderr).toContain('--json takes no value');
  });
});

describe('meetgate simulate --port', () => {
  it('an empty --port is a usage error, not "any port" (0)', async () => {
    const { status, stderr } = await runCli(['simulate', '--port=', '--release', 'none']);
    expect(stderr).toContain('--port must be a port number');
    expect(status).toBe(2);
  });
});
