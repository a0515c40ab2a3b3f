// @vitest-environment jsdom
/**
 * `JitsiFrame` mounts Jitsi as @jitsi/react-sdk 1.4.4's `JitsiMeeting` does: given the same props
 * and the same `window.JitsiMeetExternalAPI`, both build the same API (same constructor arguments,
 * same iframe) and call the same callbacks. The SDK is a development dependency for this proof.
 */
import { JitsiMeeting } from '@jitsi/react-sdk';
import type IJitsiMeetingProps from '@jitsi/react-sdk/lib/types/IJitsiMeetingProps';
import { cleanup, render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { JitsiFrame, type JitsiFrameProps } from '../../components/JitsiFrame.js';
import { MeetGateExternalAPI } from '../../lib/jitsi/external-api.js';
import { installExternalApi } from '../../lib/jitsi/install.js';

/** What one mount produced: the constructor's arguments, the iframe, the callbacks' calls. */
/** Every API built, with its constructor's arguments (one class: the SDK keeps the first it finds for the page's life). */
const constructed: { domain: string; options: Record<string, unknown> }[] = [];
class RecordingApi extends MeetGateExternalAPI {
  constructor(domain: string, options: Record<string, unknown>) {
    super(domain, options as ConstructorParameters<typeof MeetGateExternalAPI>[1]);
    constructed.push({ domain, options });
  }
}

async function mountWith(Component: typeof JitsiFrame | typeof JitsiMeeting, props: JitsiFrameProps) {
  const restore = installExternalApi();
  (window as unknown as { JitsiMeetExternalAPI: unknown }).JitsiMeetExternalAPI = RecordingApi;
  constructed.length = 0;
  const onApiReady = vi.fn();
  const getIFrameRef = vi.fn();
  const onReadyToClose = vi.fn();
  const Mount = Component as typeof JitsiFrame;
  render(<Mount {...props} onApiReady={onApiReady} getIFrameRef={getIFrameRef} onReadyToClose={onReadyToClose} />);
  await vi.waitFor(() => expect(onApiReady).toHaveBeenCalled());
  const api = onApiReady.mock.calls[0]?.[0] as MeetGateExternalAPI;
  const iframe = api.getIFrame() as HTMLIFrameElement;
  const seen = {
    constructed: constructed.map(({ domain, options }) => ({ domain, options: { ...options, parentNode: (options.parentNode as Element).tagName } })),
    parentId: iframe.parentElement?.id.replace(/\d+$/, 'N'),
    src: iframe.src.replace(/jitsi_meet_external_api_id=\d+/, 'jitsi_meet_external_api_id=N'),
    allow: iframe.getAttribute('allow'),
    refCalledWithParent: getIFrameRef.mock.calls[0]?.[0] === iframe.parentElement,
  };
  api.dispose();
  cleanup();
  restore();
  return seen;
}

afterEach(() => cleanup());

describe('JitsiFrame against @jitsi/react-sdk JitsiMeeting', () => {
  it("takes JitsiMeeting's props (checked by the compiler)", () => {
    expectTypeOf<JitsiFrameProps>().toExtend<IJitsiMeetingProps>();
  });

  const cases: [string, JitsiFrameProps][] = [
    ['the minimum', { domain: 'meet.example.org', roomName: 'standup' }],
    [
      'every option',
      {
        domain: 'meet.example.org',
        roomName: 'acme/standup',
        jwt: 'a.b.c',
        configOverwrite: { startWithAudioMuted: true, prejoinConfig: { enabled: false } },
        interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
        userInfo: { displayName: 'Ann', email: 'ann@example.org' },
        devices: { audioInput: 'mic', audioOutput: 'speaker', videoInput: 'cam' },
        lang: 'de',
        release: 'release-1234',
      },
    ],
  ];
  it.each(cases)('builds the same API and iframe with %s', async (_name, props) => {
    const sdk = await mountWith(JitsiMeeting, props);
    const ours = await mountWith(JitsiFrame, props);
    expect(ours).toEqual(sdk);
    expect(ours.constructed).toHaveLength(1);
    expect(ours.refCalledWithParent).toBe(true);
  });

  it.each([
    ['builds the API in the same task as it mounts (the SDK waits for a promise and a passive effect)', (frame: ReactElement) => frame],
    ['builds one API under StrictMode, whose effects React runs twice', (frame: ReactElement) => <StrictMode>{frame}</StrictMode>],
  ])('%s', async (_name, wrap) => {
    const restore = installExternalApi();
    const onApiReady = vi.fn();
    render(wrap(<JitsiFrame domain="meet.example.org" roomName="standup" onApiReady={onApiReady} />));
    await Promise.resolve();
    expect(onApiReady).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    (onApiReady.mock.calls[0]?.[0] as MeetGateExternalAPI).dispose();
    restore();
  });

  it('forwards readyToClose to the latest onReadyToClose', async () => {
    const restore = installExternalApi();
    let api: MeetGateExternalAPI | null = null;
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <JitsiFrame domain="meet.example.org" roomName="standup" onApiReady={(made) => (api = made as unknown as MeetGateExternalAPI)} onReadyToClose={first} />,
    );
    await Promise.resolve();
    rerender(<JitsiFrame domain="meet.example.org" roomName="standup" onReadyToClose={second} />);
    (api as unknown as { emit(name: string): void }).emit('readyToClose');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    (api as unknown as MeetGateExternalAPI).dispose();
    restore();
  });
});
