/**
 * The doctor reads files and never runs them: files whose code would leave a mark if it ran
 * (a file written, a global set, a process started) are diagnosed and leave none.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';

const dir = mkdtempSync(join(tmpdir(), 'meetgate-doctor-'));
const mark = (name: string) => join(dir, name);

describe('no file content is ever executed', () => {
  it('leaves no mark from Lua, JavaScript, HOCON, properties or .env that would act if run', () => {
    const report = diagnoseDeployment({
      prosody: [
        {
          path: 'evil.cfg.lua',
          text: `os.execute("touch ${mark('lua')}")\nVirtualHost "meet.example.org"\n  authentication = "token"\n  app_id = io.open("${mark('lua-io')}", "w")\n  app_secret = (function() os.execute("touch ${mark('lua-fn')}") return "x" end)()\nInclude "${mark('include')}"\n`,
        },
      ],
      jicofo: [
        { path: 'jicofo.conf', text: `include file("${mark('hocon-include')}")\njicofo.authentication.login-url = \${?HOME}\n` },
        { path: 'sip-communicator.properties', text: `org.jitsi.jicofo.auth.URL=$(touch ${mark('props')})\n` },
      ],
      configJs: {
        path: 'config.js',
        text: `require('fs').writeFileSync('${mark('js')}', 'x');\nglobalThis.__meetgateRan = true;\nvar config = { hosts: { domain: (() => { globalThis.__meetgateRan = true; return 'x'; })() }, tokenAuthUrl: process.env.HOME };\n`,
      },
      dockerEnv: { path: '.env', text: `JWT_APP_SECRET=$(touch ${mark('env')})\nXMPP_DOMAIN=\`touch ${mark('env2')}\`\n` },
    });
    expect(readdirSync(dir)).toEqual([]);
    expect((globalThis as { __meetgateRan?: boolean }).__meetgateRan).toBeUndefined();
    expect(existsSync(mark('lua'))).toBe(false);
    // What would need running is reported as unknown, never guessed.
    const unknown = report.findings.filter((f) => f.check === 'value-not-evaluated').map((f) => `${f.file}:${f.line}`);
    expect(unknown).toEqual(expect.arrayContaining(['evil.cfg.lua:4', 'evil.cfg.lua:5', 'jicofo.conf:1', 'config.js:3']));
  });

  it('has no way to run code in its sources (no eval, Function, vm, child processes or dynamic require)', () => {
    const root = new URL('../../../server/doctor/', import.meta.url);
    const sources: string[] = [];
    const walk = (url: URL) => {
      for (const entry of readdirSync(url, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, url));
        else if (entry.name.endsWith('.ts')) sources.push(readFileSync(new URL(entry.name, url), 'utf8'));
      }
    };
    walk(root);
    expect(sources.length).toBeGreaterThan(20);
    for (const text of sources) {
      expect(text).not.toMatch(/\beval\s*\(|new Function\b|node:vm|['"]vm['"]|child_process|\brequire\s*\(|dotenv-expand|populate\(/);
    }
  });
});
