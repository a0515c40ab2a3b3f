import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validateDeployment, type Deployment } from '../../lib/deployments/index.js';
import { forgetMeeting, listRecent, MAX_RECENT_MEETINGS, rememberMeeting } from '../../extension/recent.js';
import { readAllowances, readDeployments, writeAllowances, writeDeployments } from '../../extension/storage.js';

beforeEach(() => fakeBrowser.reset());

function deployment(domain: string, id: string): Deployment {
  const result = validateDeployment({ id, domain, signIn: 'oidc', issuer: 'https://id.example.org/realms/x', clientId: 'jitsi' });
  if (!result.ok) throw new Error('invalid fixture');
  return result.deployment;
}

describe('extension storage', () => {
  it('keeps deployments in local storage and re-validates them on read', async () => {
    await writeDeployments([deployment('meet.example.org', 'a')]);
    const stored = await fakeBrowser.storage.local.get('deployments');
    const list = stored.deployments as Array<Record<string, unknown>>;
    list.push({ ...list[0], id: 'evil', domain: 'evil.example.org', signIn: { kind: 'oidc', issuer: 'http://evil.example.org', clientId: 'x', scopes: [] } });
    await fakeBrowser.storage.local.set({ deployments: list });
    expect((await readDeployments()).map((entry) => entry.id)).toEqual(['a']);
  });

  it('reads only well-formed allowances with exact https (or loopback) origins', async () => {
    await fakeBrowser.storage.local.set({
      bridgeAllowances: [
        { origin: 'https://portal.example.org', deploymentId: 'a', grantedAt: 1 },
        { origin: 'https://portal.example.org/', deploymentId: 'a', grantedAt: 1 },
        { origin: 'http://portal.example.org', deploymentId: 'a', grantedAt: 1 },
        { origin: 'https://x.example.org', deploymentId: 7, grantedAt: 1 },
        'junk',
      ],
    });
    expect(await readAllowances()).toEqual([{ origin: 'https://portal.example.org', deploymentId: 'a', grantedAt: 1 }]);
    await writeAllowances([]);
    expect(await readAllowances()).toEqual([]);
  });

  it('remembers recent meetings without tokens, most recent first, bounded', async () => {
    for (let i = 0; i < MAX_RECENT_MEETINGS + 2; i++) {
      await rememberMeeting({ deploymentId: 'a', domain: 'meet.example.org', tenant: null, room: `room${i}`, displayName: 'Ann' }, i);
    }
    await rememberMeeting({ deploymentId: 'a', domain: 'MEET.example.org', tenant: null, room: 'room5', displayName: 'Ann' }, 100);
    const recent = await listRecent();
    expect(recent).toHaveLength(MAX_RECENT_MEETINGS);
    expect(recent[0]).toMatchObject({ room: 'room5', key: 'meet.example.org//room5', lastUsedAt: 100 });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/eyJ/);
    await forgetMeeting('meet.example.org//room5');
    expect((await listRecent()).some((entry) => entry.room === 'room5')).toBe(false);
  });
});
