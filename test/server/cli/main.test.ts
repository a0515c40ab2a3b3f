import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** `meetgate <args>`, the executable handing in version 1.2.3. */
const run = (args: string[]) => runCli(args, { version: '1.2.3' });

describe('meetgate', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the usage on standard output and exits 0', async (flag) => {
    const result = await run([flag]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: meetgate <command>/);
    for (const command of ['inspect', 'doctor', 'mint', 'simulate', '--version']) expect(result.stdout).toContain(command);
  });

  it.each([['--version'], ['-v']])('%s prints the version the executable hands in', async (flag) => {
    expect(await run([flag])).toEqual({ status: 0, stdout: '1.2.3', stderr: '' });
  });

  it('without a command, prints the usage as an error (status 2)', async () => {
    const result = await run([]);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/^Usage: meetgate <command>/);
  });

  it('refuses an unknown command by name, with the usage (status 2)', async () => {
    const result = await run(['inpsect']);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/^meetgate: unknown command "inpsect"\nUsage:/);
  });

  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])(
    'refuses "%s" as an unknown command too (not an object\'s own property)',
    async (name) => {
      const result = await run([name]);
      expect(result).toMatchObject({ status: 2, stdout: '' });
      expect(result.stderr).toContain(`meetgate: unknown command "${name}"`);
    },
  );
});
