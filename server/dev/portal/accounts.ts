/**
 * The demo portal's accounts: an owner, a member and a guest. Their passwords are made fresh at
 * every start and shown on the sign-in page — this is a demo on 127.0.0.1, and fixed, well-known
 * passwords would be a bad habit to teach. A real site asks its identity provider instead.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { PortalPerson } from './person.js';

/** A person who can sign in to the portal with a password. */
export interface DemoAccount extends PortalPerson {
  username: string;
  /** Shown on the sign-in page: a demo has nothing to hide. */
  password: string;
  email: string;
  /** One line for the sign-in page: what this account is for. */
  blurb: string;
}

/** No 0/O, 1/l/I: the person reads the password off the screen and types it. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A fresh readable password such as `k7m2-q9xd` (about 40 bits; enough for loopback). */
export function makeDemoPassword(pick: (max: number) => number = randomInt): string {
  const chars = Array.from({ length: 8 }, () => PASSWORD_ALPHABET[pick(PASSWORD_ALPHABET.length)] ?? 'x');
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The three demo accounts, with fresh passwords (or the given ones, for tests). */
export function createDemoAccounts(password: (username: string) => string = () => makeDemoPassword()): DemoAccount[] {
  return [
    {
      id: 'portal-olivia',
      username: 'olivia',
      name: 'Olivia Owner',
      email: 'olivia@portal.example.org',
      role: 'owner',
      blurb: 'Hosts meetings: opens rooms, can remove people.',
      password: password('olivia'),
      features: { recording: true, transcription: true, livestreaming: false },
    },
    {
      id: 'portal-max',
      username: 'max',
      name: 'Max Member',
      email: 'max@portal.example.org',
      role: 'member',
      blurb: 'A colleague: waits until a host is in.',
      password: password('max'),
      features: { recording: false, livestreaming: false },
    },
    {
      id: 'portal-gwen',
      username: 'gwen',
      name: 'Gwen Guest',
      email: 'gwen@partner.example.org',
      role: 'guest',
      blurb: 'A visitor: only the open rooms.',
      password: password('gwen'),
      features: { recording: false, livestreaming: false },
    },
  ];
}

/** SHA-256 first, so both sides have the same length and the comparison takes the same time. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The account for this user name and password, or null. Compares in constant time and does the
 * same work for unknown names, so the answer time does not tell which names exist.
 */
export function checkSignIn(accounts: readonly DemoAccount[], username: unknown, password: unknown): DemoAccount | null {
  if (typeof username !== 'string' || typeof password !== 'string' || password.length > 1024) return null;
  const account = accounts.find((candidate) => candidate.username === username.trim().toLowerCase());
  const matches = timingSafeEqual(digest(account?.password ?? '\u0000no-account'), digest(password));
  return account && matches ? account : null;
}

/** The person behind an account (what a session keeps: no password). */
export function personOf(account: DemoAccount): PortalPerson {
  return { id: account.id, name: account.name, email: account.email, role: account.role, ...(account.features ? { features: account.features } : {}) };
}
