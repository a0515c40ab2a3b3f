// @vitest-environment jsdom
/** The page link and postMessage sources as the component uses them, in a jsdom page. */
import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { createPostMessageSource, type MessageWindow, type TokenSource } from '../../lib/sources/index.js';
import { FakeJitsiApi, FakeTimers, flush, INSPECT, installFakeJitsi, mount, NOW, reset, screenOf, TOKEN } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);
let timers: FakeTimers;
beforeEach(() => {
  timers = new FakeTimers(NOW);
  history.replaceState(null, '', '/meet/standup');
});

const base = () => ({ domain: 'meet.example.org', roomName: 'standup', inspect: INSPECT, timers });

describe('the page link', () => {
  it('joins with ?jwt= and removes it from the address bar and the history entry', async () => {
    history.replaceState({ app: 1 }, '', `/meet/standup?tab=2&jwt=${TOKEN}#notes`);
    const before = history.length;
    await mount(<SecureMeeting {...base()} />);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(location.href).toBe(`${location.origin}/meet/standup?tab=2#notes`);
    expect(history.state).toEqual({ app: 1 });
    expect(history.length).toBe(before);
  });

  it('reads Jitsi\'s JSON-quoted #jwt="…"', async () => {
    history.replaceState(null, '', `/meet/standup#jwt=${encodeURIComponent(`"${TOKEN}"`)}`);
    await mount(<SecureMeeting {...base()} />);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(location.hash).toBe('');
  });

  it('the token prop wins over the link; the link is still removed', async () => {
    history.replaceState(null, '', '/meet/standup?jwt=x.y.z');
    await mount(<SecureMeeting {...base()} token={TOKEN} />);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(location.search).toBe('');
  });

  it('tokenFromLink={false} leaves the address alone', async () => {
    history.replaceState(null, '', `/meet/standup?jwt=${TOKEN}`);
    const { container } = await mount(<SecureMeeting {...base()} tokenFromLink={false} />);
    expect(screenOf(container)).toBe('needs-token');
    expect(location.search).toBe(`?jwt=${TOKEN}`);
  });
});

describe('postMessage', () => {
  it('messages to a top-level page are ignored, whatever they claim', async () => {
    const { container } = await mount(<SecureMeeting {...base()} tokenFromLink={false} allowedTokenOrigins={['https://portal.example.org']} />);
    await act(async () => {
      window.dispatchEvent(
        new MessageEvent('message', { origin: 'https://portal.example.org', source: window, data: { type: 'meetgate:token', version: 1, token: TOKEN } }),
      );
    });
    await flush();
    expect(screenOf(container)).toBe('needs-token');
    expect(FakeJitsiApi.instances).toHaveLength(0);
  });

  it('from the embedding portal: an allowed origin joins; others, wrong shapes and oversized tokens are ignored', async () => {
    const target = new EventTarget();
    const parent = { postMessage: () => {} };
    const framed: MessageWindow = {
      parent,
      opener: null,
      addEventListener: (type, listener) => target.addEventListener(type, listener as EventListener),
      removeEventListener: (type, listener) => target.removeEventListener(type, listener as EventListener),
    };
    const deliver = async (data: unknown, origin: string, source: unknown = parent) => {
      const event = new Event('message') as MessageEvent;
      Object.defineProperties(event, { data: { value: data }, origin: { value: origin }, source: { value: source } });
      await act(async () => {
        target.dispatchEvent(event);
      });
      await flush();
    };
    const sources: TokenSource[] = [createPostMessageSource({ window: framed, allowedOrigins: ['https://portal.example.org'], timers })];
    const { container } = await mount(<SecureMeeting {...base()} tokenFromLink={false} tokenSources={sources} />);
    await act(async () => {
      await timers.advance(5_000);
    });
    await flush();
    expect(screenOf(container)).toBe('needs-token');
    await deliver({ type: 'meetgate:token', version: 1, token: TOKEN }, 'https://evil.example.com');
    await deliver({ type: 'meetgate:token', version: 1, token: TOKEN }, 'https://portal.example.org', { postMessage() {} });
    await deliver(JSON.stringify({ type: 'meetgate:token', version: 1, token: TOKEN }), 'https://portal.example.org');
    await deliver({ type: 'meetgate:token', version: 1, token: ['x'] }, 'https://portal.example.org');
    await deliver({ type: 'meetgate:token', version: 1, token: `${TOKEN}${'A'.repeat(17_000)}` }, 'https://portal.example.org');
    expect(FakeJitsiApi.instances).toHaveLength(0);
    await deliver({ type: 'meetgate:token', version: 1, token: TOKEN, room: 'standup' }, 'https://portal.example.org');
    expect(FakeJitsiApi.instances).toHaveLength(1);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(screen.queryByText('Sign in to join')).toBeNull();
  });
});
