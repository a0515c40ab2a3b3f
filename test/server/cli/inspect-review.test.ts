/** `meetgate inspect`: exit statuses when a flag's value cannot be used (README: 2 is a usage error, 1 "not usable"). */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';
import { runCli } from './run-cli.js';

const now = Math.floor(Date.now() / 1000);
const token = fakeToken(goodClaims({ iat: now - 10, exp: now + 3600 }));
const fromDisk = { readFile: (path: string) => readFile(path, 'utf8') };

describe('meetgate inspect: flags whose value cannot be used are usage errors', () => {
  it.each([
    [['--public-key', '/nonexistent/key.pem'], /cannot read .*key\.pem/],
    [['--public-key', '/'], /cannot read/],
    [['--prosody-config', '/nonexistent/meet.cfg.lua'], /cannot read .*meet\.cfg\.lua/],
    [['--secret='], /--secret is empty/],
    [['--skew', ''], /--skew takes a number of seconds/],
  ])('%j exits 2 with the usage, not 1 ("not usable")', async (flags, message) => {
    const { status, stderr, stdout } = await runCli(['inspect', ...flags, token], fromDisk);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: meetgate inspect');
    expect(stdout).toBe('');
    expect(status).toBe(2);
  });
});
