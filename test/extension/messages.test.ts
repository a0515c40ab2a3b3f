import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, readBridgeAnswer } from '../../extension/messages.js';
import { bridgeSenderOrigin, isExtensionPage } from '../../extension/background/sender.js';

const REQUEST = {
  channel: 'meetgate-bridge',
  version: 1,
  kind: 'token-request',
  id: 'abcdef0123456789',
  domain: 'meet.example.org',
  tenant: null,
  room: 'standup',
};
const BASE = 'chrome-extension://test-extension-id/';

describe('parseBackgroundRequest', () => {
  it('accepts the known requests', () => {
    expect(parseBackgroundRequest({ type: 'sign-in', deploymentId: 'abc-1' })).toEqual({ type: 'sign-in', deploymentId: 'abc-1' });
    expect(parseBackgroundRequest({ type: 'sign-in', deploymentId: 'abc-1', prompt: 'login' })).toEqual({
      type: 'sign-in',
      deploymentId: 'abc-1',
      prompt: 'login',
    });
    expect(parseBackgroundRequest({ type: 'renew', tokenId: 'x1' })).toEqual({ type: 'renew', tokenId: 'x1' });
    expect(parseBackgroundRequest({ type: 'bridge-token', request: REQUEST })).toEqual({ type: 'bridge-token', request: REQUEST });
  });

  it.each([
    { type: 'sign-in', deploymentId: '../x' },
    { type: 'sign-in', deploymentId: 'a', prompt: 'none' },
    { type: 'renew' },
    { type: 'bridge-token', request: { ...REQUEST, room: '../admin' } },
    { type: 'eval', code: '1' },
    'sign-in',
    null,
  ])('refuses %j', (message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });

  it('reads bridge answers strictly', () => {
    expect(readBridgeAnswer({ ok: true, answer: { outcome: 'denied', message: 'no' } })).toEqual({ outcome: 'denied', message: 'no' });
    expect(readBridgeAnswer({ ok: false, error: 'x' })).toBeNull();
    expect(readBridgeAnswer({ ok: true, answer: { outcome: 'granted', token: 'nope' } })).toBeNull();
  });
});

describe('sender checks', () => {
  const popup = { id: 'test-extension-id', url: `${BASE}popup.html` };
  const page = {
    id: 'test-extension-id',
    url: 'https://portal.example.org/meet?x=1',
    origin: 'https://portal.example.org',
    frameId: 0,
    tab: { id: 3 } as never,
  };

  it("knows the extension's own pages", () => {
    expect(isExtensionPage(popup, 'test-extension-id', BASE)).toBe(true);
    expect(isExtensionPage({ ...popup, id: 'other-extension' }, 'test-extension-id', BASE)).toBe(false);
    expect(isExtensionPage(page, 'test-extension-id', BASE)).toBe(false);
    expect(isExtensionPage({ id: 'test-extension-id' }, 'test-extension-id', BASE)).toBe(false);
  });

  it('takes the page origin from the browser, top frames only, and refuses disagreement', () => {
    expect(bridgeSenderOrigin(page, 'test-extension-id')).toBe('https://portal.example.org');
    expect(bridgeSenderOrigin({ ...page, origin: undefined }, 'test-extension-id')).toBe('https://portal.example.org');
    expect(bridgeSenderOrigin({ ...page, frameId: 2 }, 'test-extension-id')).toBeNull();
    expect(bridgeSenderOrigin({ ...page, tab: undefined }, 'test-extension-id')).toBeNull();
    expect(bridgeSenderOrigin({ ...page, origin: 'https://evil.example' }, 'test-extension-id')).toBeNull();
    expect(bridgeSenderOrigin({ ...page, url: 'http://portal.example.org/', origin: 'http://portal.example.org' }, 'test-extension-id')).toBeNull();
    expect(bridgeSenderOrigin({ ...page, id: 'other' }, 'test-extension-id')).toBeNull();
  });
});
