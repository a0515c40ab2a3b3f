/** A file that cannot be parsed gives a clear error with its line; the other files are still checked. */
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { fixtureFiles } from './fixtures.js';

describe('malformed files', () => {
  it.each([
    ['prosody', 'Lua', (t: string) => t.replace('        "token_verification";\n', '        "token_verification"\n        "oops";\n'), 41],
    ['jicofo', 'HOCON', (t: string) => t.replace('  bridge: {\n', '  bridge: {{\n'), 12],
    [
      'config',
      'JavaScript',
      (t: string) => t.replace("        anonymousdomain: 'guest.meet.example.org',\n", "        anonymousdomain: 'guest.meet.example.org'\n"),
      5,
    ],
  ] as const)('a broken %s file is reported as not valid %s with its line, and the others are checked', async (kind, format, breakIt, line) => {
    const files = await fixtureFiles('clean');
    if (kind === 'prosody') files.prosody = [{ ...files.prosody![0]!, text: breakIt(files.prosody![0]!.text) }];
    if (kind === 'jicofo') files.jicofo = [{ ...files.jicofo![0]!, text: breakIt(files.jicofo![0]!.text) }];
    if (kind === 'config') files.configJs = { ...files.configJs!, text: breakIt(files.configJs!.text) };
    const report = diagnoseDeployment(files);
    const unreadable = report.findings.filter((f) => f.check === 'file-unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.severity).toBe('error');
    expect(unreadable[0]!.line).toBe(line);
    expect(unreadable[0]!.message).toContain(`is not valid ${format}`);
    expect(report.files.filter((f) => !f.parsed)).toHaveLength(1);
    expect(report.files.filter((f) => f.parsed)).toHaveLength(2);
    // The other files' checks still ran; only those needing the broken file are listed as not checked.
    const notChecked = report.notChecked.map((n) => n.needs);
    if (kind === 'prosody') expect(notChecked.every((n) => n.includes('Prosody'))).toBe(true);
    else expect(notChecked.some((n) => n.includes('Prosody'))).toBe(false);
  });

  it('a .env line that is not VARIABLE=value is a warning with its line, and the rest is read', async () => {
    const files = await fixtureFiles('docker-clean');
    files.dockerEnv = { ...files.dockerEnv!, text: `${files.dockerEnv!.text}\nJWT_APP_SECRET is set by the installer\n` };
    const report = diagnoseDeployment(files);
    const bad = report.findings.find((f) => f.check === 'file-unreadable')!;
    expect(bad).toMatchObject({ severity: 'warning', file: '.env' });
    expect(bad.message).toContain('(JWT_APP_SECRET …)');
    expect(report.profile!.app_id).toBe('my_jitsi_app_id');
  });

  it('binary or empty files never throw', () => {
    const garbage = '\u0000\u0001\uFFFD{{{[[[""" \u202E';
    const report = diagnoseDeployment({
      prosody: [{ path: 'a.cfg.lua', text: garbage }],
      jicofo: [
        { path: 'jicofo.conf', text: garbage },
        { path: 'x.properties', text: garbage },
      ],
      configJs: { path: 'config.js', text: garbage },
      dockerEnv: { path: '.env', text: garbage },
    });
    expect(report.findings.filter((f) => f.check === 'file-unreadable').length).toBeGreaterThanOrEqual(3);
    expect(diagnoseDeployment({ prosody: [{ path: 'empty.cfg.lua', text: '' }] }).findings).toEqual([]);
  });
});
