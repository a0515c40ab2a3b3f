/**
 * Every check has a fixture (test/fixtures/doctor/checks.ts): a clean deployment plus one edit,
 * giving exactly the expected findings, each with its file, line, reason and fix.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../server/doctor/checks/index.js';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import type { DeploymentFiles } from '../../../server/doctor/types.js';
import { CHECK_FIXTURES, type CheckFixture, type FileKind } from '../../fixtures/doctor/checks.js';
import { fakeToken, NOW } from '../../fixtures/tokens.js';
import { checkIds, fixtureFiles } from './fixtures.js';

function slot(files: DeploymentFiles, kind: FileKind) {
  if (kind === 'prosody') return { get: () => files.prosody![0]!, set: (t: string) => (files.prosody![0] = { ...files.prosody![0]!, text: t }) };
  if (kind === 'jicofo') return { get: () => files.jicofo![0]!, set: (t: string) => (files.jicofo![0] = { ...files.jicofo![0]!, text: t }) };
  if (kind === 'config') return { get: () => files.configJs!, set: (t: string) => (files.configJs = { ...files.configJs!, text: t }) };
  return { get: () => files.dockerEnv!, set: (t: string) => (files.dockerEnv = { ...files.dockerEnv!, text: t }) };
}

async function build(fixture: CheckFixture): Promise<DeploymentFiles> {
  const files = await fixtureFiles(fixture.base);
  for (const edit of fixture.edits) {
    const file = slot(files, edit.file);
    const text = file.get().text;
    expect(text, `${fixture.check}: "${edit.find}" must be in the base ${edit.file} file`).toContain(edit.find);
    file.set(edit.all ? text.split(edit.find).join(edit.replace) : text.replace(edit.find, edit.replace));
  }
  return files;
}

const NOT_CHECKS = ['file-unreadable', 'value-not-evaluated'];

describe('doctor checks', () => {
  it('has at least 20 checks, each with a fixture', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(
      CHECK_FIXTURES.map((f) => f.check)
        .filter((id) => !NOT_CHECKS.includes(id))
        .sort(),
    ).toEqual([...ids].sort());
  });

  it.each(CHECK_FIXTURES.map((f) => [f.check, f] as const))('%s', async (_, fixture) => {
    const files = await build(fixture);
    const tokens = (fixture.tokens ?? []).map((claims) => fakeToken(claims));
    const report = diagnoseDeployment(files, { tokens, now: NOW });
    expect(checkIds(report)).toEqual([...fixture.expect].sort());
    const own = report.findings.filter((f) => f.check === fixture.check);
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) {
      expect(f.severity).toBe(fixture.severity);
      expect(f.file, 'points at a file').toBeTruthy();
      expect(f.line, 'points at a line').toBeGreaterThan(0);
      expect(f.why.length).toBeGreaterThan(20);
      expect(f.fix.length).toBeGreaterThan(10);
      expect(f.source.length).toBeGreaterThan(5);
    }
  });
});
