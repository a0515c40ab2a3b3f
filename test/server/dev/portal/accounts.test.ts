import { describe, expect, it } from 'vitest';
import { checkSignIn, createDemoAccounts, makeDemoPassword, personOf, toTokenUser } from '../../../../server/dev/portal/index.js';

describe('demo accounts', () => {
  it('are an owner, a member and a guest, each with a name, email and features', () => {
    const accounts = createDemoAccounts();
    expect(accounts.map((a) => [a.username, a.role])).toEqual([
      ['olivia', 'owner'],
      ['max', 'member'],
      ['gwen', 'guest'],
    ]);
    for (const account of accounts) {
      expect(account.name).toMatch(/\w+ \w+/);
      expect(account.email).toContain('@');
    }
  });

  it('get fresh, readable passwords at every start', () => {
    const first = createDemoAccounts().map((a) => a.password);
    const second = createDemoAccounts().map((a) => a.password);
    for (const password of [...first, ...second]) expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
    expect(new Set([...first, ...second]).size).toBe(6);
  });

  it('makes passwords from the given random picks, without look-alike characters', () => {
    let n = 0;
    expect(makeDemoPassword(() => n++)).toBe('abcd-efgh');
    expect(makeDemoPassword((max) => max - 1)).toBe('9999-9999');
  });
});

describe('checkSignIn', () => {
  const accounts = createDemoAccounts((username) => `${username}-secret`);

  it('accepts the right password, with the user name in any case and spacing', () => {
    expect(checkSignIn(accounts, 'olivia', 'olivia-secret')?.role).toBe('owner');
    expect(checkSignIn(accounts, '  MAX ', 'max-secret')?.role).toBe('member');
  });

  it.each([
    ['a wrong password', 'olivia', 'max-secret'],
    ["another account's password", 'max', 'olivia-secret'],
    ['an unknown user', 'mallory', 'olivia-secret'],
    ['an empty password', 'olivia', ''],
    ['the password with a space', 'olivia', 'olivia-secret '],
    ['a password over 1024 characters', 'olivia', 'x'.repeat(1025)],
    ['a non-string user name', ['olivia'], 'olivia-secret'],
    ['a non-string password', 'olivia', null],
  ])('refuses %s', (_label, username, password) => {
    expect(checkSignIn(accounts, username, password)).toBeNull();
  });

  it('gives the token endpoint the person and role, without the password', () => {
    const user = toTokenUser(personOf(accounts[1]!));
    expect(user).toEqual({
      id: 'portal-max',
      name: 'Max Member',
      email: 'max@portal.example.org',
      role: 'member',
      features: { recording: false, livestreaming: false },
    });
    expect(JSON.stringify(user)).not.toContain('max-secret');
  });
});
