import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../components/external-api-load.js';

const url = 'https://meet.example.org/external_api.js';

describe("the console's line for a script that did not load", () => {
  it.each([
    [{ kind: 'http-error', status: 404 }, 'the server answered 404'],
    [{ kind: 'http-error', status: null }, 'the server answered with an error page'],
    [{ kind: 'timeout', seconds: 8 }, 'no answer within 8 s'],
    [{ kind: 'unreachable' }, 'unreachable'],
    [
      { kind: 'blocked', directive: 'script-src-elem' },
      "this page's Content-Security-Policy (script-src-elem) refused it; allow https://meet.example.org in script-src",
    ],
    [
      { kind: 'blocked', directive: 'trusted-types' },
      "this page's Content-Security-Policy (trusted-types) refused it; add meetgate to its trusted-types directive",
    ],
  ] as const)('%j', (failure, why) => {
    expect(describeFailure(url, failure)).toBe(`MeetGate could not load ${url}: ${why}.`);
  });
});
