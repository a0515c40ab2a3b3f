// The framework-free subpaths in plain Node: mint with meetgate/server, inspect with meetgate/token,
// judge with meetgate/token/core (the verdict as data) and word a finding with meetgate/token.
import { mintMeetingToken } from 'meetgate/server';
import { inspectToken, verifyToken, wordFinding } from 'meetgate/token';
import { judgeToken } from 'meetgate/token/core';

const secret = 'consumer-secret-0123456789abcdef0123';
const { token } = await mintMeetingToken({
  appId: 'myapp',
  secret,
  domain: 'meet.example.org',
  room: 'Team Standup',
  user: { name: 'Ann' },
  role: 'owner',
  ttl: '10m',
});
const report = inspectToken(token, { domain: 'meet.example.org', room: 'Team Standup', expectedIssuer: 'myapp', expectedAudience: 'myapp' });
const verified = await verifyToken(token, { secret });
// The same token for another room: the core's verdict, then its first finding in words.
const verdict = judgeToken(token, { domain: 'meet.example.org', room: 'retro', expectedIssuer: 'myapp', expectedAudience: 'myapp' });
const [refusal] = verdict.findings;
console.log(
  JSON.stringify({
    usable: report.usable,
    role: report.role.value,
    room: report.room.claim,
    verified: verified.status,
    core: { usable: verdict.usable, code: refusal?.code, node: refusal?.params.node, message: refusal && wordFinding(refusal).message },
  }),
);
