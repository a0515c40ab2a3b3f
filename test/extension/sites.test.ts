import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowSite, BRIDGE_SCRIPT, BRIDGE_SCRIPT_ID, originPattern, readPageAsk, revokeSite, syncBridgeScripts } from '../../extension/sites.js';
import { readAllowances } from '../../extension/storage.js';
import { restrictSessionStorage } from '../../extension/session-access.js';

/** Host permissions the person granted, and the scripts registered, as the browser would keep them. */
function fakeBrowserState(granted: string[]) {
  const registered: Array<{ id: string; matches?: string[]; js?: string[] }> = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }: { origins?: string[] }) =>
    (origins ?? []).every((o) => granted.includes(o)),
  );
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }: { origins?: string[] }) => {
    for (const origin of origins ?? []) granted.splice(granted.indexOf(origin), 1);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [...registered] as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered.length = 0;
  });
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts: typeof registered) => {
    registered.push(...scripts);
  });
  return { registered, remove };
}

beforeEach(() => fakeBrowser.reset());

describe('allowed sites', () => {
  it('uses port-less, exact-host permission patterns', () => {
    expect(originPattern('https://portal.example.org:8443')).toBe('https://portal.example.org/*');
    expect(originPattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
  });

  it('registers the bridge only where the person granted the host permission', async () => {
    const { registered } = fakeBrowserState(['https://portal.example.org/*']);
    await allowSite('https://portal.example.org', 'meet', 1);
    await allowSite('https://wiki.example.org', 'meet', 2);
    expect(await syncBridgeScripts()).toEqual(['https://portal.example.org/*']);
    expect(registered).toEqual([expect.objectContaining({ id: BRIDGE_SCRIPT_ID, js: [BRIDGE_SCRIPT], matches: ['https://portal.example.org/*'] })]);
  });

  it('revoking a site removes its allowance, its host permission and its registration', async () => {
    const granted = ['https://portal.example.org/*'];
    const { registered, remove } = fakeBrowserState(granted);
    await allowSite('https://portal.example.org', 'meet');
    await allowSite('https://portal.example.org', 'other');
    await syncBridgeScripts();
    await revokeSite('https://portal.example.org', 'meet');
    expect((await readAllowances()).map((entry) => entry.deploymentId)).toEqual(['other']);
    expect(remove).not.toHaveBeenCalled();
    await revokeSite('https://portal.example.org');
    expect(await readAllowances()).toEqual([]);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://portal.example.org/*'] });
    expect(registered).toEqual([]);
  });

  it('reads the page ask and ignores a hostile one', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    run.mockResolvedValueOnce([{ result: '{"domain":"meet.example.org","room":"standup"}' }] as never);
    expect(await readPageAsk(4)).toEqual({ domain: 'meet.example.org', tenant: null, room: 'standup' });
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 4 }, args: ['data-meetgate-ask'] }));
    run.mockResolvedValueOnce([{ result: '{"domain":"meet.example.org/x","room":"a"}' }] as never);
    expect(await readPageAsk(4)).toBeNull();
    run.mockResolvedValueOnce([{ result: 'not json' }] as never);
    expect(await readPageAsk(4)).toBeNull();
    run.mockResolvedValueOnce([{ result: 42 }] as never);
    expect(await readPageAsk(4)).toBeNull();
  });
});

describe('restrictSessionStorage', () => {
  it("asks for trusted contexts only, with Chromium's object form or Firefox's string form", async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'setAccessLevel').mockResolvedValue(undefined as never);
    expect(await restrictSessionStorage()).toBe('restricted');
    expect(set).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    set.mockReset();
    set.mockRejectedValueOnce(new Error('No matching signature')).mockResolvedValueOnce(undefined as never);
    expect(await restrictSessionStorage()).toBe('restricted');
    expect(set).toHaveBeenLastCalledWith('TRUSTED_CONTEXTS');
  });
});
