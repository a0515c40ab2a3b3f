/**
 * The acceptance fixture: the forum thread's exact configuration (test/fixtures/doctor/forum-thread,
 * see its README). The doctor must name the jicofo setting that made everyone a moderator, say
 * which of the tokens' role claims the loaded modules read and ignore, and find every other
 * problem the thread took days to find, each with its fix.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { fakeToken } from '../../fixtures/tokens.js';
import { FORUM_TIME } from '../../fixtures/seed-tokens.js';
import { checkIds, fixtureFiles } from './fixtures.js';

/** The thread's two tokens (its Prosody log), with sub set to the redacted domain of its config. */
const claims = (name: string, owner: boolean) => ({
  aud: 'jitsi',
  iss: 'jitsi',
  sub: 'jitsi.my-domain.tld',
  nbf: 1611502155,
  iat: 1612027957,
  exp: 1612110855,
  room: 'NochEinTest',
  moderator: owner,
  context: {
    user: { name, email: owner ? 'john@my-domain.tld' : null, affiliation: owner ? 'owner' : 'member' },
    features: { recording: owner, livestreaming: owner, 'screen-sharing': owner },
  },
});
const JOHN = fakeToken(claims('John Doe', true), { typ: 'JWT', alg: 'HS256' });
const JANE = fakeToken(claims('Jane Doe', false), { typ: 'JWT', alg: 'HS256' });

describe('the forum thread deployment', () => {
  it('gives exactly the problems the thread had', async () => {
    const report = diagnoseDeployment(await fixtureFiles('forum-thread'), { tokens: [JOHN, JANE], now: FORUM_TIME });
    expect(checkIds(report)).toEqual([
      'app-secret-short',
      'client-features-flag',
      'jicofo-auth-with-token-roles',
      'no-login-without-token',
      'role-claims',
      'role-claims',
      'token-owner-party-refuses-early',
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 5, info: 1 });
    expect(report.notChecked).toEqual([]);
    expect(report.ok).toBe(false);
  });

  it('names the jicofo setting that made everyone a moderator, with its line and the fix', async () => {
    const report = diagnoseDeployment(await fixtureFiles('forum-thread'));
    const jicofo = report.findings.find((f) => f.check === 'jicofo-auth-with-token-roles')!;
    expect(jicofo).toMatchObject({ severity: 'error', file: 'etc/jitsi/jicofo/sip-communicator.properties', line: 2 });
    expect(jicofo.message).toContain('org.jitsi.jicofo.auth.URL=EXT_JWT:jitsi.my-domain.tld');
    expect(jicofo.message).toContain('every token holder becomes a moderator');
    expect(jicofo.why).toContain('token_owner_party');
    expect(jicofo.fix).toMatch(/^Delete the line org\.jitsi\.jicofo\.auth\.URL=EXT_JWT:jitsi\.my-domain\.tld from .*sip-communicator\.properties/);
  });

  it('says which role claims token_affiliation reads and which it ignores, for each token', async () => {
    const report = diagnoseDeployment(await fixtureFiles('forum-thread'), { tokens: [JOHN, JANE], now: FORUM_TIME });
    const [john, jane] = report.findings.filter((f) => f.check === 'role-claims');
    expect(john!.message).toBe(
      'token 1 carries "moderator", "context.user.affiliation"; with token_affiliation and token_owner_party loaded, read: context.user.affiliation = "owner" (by token_affiliation, token_owner_party); ignored: moderator = true; but jicofo\'s authentication makes every token holder an owner anyway.',
    );
    expect(jane!.message).toContain('context.user.affiliation = "member"');
    expect(jane!.message).toContain('ignored: moderator = false');
    expect(john!.why).toContain('read only by token_moderation');
  });

  it('finds the other problems the thread needed days for, each with a fix', async () => {
    const report = diagnoseDeployment(await fixtureFiles('forum-thread'));
    const byId = (id: string) => report.findings.find((f) => f.check === id)!;
    // "members arriving before the owner are sent to authError.html"
    expect(byId('token-owner-party-refuses-early').fix).toContain('muc_wait_for_host');
    // "without the JWT part, Jitsi asks for a username and password endlessly"
    expect(byId('no-login-without-token').message).toContain('username and password dialog');
    expect(byId('no-login-without-token').fix).toContain('config.tokenAuthUrl');
    for (const f of report.findings) expect(f.fix.length).toBeGreaterThan(10);
  });

  it('judges the tokens against the profile read from the files', async () => {
    const report = diagnoseDeployment(await fixtureFiles('forum-thread'), { tokens: [JOHN, JANE], now: FORUM_TIME });
    expect(report.profile).toMatchObject({
      domain: 'jitsi.my-domain.tld',
      app_id: 'jitsi',
      asap_accepted_issuers: null,
      signature_algorithm: 'HS256',
      enable_domain_verification: true,
      token_verification: true,
    });
    expect(report.tokens.map((t) => t.report.usable)).toEqual([true, true]);
    expect(report.tokens.every((t) => t.token!.endsWith('[signature redacted]'))).toBe(true);
  });

  it("is clean of the jicofo error once the thread's fix is applied", async () => {
    const files = await fixtureFiles('forum-thread');
    const jicofo = files.jicofo![0]!;
    files.jicofo = [{ ...jicofo, text: jicofo.text.replace(/^org\.jitsi\.jicofo\.auth\.URL=.*$/m, '') }];
    const ids = checkIds(diagnoseDeployment(files));
    expect(ids).not.toContain('jicofo-auth-with-token-roles');
    expect(ids).not.toContain('jicofo-auto-owner-with-token-roles'); // DISABLE_AUTO_OWNER=true stays
  });
});
