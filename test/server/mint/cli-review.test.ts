/** `meetgate mint`: a refusal's fix names the command-line flag, not the library option. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

describe('meetgate mint --not-before', () => {
  it('a time before 2001 is refused with a fix about the flag, not "Pass a Date or milliseconds (Date.now())"', async () => {
    const { status, stderr } = await runCli(
      ['mint', '--app-id', 'app', '--secret-env', 'S', '--domain', 'meet.example.org', '--room', 'r', '--name', 'Ann', '--not-before', '2000-01-01T00:00:00Z'],
      { env: { S: 'k'.repeat(40) } },
    );
    expect(status).toBe(1);
    expect(stderr).toContain('fix: Give --not-before an ISO time');
    expect(stderr).not.toContain('Date.now()');
  });
});
