import { describe, expect, it } from 'vitest';
import { asksForPrejoin, timingForPrejoin } from '../../components/prejoin-timing.js';

describe("the join timeout and Jitsi's pre-join page", () => {
  it('reads both spellings of the pre-join switch (2021 prejoinPageEnabled, current prejoinConfig.enabled)', () => {
    expect(asksForPrejoin({ prejoinPageEnabled: true })).toBe(true);
    expect(asksForPrejoin({ prejoinConfig: { enabled: true } })).toBe(true);
    expect(asksForPrejoin({ prejoinConfig: { enabled: false } })).toBe(false);
    expect(asksForPrejoin({ prejoinPageEnabled: 'true' })).toBe(false);
    expect(asksForPrejoin({ prejoinConfig: null })).toBe(false);
    expect(asksForPrejoin(undefined)).toBe(false);
  });

  it('turns the bounded join off when the page asks for the pre-join page, unless it set a timeout itself', () => {
    expect(timingForPrejoin(undefined, { prejoinPageEnabled: true })).toEqual({ joinTimeoutSeconds: 0 });
    expect(timingForPrejoin({ slowJoinSeconds: 10 }, { prejoinConfig: { enabled: true } })).toEqual({ slowJoinSeconds: 10, joinTimeoutSeconds: 0 });
    const own = { joinTimeoutSeconds: 120 };
    expect(timingForPrejoin(own, { prejoinPageEnabled: true })).toBe(own);
    const none = { slowJoinSeconds: 10 };
    expect(timingForPrejoin(none, {})).toBe(none);
  });
});
