import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../../lib/session/config.js';
import { config, found, jitsiError, NOW, run, TOKEN } from './helpers.js';

const cfg = config({ joinTimeoutMs: 45_000 });
const JOINING = [{ type: 'start' as const }, found(TOKEN)];

describe('the bounded join (older Jitsi builds say nothing when they refuse a token)', () => {
  it('arms a join timer beside the slow notice, which keeps running once the notice shows', () => {
    const joining = run(JOINING, cfg);
    expect(joining.model.timers).toEqual({ slow: NOW + 20_000, join: NOW + 45_000 });
    const slow = run([[{ type: 'timer', timer: 'slow' }, NOW + 20_000]], cfg, joining.model);
    expect(slow.state).toMatchObject({ status: 'joining', slow: true });
    expect(slow.model.timers).toEqual({ join: NOW + 45_000 });
  });

  it('a page that never said ready: the frame goes and the rejected screen says no answer, the token is not counted as refused', () => {
    const { model, state } = run([...JOINING, [{ type: 'timer', timer: 'join' }, NOW + 45_000]], cfg);
    expect(state).toMatchObject({ status: 'rejected', code: 'no-answer', detail: null, retrying: false });
    expect(model.frame).toBeNull();
    expect(model.timers).toEqual({});
    expect(model.refused).toEqual([]);
    expect(model.request).toBeNull();
  });

  it('Try again joins again with the same token in a new frame', () => {
    const timedOut = run([...JOINING, [{ type: 'timer', timer: 'join' }, NOW + 45_000]], cfg);
    const again = run([[{ type: 'user', action: 'retry' }, NOW + 50_000]], cfg, timedOut.model);
    expect(again.state).toMatchObject({ status: 'joining', slow: false });
    expect(again.model.frame).toMatchObject({ token: TOKEN, hidden: false });
    expect(again.model.frame?.key).toBeGreaterThan(timedOut.model.frameCount - 1);
    expect(again.model.timers).toEqual({ slow: NOW + 70_000, join: NOW + 95_000 });
  });

  it('a page that said ready (a current build reports refusals itself) is never timed out', () => {
    const { model } = run([...JOINING, { type: 'page-ready' }], cfg);
    expect(model.timers).toEqual({ slow: NOW + 20_000 });
    const still = run([...JOINING, { type: 'page-ready' }, [{ type: 'timer', timer: 'join' }, NOW + 45_000]], cfg);
    expect(still.state.status).toBe('joining');
  });

  it("not in a lobby (the person knocks in Jitsi's own form), not for a page that did not load, not once joined", () => {
    const lobby = run(
      [...JOINING, jitsiError('conference.connectionError.membersOnly', { params: ['lobby@x', false] }), [{ type: 'timer', timer: 'join' }, NOW + 45_000]],
      cfg,
    );
    expect(lobby.state).toMatchObject({ status: 'joining', lobby: true });
    // The timer is spent: left in the model, the controller would set it again at once.
    expect(lobby.model.timers.join).toBeUndefined();
    const silent = run([...JOINING, { type: 'frame-silent' }, [{ type: 'timer', timer: 'join' }, NOW + 45_000]], cfg);
    expect(silent.state).toMatchObject({ status: 'joining', silent: true });
    expect(silent.model.timers.join).toBeUndefined();
    const joined = run([...JOINING, { type: 'conference-joined', participantId: 'p1' }], cfg);
    expect(joined.model.timers.join).toBeUndefined();
  });

  it('joinTimeoutSeconds: 45 s by default, 0 for never, nonsense falls back to the default', () => {
    const base = { domain: 'meet.example.org', room: 'standup', sources: [], pageUrl: 'https://intranet.example.org/' };
    expect(buildConfig(base).joinTimeoutMs).toBe(45_000);
    expect(buildConfig({ ...base, joinTimeoutSeconds: 90 }).joinTimeoutMs).toBe(90_000);
    expect(buildConfig({ ...base, joinTimeoutSeconds: 0 }).joinTimeoutMs).toBeNull();
    expect(buildConfig({ ...base, joinTimeoutSeconds: Number.NaN }).joinTimeoutMs).toBe(45_000);
    expect(run(JOINING, config({ joinTimeoutMs: null })).model.timers).toEqual({ slow: NOW + 20_000 });
  });
});
