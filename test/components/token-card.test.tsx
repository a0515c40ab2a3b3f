// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenCard } from '../../components/card/TokenCard.js';
import { TokenCard as PackageTokenCard, defaultStrings, type TokenInfo } from '../../components/index.js';
import { inspectToken } from '../../lib/token/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../fixtures/tokens.js';
import { FakeTimers } from '../lib/sources/fake-timers.js';

afterEach(cleanup);

function info(claims: Record<string, unknown>, verification: TokenInfo['verification'] = 'unverified'): TokenInfo {
  const report = inspectToken(fakeToken(goodClaims(claims)), { ...GOOD_CONTEXT, now: NOW });
  return { report: { ...report, token: null }, source: 'prop', verification };
}

function card(claims: Record<string, unknown>, verification?: TokenInfo['verification']) {
  return render(<TokenCard info={info(claims, verification)} strings={defaultStrings} timers={new FakeTimers(NOW)} placement="overlay" />).container;
}

const user = (fields: Record<string, unknown>) => ({ context: { user: { name: 'Eve', ...fields } } });

describe('TokenCard', () => {
  it.each([
    ['javascript:alert(1)'],
    ['http://tracker.example.com/a.png'],
    ['data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example.com/x.png'],
  ])('shows no avatar for %s', (avatar) => {
    expect(card(user({ avatar })).querySelector('img')).toBeNull();
  });

  it('shows initials, and loads nothing, for a remote avatar in an unverified token (issue 9)', () => {
    const container = card(user({ name: 'Eve Example', avatar: 'https://attacker.example/beacon.png' }), 'unverified');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-meetgate-initials]')?.textContent).toBe('EE');
  });

  it('loads a remote avatar from an unverified token when its origin is allowed, and only then', () => {
    const render1 = (avatar: string) =>
      render(
        <TokenCard
          info={info(user({ avatar }))}
          strings={defaultStrings}
          timers={new FakeTimers(NOW)}
          placement="overlay"
          avatarOrigins={['https://cdn.example.org']}
        />,
      ).container;
    expect(render1('https://cdn.example.org/eve.png').querySelector('img')?.getAttribute('src')).toBe('https://cdn.example.org/eve.png');
    cleanup();
    expect(render1('https://cdn.example.org.attacker.example/eve.png').querySelector('img')).toBeNull();
  });

  it('shows an https avatar of a verified token without sending a referrer', () => {
    const img = card(user({ avatar: 'https://cdn.example.org/eve.png' }), 'verified').querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://cdn.example.org/eve.png');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img?.getAttribute('alt')).toBe('');
  });

  it('renders hostile claim text as text, never markup', () => {
    const container = card({ ...user({ name: '<img src=x onerror=alert(1)>' }), iss: '<script>alert(1)</script>' });
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says "any room" for a wildcard and "does not expire" without exp', () => {
    const claims = { room: '*' } as Record<string, unknown>;
    const container = card(claims);
    expect(container.querySelector('[data-meetgate-room]')?.textContent).toBe('any room');
    const noExp = goodClaims();
    delete noExp.exp;
    const report = inspectToken(fakeToken(noExp), { ...GOOD_CONTEXT, now: NOW });
    const second = render(
      <TokenCard info={{ report, source: 'prop', verification: 'unverified' }} strings={defaultStrings} timers={new FakeTimers(NOW)} placement="panel" />,
    ).container;
    expect(second.querySelector('[data-meetgate-time-left]')?.textContent).toBe('does not expire');
    expect(second.querySelector('[data-meetgate-card]')?.getAttribute('data-meetgate-card')).toBe('panel');
  });

  it('a member without features shows the role and Jitsi defaults', () => {
    const container = card({ context: { user: { name: 'Max', affiliation: 'member' } } });
    expect(container.querySelector('[data-meetgate-role]')?.textContent).toBe('Member');
    expect(container.querySelector('[data-meetgate-features="on"]')?.textContent).toBe('Jitsi defaults');
  });

  it('labels verified tokens, and expired ones', () => {
    expect(card({}, 'verified').querySelector('.meetgate-badge[data-meetgate-verification]')?.textContent).toBe('Signature verified');
    expect(card({ exp: NOW_S - 1 }).querySelector('[data-meetgate-time-left]')?.textContent).toBe('expired');
  });

  it('lists every finding in the report', () => {
    const container = card({ exp: NOW_S + 40 * 86_400 });
    const items = [...container.querySelectorAll('details li')].map((li) => li.getAttribute('data-meetgate-severity'));
    expect(items.length).toBeGreaterThan(0);
    expect(container.querySelector('details')?.textContent).toContain('Warning:');
  });

  it("after a silent renewal shows the renewed pass's time with a quiet note, not the old one running out", () => {
    const old = info({ exp: NOW_S - 5 });
    const renewed = info({ exp: NOW_S + 600 });
    const { container } = render(<TokenCard info={old} renewed={renewed} strings={defaultStrings} timers={new FakeTimers(NOW)} placement="overlay" />);
    expect(container.querySelector('[data-meetgate-time-left]')?.textContent).toBe('10 min 0 s');
    const note = container.querySelector('[data-meetgate-renewed]')?.textContent ?? '';
    expect(note).toMatch(/^Renewed — valid until \S/);
    const plain = render(<TokenCard info={old} strings={defaultStrings} timers={new FakeTimers(NOW)} placement="overlay" />).container;
    expect(plain.querySelector('[data-meetgate-time-left]')?.textContent).toBe('expired');
    expect(plain.querySelector('[data-meetgate-renewed]')).toBeNull();
  });
});

describe('TokenCard as the package exports it', () => {
  it('loads the card with the meeting runtime, then renders the same card', async () => {
    const props = { info: info(user({})), strings: defaultStrings, timers: new FakeTimers(NOW), placement: 'overlay' as const };
    const lazy = render(<PackageTokenCard {...props} />).container;
    expect(await screen.findByRole('complementary', { name: defaultStrings.cardLabel })).toBeTruthy();
    const direct = render(<TokenCard {...props} />).container;
    expect(lazy.innerHTML).toBe(direct.innerHTML);
  });
});
