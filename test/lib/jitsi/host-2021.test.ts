// @vitest-environment jsdom
/**
 * MeetGateExternalAPI.forRelease('2021') behaves like a 2020–21 build's own external_api.js
 * (jitsi/jitsi-meet modules/API/external/external_api.js at b1a3c5c): what it drops, when it
 * calls onload, what it sends.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeetGateExternalAPI } from '../../../lib/jitsi/external-api.js';
import { HOST_2021 } from '../../../lib/jitsi/host-2021.js';
import { embed } from './embed.js';

describe('the 2021 host', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops errorOccurred and ready (not in its table), re-emits log, kicks and joins', async () => {
    const onload = vi.fn();
    const { api, meeting } = embed({ onload, hostProfile: HOST_2021 });
    const seen: string[] = [];
    for (const name of ['errorOccurred', 'ready', 'log', 'participantKickedOut', 'videoConferenceJoined', 'prejoinScreenLoaded'])
      api.on(name, () => seen.push(name));
    meeting.sendEvent('ready', {});
    meeting.sendEvent('error-occurred', { error: { name: 'connection.passwordRequired', type: 'CONNECTION', isFatal: false } });
    meeting.sendEvent('prejoin-screen-loaded', { id: 'abcd1234' });
    meeting.sendEvent('log', { logLevel: 'error', args: ['CONNECTION FAILED:', 'connection.passwordRequired'] });
    meeting.sendEvent('video-conference-joined', { roomName: 'standup', id: 'abcd1234', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    meeting.sendEvent('participant-kicked-out', { kicked: { id: 'abcd1234', local: true }, kicker: { id: 'ffff0000' } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual(['log', 'videoConferenceJoined', 'participantKickedOut']);
    // No `ready` case: onload is the frame's DOM load only.
    expect(onload).not.toHaveBeenCalled();
    api.dispose();
    meeting.dispose();
  });

  it('calls onload on every DOM load of the frame (a redirect to authError.html calls it again)', () => {
    const onload = vi.fn();
    const { api, meeting } = embed({ onload, hostProfile: HOST_2021 });
    api.getIFrame().dispatchEvent(new Event('load'));
    expect(onload).toHaveBeenCalledTimes(1);
    api.getIFrame().dispatchEvent(new Event('load'));
    expect(onload).toHaveBeenCalledTimes(2);
    api.dispose();
    meeting.dispose();
  });

  it('asks for its own permissions, knows only its commands, and sends the e2ee key as e2ee-key', async () => {
    const { api, meeting, sent } = embed({ hostProfile: HOST_2021, e2eeKey: '0a0b' });
    expect(api.getIFrame().allow).toBe('camera; microphone; display-capture; autoplay; clipboard-write');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.executeCommand('endConference');
    expect(error).toHaveBeenCalledWith('Not supported command name.');
    api.executeCommand('hangup');
    meeting.sendEvent('video-conference-joined', { roomName: 'standup', id: 'abcd1234', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    await vi.advanceTimersByTimeAsync(100);
    const events = sent()
      .filter((m) => m.type === 'event')
      .map((m) => m.data);
    expect(events).toEqual([
      { data: [], name: 'video-hangup' },
      { data: ['0a0b'], name: 'e2ee-key' },
    ]);
    expect(api.getSupportedCommands()).not.toContain('endConference');
    error.mockRestore();
    api.dispose();
    meeting.dispose();
  });

  it('forRelease gives a class that uses it; any other release gets the current host', () => {
    const Old = MeetGateExternalAPI.forRelease('2021');
    const Current = MeetGateExternalAPI.forRelease('2026');
    const old = new Old('meet.example.org', { roomName: 'a' });
    const current = new Current('meet.example.org', { roomName: 'a' });
    expect(old.getSupportedEvents()).not.toContain('errorOccurred');
    expect(old.getSupportedEvents()).not.toContain('ready');
    expect(current.getSupportedEvents()).toContain('errorOccurred');
    old.dispose();
    current.dispose();
  });
});
