// @vitest-environment jsdom
import { JitsiMeeting } from '@jitsi/react-sdk';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetGateExternalAPI } from '../../../lib/jitsi/external-api.js';
import { installExternalApi } from '../../../lib/jitsi/install.js';
import { messageEvent } from './harness.js';

describe('MeetGateExternalAPI as @jitsi/react-sdk uses it', () => {
  let restore = (): void => undefined;
  afterEach(() => {
    cleanup();
    restore();
  });

  it('is taken from window.JitsiMeetExternalAPI without loading a script, and forwards readyToClose', async () => {
    restore = installExternalApi();
    const onReadyToClose = vi.fn();
    let api: MeetGateExternalAPI | null = null;
    render(
      <JitsiMeeting
        domain="meet.example.org"
        roomName="standup"
        jwt="a.b.c"
        configOverwrite={{ prejoinConfig: { enabled: false } }}
        userInfo={{ displayName: 'Ann', email: 'ann@example.org' }}
        onApiReady={(external) => {
          api = external as unknown as MeetGateExternalAPI;
        }}
        onReadyToClose={onReadyToClose}
      />,
    );
    await vi.waitFor(() => expect(api).not.toBeNull());
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const frame = (api as unknown as MeetGateExternalAPI).getIFrame();
    expect(frame.parentElement?.id).toMatch(/^jitsiMeeting-\d+$/);
    expect(frame.src).toContain('/standup?jwt=a.b.c#jitsi_meet_external_api_id=');
    expect(frame.src).toContain('&config.prejoinConfig=%7B%22enabled%22%3Afalse%7D&userInfo.displayName=%22Ann%22');

    const scope = `jitsi_meet_external_api_${frame.name.replace('jitsiConferenceFrame', '')}`;
    const event = { postis: true, scope, method: 'message', params: { type: 'event', data: { name: 'video-ready-to-close' } } };
    act(() => {
      window.dispatchEvent(messageEvent(JSON.stringify(event), 'https://meet.example.org', frame.contentWindow));
    });
    expect(onReadyToClose).toHaveBeenCalledTimes(1);
    (api as unknown as MeetGateExternalAPI).dispose();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('installs and restores the global', () => {
    const host: { JitsiMeetExternalAPI?: unknown } = {};
    const undo = installExternalApi(host);
    expect(typeof host.JitsiMeetExternalAPI).toBe('function');
    undo();
    expect('JitsiMeetExternalAPI' in host).toBe(false);
    const original = (): void => undefined;
    const other = { JitsiMeetExternalAPI: original };
    installExternalApi(other)();
    expect(other.JitsiMeetExternalAPI).toBe(original);
  });
});
