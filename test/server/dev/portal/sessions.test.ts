import { describe, expect, it } from 'vitest';
import { createSessionStore, isSessionCsrfToken, type PortalPerson } from '../../../../server/dev/portal/index.js';
import { SessionsFullError } from '../../../../server/dev/portal/sessions.js';

const person = (name: string): PortalPerson => ({ id: `id-${name}`, name, role: 'member' });

/** A clock the test moves by hand. */
function manualClock(start = 1_750_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

describe('session store', () => {
  it('creates random 256-bit ids and CSRF tokens, and finds the session again', () => {
    const store = createSessionStore();
    const a = store.create(person('olivia'));
    const b = store.create(person('olivia'));
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([a.id, b.id, a.csrfToken, b.csrfToken]).size).toBe(4);
    expect(store.get(a.id)?.person.name).toBe('olivia');
    expect(store.size()).toBe(2);
  });

  it('finds nothing for a missing, malformed or unknown id', () => {
    const store = createSessionStore();
    store.create(person('max'));
    expect(store.get(undefined)).toBeNull();
    expect(store.get('')).toBeNull();
    expect(store.get('not-a-session')).toBeNull();
    expect(store.get('A'.repeat(43))).toBeNull();
  });

  it('ends a session after the idle time, and each request restarts the idle time', () => {
    const clock = manualClock();
    const store = createSessionStore({ now: clock.now, idleMs: 1000, absoluteMs: 60_000 });
    const session = store.create(person('max'));
    clock.advance(900);
    expect(store.get(session.id)).not.toBeNull();
    clock.advance(900);
    expect(store.get(session.id)).not.toBeNull();
    clock.advance(1000);
    expect(store.get(session.id)).toBeNull();
    expect(store.size()).toBe(0);
  });

  it('ends a session after the absolute lifetime even when it is in use', () => {
    const clock = manualClock();
    const store = createSessionStore({ now: clock.now, idleMs: 1000, absoluteMs: 3000 });
    const session = store.create(person('max'));
    for (let i = 0; i < 5; i += 1) {
      clock.advance(700);
      const alive = store.get(session.id) !== null;
      expect(alive).toBe(700 * (i + 1) < 3000);
    }
  });

  it('never signs another person out: a full store refuses new sign-ins, after dropping expired ones (issue 9)', () => {
    const clock = manualClock();
    const store = createSessionStore({ now: clock.now, maxSessions: 2, idleMs: 1000 });
    const first = store.create(person('olivia'));
    const second = store.create(person('max'));
    expect(() => store.create(person('gwen'))).toThrow(SessionsFullError);
    expect(store.get(first.id)).not.toBeNull();
    expect(store.get(second.id)).not.toBeNull();
    clock.advance(2000);
    store.create(person('gwen'));
    expect(store.size()).toBe(1);
  });

  it('caps the sessions of one account, ending only its own oldest: 1,000 sign-ins of one account leave everyone else in (issue 9)', () => {
    const store = createSessionStore({ maxSessions: 50, maxPerPerson: 3 });
    const others = ['olivia', 'max', 'gwen'].map((name) => store.create(person(name)));
    const mallory = Array.from({ length: 1000 }, () => store.create(person('mallory')));
    for (const session of others) expect(store.get(session.id)).not.toBeNull();
    expect(mallory.filter((session) => store.get(session.id) !== null)).toEqual(mallory.slice(-3));
    expect(store.size()).toBe(6);
  });

  it('destroys a session', () => {
    const store = createSessionStore();
    const session = store.create(person('gwen'));
    store.destroy(session.id);
    expect(store.get(session.id)).toBeNull();
  });

  it('checks the CSRF token exactly', () => {
    const session = createSessionStore().create(person('olivia'));
    expect(isSessionCsrfToken(session, session.csrfToken)).toBe(true);
    expect(isSessionCsrfToken(session, session.csrfToken.slice(1))).toBe(false);
    expect(isSessionCsrfToken(session, `${session.csrfToken}x`)).toBe(false);
    expect(isSessionCsrfToken(session, '')).toBe(false);
    expect(isSessionCsrfToken(session, undefined)).toBe(false);
    expect(isSessionCsrfToken(createSessionStore().create(person('olivia')), session.csrfToken)).toBe(false);
  });
});
