import { describe, expect, it, vi } from 'vitest';
import { Emitter } from '../../../lib/jitsi/emitter.js';
import { conferenceError, connectionError, readJitsiError } from '../../../lib/jitsi/errors.js';
import { COMMAND_NAMES, EVENT_NAMES, hostEventName, wireCommandName } from '../../../lib/jitsi/names.js';

describe('name tables', () => {
  it.each([
    ['video-ready-to-close', 'readyToClose'],
    ['video-conference-joined', 'videoConferenceJoined'],
    ['video-conference-left', 'videoConferenceLeft'],
    ['participant-kicked-out', 'participantKickedOut'],
    ['error-occurred', 'errorOccurred'],
    ['password-required', 'passwordRequired'],
    ['participant-role-changed', 'participantRoleChanged'],
    ['ready', 'ready'],
  ])('wire event %s is emitted as %s', (wire, host) => {
    expect(hostEventName(wire)).toBe(host);
  });

  it.each([
    ['hangup', 'video-hangup'],
    ['kickParticipant', 'kick-participant'],
    ['endConference', 'end-conference'],
    ['grantModerator', 'grant-moderator'],
  ])('command %s travels as %s', (host, wire) => {
    expect(wireCommandName(host)).toBe(wire);
  });

  it('knows nothing of internal or inherited names', () => {
    expect(hostEventName('local-storage-changed')).toBeNull();
    expect(hostEventName('toString')).toBeNull();
    expect(wireCommandName('__proto__')).toBeNull();
    expect(new Set(Object.values(EVENT_NAMES)).size).toBe(Object.keys(EVENT_NAMES).length);
    expect(new Set(Object.values(COMMAND_NAMES)).size).toBe(Object.keys(COMMAND_NAMES).length);
  });
});

describe('error payloads', () => {
  it('nest the error under `error` with type and isFatal', () => {
    expect(connectionError('connection.passwordRequired', 'Invalid signature')).toEqual({
      error: { name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false },
    });
    expect(connectionError('connection.droppedError').error.isFatal).toBe(true);
    expect(conferenceError('conference.connectionError.membersOnly', ['room@lobby.meet.example.org', true])).toEqual({
      error: { name: 'conference.connectionError.membersOnly', params: ['room@lobby.meet.example.org', true], type: 'CONFERENCE', isFatal: false },
    });
  });

  it('are read back defensively', () => {
    expect(readJitsiError({ error: { name: 'x', type: 'CONNECTION', isFatal: 'yes', message: 3 } })).toEqual({ name: 'x', type: 'CONNECTION', isFatal: false });
    expect(readJitsiError({ name: 'x' })).toBeNull();
    expect(readJitsiError(null)).toBeNull();
  });
});

describe('Emitter', () => {
  it('supports on/once/off and counts listeners', () => {
    const emitter = new Emitter();
    const always = vi.fn();
    const one = vi.fn();
    emitter.on('e', always).once('e', one);
    expect(emitter.listenerCount('e')).toBe(2);
    emitter.emit('e', 1);
    emitter.emit('e', 2);
    expect(always.mock.calls).toEqual([[1], [2]]);
    expect(one.mock.calls).toEqual([[1]]);
    emitter.off('e', always);
    expect(emitter.emit('e', 3)).toBe(false);
    expect(emitter.listenerCount()).toBe(0);
  });

  it('prepends, lists and raw-lists listeners, and keeps a max-listeners number, as the events package does', () => {
    const emitter = new Emitter();
    const calls: string[] = [];
    const a = () => calls.push('a');
    const b = () => calls.push('b');
    const c = () => calls.push('c');
    emitter.on('e', a).prependListener('e', b).prependOnceListener('e', c);
    expect(emitter.listeners('e')).toEqual([c, b, a]);
    const raw = emitter.rawListeners('e');
    expect(raw[0]).not.toBe(c);
    expect((raw[0] as unknown as { listener: unknown }).listener).toBe(c);
    emitter.emit('e');
    emitter.emit('e');
    expect(calls).toEqual(['c', 'b', 'a', 'b', 'a']);
    expect(emitter.getMaxListeners()).toBe(10);
    expect(emitter.setMaxListeners(50).getMaxListeners()).toBe(50);
    expect(emitter.listeners('none')).toEqual([]);
  });

  it('keeps calling listeners after one throws, and reports the error later', async () => {
    const emitter = new Emitter();
    const after = vi.fn();
    const reported = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
    emitter.on('e', () => {
      throw new Error('listener bug');
    });
    emitter.on('e', after);
    emitter.emit('e');
    expect(after).toHaveBeenCalled();
    await expect(reported).resolves.toMatchObject({ message: 'listener bug' });
  });
});
