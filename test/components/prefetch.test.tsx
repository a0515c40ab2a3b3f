// @vitest-environment jsdom
/**
 * Jitsi's script at once: mounting `<SecureMeeting>` starts loading the deployment's
 * external_api.js before any token is known (here none ever is: the first render is the checking
 * screen), through MeetGate's loader, whose load the meeting frame later joins. No meeting iframe
 * is created. (One mount per file: a load in flight is shared for the module's life.)
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';

afterEach(cleanup);

it('adds the external_api.js script for the tenant and release when it mounts, without a token', () => {
  expect(document.querySelectorAll('script')).toHaveLength(0);
  render(<SecureMeeting domain="meet.example.org" roomName="acme/standup" release="release-8888" tokenFromLink={false} />);
  const scripts = [...document.head.querySelectorAll('script')].map((s) => s.src);
  expect(scripts).toEqual(['https://meet.example.org/acme/external_api.js?release=release-8888']);
  expect(document.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state')).toBe('checking');
  expect(document.querySelector('iframe')).toBeNull();
});
