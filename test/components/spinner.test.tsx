// @vitest-environment jsdom
/**
 * JitsiMeeting's `spinner` prop: shown while Jitsi's external_api.js loads (as @jitsi/react-sdk
 * shows it), gone once the script has run and the meeting frame is built.
 */
import { act } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { FakeJitsiApi, FakeTimers, flush, iframes, INSPECT, mount, NOW, reset, TOKEN } from './harness.js';

afterEach(() => {
  reset();
  delete (window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI;
});

const Spinner = () => <p data-testid="spinner">Loading Jitsi…</p>;

it('shows the spinner while the script loads, then builds the meeting in its place', async () => {
  const { container } = await mount(
    <SecureMeeting
      domain="meet.example.org"
      roomName="standup"
      token={TOKEN}
      inspect={INSPECT}
      tokenFromLink={false}
      timers={new FakeTimers(NOW)}
      spinner={Spinner}
    />,
  );
  // The token is usable and the frame is mounted, but external_api.js has not arrived.
  expect(container.querySelector('[data-meetgate-frame]')).not.toBeNull();
  expect(container.querySelector('[data-testid="spinner"]')).not.toBeNull();
  expect(iframes()).toHaveLength(0);

  const script = document.head.querySelector<HTMLScriptElement>('script[src="https://meet.example.org/external_api.js"]');
  expect(script).not.toBeNull();
  (window as unknown as { JitsiMeetExternalAPI: unknown }).JitsiMeetExternalAPI = FakeJitsiApi;
  await act(async () => {
    script?.dispatchEvent(new Event('load'));
  });
  await flush();
  expect(container.querySelector('[data-testid="spinner"]')).toBeNull();
  expect(FakeJitsiApi.instances).toHaveLength(1);
  expect(FakeJitsiApi.last.options).toMatchObject({ roomName: 'standup', jwt: TOKEN });
});
