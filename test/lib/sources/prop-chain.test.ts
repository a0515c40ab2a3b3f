import { describe, expect, it } from 'vitest';
import {
  createPropSource,
  isTokenSource,
  requestFromSources,
  TokenSourceError,
  type ExtensionTokenSource,
  type TokenRequest,
  type TokenSource,
  type TokenUpdate,
} from '../../../lib/sources/index.js';

const request = (signal = new AbortController().signal): TokenRequest => ({ room: 'standup', domain: 'meet.example.org', reason: 'initial', signal });
const fixed = (kind: TokenSource['kind'], answer: string | null | Error): TokenSource => ({
  kind,
  request: async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  },
});

describe('createPropSource', () => {
  it('answers with the current value and null when empty', async () => {
    const source = createPropSource('a.b.c');
    await expect(source.request(request())).resolves.toBe('a.b.c');
    source.update('');
    await expect(source.request(request())).resolves.toBeNull();
    await expect(createPropSource(undefined).request(request())).resolves.toBeNull();
  });

  it('pushes only new non-empty values, and stops after unsubscribe', () => {
    const source = createPropSource('a.b.c');
    const seen: TokenUpdate[] = [];
    const stop = source.subscribe!((update) => seen.push(update));
    source.update('a.b.c');
    source.update('d.e.f');
    source.update(undefined);
    source.update('g.h.i');
    stop();
    source.update('j.k.l');
    expect(seen).toEqual([{ token: 'd.e.f' }, { token: 'g.h.i' }]);
  });

  it('forgets on sign-out', async () => {
    const source = createPropSource('a.b.c');
    source.forget!();
    await expect(source.request(request())).resolves.toBeNull();
  });
});

describe('requestFromSources', () => {
  it('returns the first offer, in order', async () => {
    const result = await requestFromSources([fixed('prop', null), fixed('link', 'l.l.l'), fixed('provider', 'p.p.p')], request());
    expect(result).toEqual({ token: 'l.l.l', source: 'link' });
  });

  it('skips offers the caller refuses', async () => {
    const result = await requestFromSources([fixed('prop', 'old.old.old'), fixed('provider', 'new.new.new')], request(), (token) => token !== 'old.old.old');
    expect(result).toEqual({ token: 'new.new.new', source: 'provider' });
  });

  it('continues past a failing source and reports every failure', async () => {
    const failing = fixed('provider', new TokenSourceError('timeout', 'slow', 'provider'));
    const odd = fixed('extension', new Error('bridge gone'));
    const result = await requestFromSources([failing, odd, fixed('link', null)], request());
    expect(result.token).toBeNull();
    if (result.token === null) {
      expect(result.errors.map((error) => [error.code, error.source])).toEqual([
        ['timeout', 'provider'],
        ['failed', 'extension'],
      ]);
    }
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    const slow: TokenSource = { kind: 'provider', request: () => new Promise((resolve) => setTimeout(() => resolve('x.y.z'), 5)) };
    const pending = requestFromSources([slow, fixed('link', 'l.l.l')], request(controller.signal));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an extension bridge plugs in as a source', async () => {
    const asked: TokenRequest[] = [];
    const extension: ExtensionTokenSource = {
      kind: 'extension',
      async request(req) {
        asked.push(req);
        return req.reason === 'initial' ? 'e.e.e' : null;
      },
      subscribe: () => () => {},
    };
    expect(isTokenSource(extension)).toBe(true);
    await expect(requestFromSources([extension], request())).resolves.toEqual({ token: 'e.e.e', source: 'extension' });
    expect(asked[0]).toMatchObject({ room: 'standup', domain: 'meet.example.org', reason: 'initial' });
  });
});

describe('isTokenSource', () => {
  it.each([[null], [{}], [{ kind: 'x' }], [{ kind: 'x', request: 1 }], [{ kind: 'x', request: () => null, subscribe: 'no' }]])('refuses %j', (value) => {
    expect(isTokenSource(value)).toBe(false);
  });
});
