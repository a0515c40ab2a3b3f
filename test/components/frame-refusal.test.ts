import { describe, expect, it } from 'vitest';
import { watchFrameRefusal } from '../../components/frame-refusal.js';
import { fakeRefusalTarget } from '../fixtures/policy-refusals.js';

describe('watchFrameRefusal', () => {
  it("reports a frame-src or child-src refusal of the meeting's origin, its token-bearing address never kept", () => {
    const { target: doc, violation } = fakeRefusalTarget();
    const refused: string[] = [];
    watchFrameRefusal(doc, 'Meet.Example.org', (directive) => refused.push(directive));
    violation('frame-src', 'https://meet.example.org/standup?jwt=eyJhbGciOiJIUzI1NiJ9.e30.sig#config.prejoinConfig.enabled=false');
    violation('child-src', 'https://meet.example.org');
    expect(refused).toEqual(['frame-src', 'child-src']);
  });

  it('ignores other origins, other directives and reports without an address', () => {
    const { target: doc, violation } = fakeRefusalTarget();
    const refused: string[] = [];
    watchFrameRefusal(doc, 'meet.example.org', (directive) => refused.push(directive));
    violation('frame-src', 'https://meet.example.org.evil.test/standup');
    violation('frame-src', 'http://meet.example.org/standup');
    violation('script-src-elem', 'https://meet.example.org/external_api.js');
    violation('frame-src', 'inline');
    violation('frame-src', '');
    expect(refused).toEqual([]);
  });

  it('ignores what a report-only policy reports: it refuses nothing, the frame loads', () => {
    const { target: doc, violation } = fakeRefusalTarget();
    const refused: string[] = [];
    watchFrameRefusal(doc, 'meet.example.org', (directive) => refused.push(directive));
    violation('frame-src', 'https://meet.example.org/standup', 'report');
    expect(refused).toEqual([]);
  });

  it('stops listening when asked', () => {
    const { target: doc, listeners } = fakeRefusalTarget();
    const stop = watchFrameRefusal(doc, 'meet.example.org', () => {});
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
