import { describe, expect, it } from 'vitest';
import { simulateCommand } from '../../../../server/dev/simulator/cli.js';

function io(signal?: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), signal } };
}

describe('meetgate simulate', () => {
  it('prints help', async () => {
    const { out, io: streams } = io();
    expect(await simulateCommand(['--help'], streams)).toBe(0);
    expect(out.join('\n')).toContain('Usage: meetgate simulate');
  });

  it('rejects unknown flags and bad ports, and a missing key', async () => {
    const bad = io();
    expect(await simulateCommand(['--frobnicate'], bad.io)).toBe(2);
    expect(await simulateCommand(['--port', 'http'], bad.io)).toBe(2);
    const previous = process.env.MEETGATE_APP_SECRET;
    delete process.env.MEETGATE_APP_SECRET;
    expect(await simulateCommand(['--port', '0'], bad.io)).toBe(1);
    if (previous !== undefined) process.env.MEETGATE_APP_SECRET = previous;
    expect(bad.err.join('\n')).toMatch(/appSecret, jwksUrl or publicKey/);
  });

  it('refuses an unknown --release and an --external-api file that is no host script', async () => {
    const bad = io();
    expect(await simulateCommand(['--port', '0', '--app-secret', 's', '--release', '2019'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('--release must be one of 2026, 2021, got 2019');
    expect(await simulateCommand(['--port', '0', '--app-secret', 's', '--external-api', 'package.json'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('package.json does not define JitsiMeetExternalAPI');
  });

  it('runs until stopped, printing where it listens and how to point Chromium at it', async () => {
    const controller = new AbortController();
    const run = io(controller.signal);
    const done = simulateCommand(['--port', '0', '--app-secret', 'cli-secret', '--domain', 'meet.cli.test'], run.io);
    for (let i = 0; i < 50 && run.out.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run.out[0]).toMatch(/^Jitsi simulator for https:\/\/meet\.cli\.test listening on https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(run.out[1]).toMatch(/--host-resolver-rules="MAP meet\.cli\.test 127\.0\.0\.1:\d+" --ignore-certificate-errors-spki-list=[A-Za-z0-9+/]{43}=$/);
    expect(run.out.join('\n')).not.toContain('cli-secret');
    controller.abort();
    expect(await done).toBe(0);
    expect(run.out.at(-1)).toBe('Simulator stopped.');
  });
});
