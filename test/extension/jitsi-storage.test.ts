import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadJitsiStorage } from '../../extension/jitsi-storage.js';

beforeEach(() => fakeBrowser.reset());

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm4iLCJyb29tIjoiKiJ9.c2lnbmF0dXJlLXBhcnQ';

describe('the meeting settings per deployment (appData.localStorageContent)', () => {
  it('starts empty, keeps what the meeting sent in storage.local, per deployment, and reads it back in the next meeting', async () => {
    const first = await loadJitsiStorage('meet.example.org');
    expect(first.read()).toBeNull();
    first.write('{"features/base/settings":"{\\"displayName\\":\\"Ann\\"}"}');
    expect(first.read()).toContain('Ann');
    await settle();
    const stored = await fakeBrowser.storage.local.get('jitsiLocalStorage');
    expect(Object.keys(stored.jitsiLocalStorage as object)).toEqual(['meet.example.org']);
    expect((await loadJitsiStorage('meet.example.org')).read()).toContain('Ann');
    expect((await loadJitsiStorage('other.example.org')).read()).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('never keeps an entry that looks like a token, on write or on read', async () => {
    const store = await loadJitsiStorage('meet.example.org');
    store.write(JSON.stringify({ language: 'de', 'features/base/jwt': TOKEN }));
    expect(store.read()).toBe('{"language":"de"}');
    await settle();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(TOKEN);
    await fakeBrowser.storage.local.set({ jitsiLocalStorage: { 'meet.example.org': JSON.stringify({ x: `Bearer ${TOKEN}` }), bad: 42 } });
    expect((await loadJitsiStorage('meet.example.org')).read()).toBe('{}');
    expect((await loadJitsiStorage('bad')).read()).toBeNull();
  });

  it('a null write forgets the deployment', async () => {
    const store = await loadJitsiStorage('meet.example.org');
    store.write('{"a":"1"}');
    store.write(null);
    await settle();
    expect((await loadJitsiStorage('meet.example.org')).read()).toBeNull();
  });
});
